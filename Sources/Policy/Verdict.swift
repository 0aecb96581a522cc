import Detectors

/// What happens to one message, the findings that decided it, and the changes that go
/// with it.
public struct Verdict: Sendable, Equatable {
    public var action: Action
    /// Every finding, with the action policy gave it.
    public var findings: [Finding]
    /// The recipients whose direction or domain made the verdict what it is.
    public var concernedRecipients: [String] = []
    /// Addresses that get a copy of the message (the compliance mailbox).
    public var copies: [String] = []
    /// In monitor mode: what would have happened; the message is tagged and delivered.
    public var monitored: Action?
    /// The name of the policy row that gave the verdict its action (nil: a rule's own action).
    public var decidedBy: String?
    /// The notice template for the decisive rule, if the policy names one.
    public var noticeTemplate: String?
    /// The message is a bounce or an automatic reply: send it no notice mail.
    public var suppressNotice = false
    /// The sender counts as the district's own (domain and session).
    public var senderInternal = false
    /// The sender's groups and each recipient's direction, for the audit trail and metrics.
    public var senderGroups: [String] = []
    public var directions: [String: Direction] = [:]
    /// A row said not to tell the sender: the notice mail goes to staff only.
    public var notifySender = true
    /// Addresses that get an alert mail at once (the safety team), when a row asks for one.
    public var alerts: [String] = []
    /// Findings the inspection counted without listing them (past `FindingBudget`'s bounds).
    public var omittedFindings = 0

    /// Folds findings into one verdict: the most severe action wins; no findings means accept.
    public init(findings: [Finding]) {
        self.findings = findings
        self.action = findings.map(\.action).max() ?? .accept
    }

    /// The findings whose action is the verdict's: the ones a notice must explain.
    public var decisive: [Finding] { findings.filter { $0.action == action } }

    /// Rule ids in first-seen order, without repeats.
    public var ruleIDs: [String] { findings.map(\.ruleID).uniqued() }
}
