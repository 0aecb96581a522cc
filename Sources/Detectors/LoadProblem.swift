/// Why a pattern file or config could not be used, as `file:line: rule: cause`.
public struct LoadProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var origin: SourceLine
    public var ruleID: String?
    public var cause: String

    public init(_ origin: SourceLine, ruleID: String? = nil, _ cause: String) {
        self.origin = origin
        self.ruleID = ruleID
        self.cause = cause
    }

    public var description: String {
        "\(origin): " + (ruleID.map { "\($0): " } ?? "") + cause
    }
}

/// Every problem found while loading, so an admin fixes them all in one pass.
public struct LoadProblems: Error, Sendable, CustomStringConvertible {
    public var problems: [LoadProblem]
    public init(_ problems: [LoadProblem]) { self.problems = problems }
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
