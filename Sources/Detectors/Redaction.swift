/// How a matched value is shown in output. Values themselves never leave the detector.
public enum Redaction: String, CaseIterable, Sendable {
    /// `***-**-6789`
    case ssn
    /// `**** **** **** 1111`
    case card
    /// Every letter and digit masked but the last four: `*******4321`.
    case last4
    /// A phone number's last four digits, without country code or extension: `***-***-0142`.
    case phone
    /// A fixed mask that hides even the length: `********`.
    case full

    public func apply(to value: Substring) -> String {
        switch self {
        case .ssn:
            return "***-**-" + String(value.digits.suffix(4))
        case .card:
            let digits = value.digits
            guard digits.count > 4 else { return Self.mask }
            let masked = String(repeating: "*", count: digits.count - 4)
            return masked.chunked(by: 4).joined(separator: " ") + " " + digits.suffix(4)
        case .last4:
            let significant = value.filter { $0.isLetter || $0.isNumber }
            guard significant.count > 4 else { return Self.mask }
            return String(repeating: "*", count: significant.count - 4) + significant.suffix(4)
        case .phone:
            let digits = value.digitsBeforeLetters
            guard digits.count > 4 else { return Self.mask }
            return "***-***-" + String(decoding: digits.suffix(4), as: UTF8.self)
        case .full:
            return Self.mask
        }
    }

    static let mask = "********"

    /// Numbers shown this way are the same value whatever their separators.
    var normalizes: Bool { self == .ssn || self == .card }
}
