import Detectors

/// One row of the district's policy table: for findings of these kinds (or rules), from
/// senders in these groups, going in these directions, do this. The first row that matches
/// a finding and a recipient decides; with none, the pattern file's action stands.
public struct PolicyRule: Sendable, Equatable {
    public var name: String
    /// Finding kinds (`ssn`, `card`, `external-recipient`, `unscannable`, ...); empty: any.
    public var kinds: Set<String> = []
    /// Pattern rule ids; empty: any. With both set, either may match.
    public var ruleIDs: Set<String> = []
    /// Sender groups (`external` for any sender that does not count as internal); empty: any.
    public var senderGroups: Set<String> = []
    /// Recipient groups; empty: any.
    public var recipientGroups: Set<String> = []
    public var directions: Set<Direction> = []
    /// Recipient domains this row does not apply to (payroll, benefits, the state).
    public var partners: [String] = []
    /// The row applies only when the message has at least this many distinct values of
    /// its kinds.
    public var minValues = 1
    public var action: Action
    /// Send a copy to the compliance mailbox.
    public var copyCompliance = false
    /// Decide and log, but only tag: for trying a row before enforcing it.
    public var monitor = false
    /// Notice template for this row (default: by action).
    public var notice: String?
    /// Tell the sender (a notice mail for a held message); false: only staff learn of it (a
    /// student's threat or self-harm statement goes to the safety team, not back to them).
    public var notifySender = true
    /// Send the safety team an alert mail at once (`[directory] safety_team`).
    public var alert = false

    public init(name: String, action: Action) {
        self.name = name
        self.action = action
    }

    func selects(_ finding: Finding) -> Bool {
        (kinds.isEmpty && ruleIDs.isEmpty) || kinds.contains(finding.kind) || ruleIDs.contains(finding.ruleID)
    }

    func applies(to recipient: String, direction: Direction?, senderGroups: [String], recipientGroups: [String]) -> Bool {
        if !self.senderGroups.isEmpty && self.senderGroups.isDisjoint(with: senderGroups) { return false }
        if !self.recipientGroups.isEmpty && self.recipientGroups.isDisjoint(with: recipientGroups) { return false }
        if !directions.isEmpty && !(direction.map(directions.contains) ?? false) { return false }
        if let domain = Directory.domain(of: recipient), partners.contains(where: { Directory.domain(domain, matches: $0) }) {
            return false
        }
        return true
    }
}
