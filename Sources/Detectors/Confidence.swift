/// How sure a rule is that a match is the real thing. Context words move it one step.
public enum Confidence: Int, CaseIterable, Comparable, Sendable, Codable {
    case low = 1
    case medium = 2
    case high = 3

    public init?(name: String) {
        switch name {
        case "low": self = .low
        case "medium": self = .medium
        case "high": self = .high
        default: return nil
        }
    }

    public var name: String {
        switch self {
        case .low: "low"
        case .medium: "medium"
        case .high: "high"
        }
    }

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Confidence: CustomStringConvertible {
    public var description: String { name }
}
