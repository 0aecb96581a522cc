/// What MailGuard does with a message. Ordered by severity: when several findings
/// disagree, the most severe action wins.
public enum Action: String, CaseIterable, Comparable, Sendable, Codable {
    case accept
    case tag
    case tempfail
    case quarantine
    case discard
    case reject

    /// Severity rank: reject > discard > quarantine > tempfail > tag > accept.
    var severity: Int {
        switch self {
        case .accept: 0
        case .tag: 1
        case .tempfail: 2
        case .quarantine: 3
        case .discard: 4
        case .reject: 5
        }
    }

    public static func < (lhs: Action, rhs: Action) -> Bool { lhs.severity < rhs.severity }
}
