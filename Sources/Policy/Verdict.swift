import Detectors

/// What happens to one message, and the findings that decided it.
public struct Verdict: Sendable, Equatable {
    public var action: Action
    /// Every finding, in reading order.
    public var findings: [Finding]

    /// Folds findings into one verdict: the most severe action wins; no findings means accept.
    public init(findings: [Finding]) {
        self.findings = findings
        self.action = findings.map(\.action).max() ?? .accept
    }

    /// The findings whose action is the verdict's: the ones a notice must explain.
    public var decisive: [Finding] { findings.filter { $0.action == action } }

    /// Rule ids in first-seen order, without repeats.
    public var ruleIDs: [String] {
        var seen: Set<String> = []
        return findings.map(\.ruleID).filter { seen.insert($0).inserted }
    }
}
