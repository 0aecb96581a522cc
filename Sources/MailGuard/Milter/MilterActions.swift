import Detectors
import Policy

/// The modifications a milter may make at end of message. The libmilter context implements
/// it for real; tests record the calls.
protocol MilterActions {
    func addHeader(_ name: String, _ value: String)
    /// Deletes the `index`-th (1-based) header called `name`.
    func deleteHeader(_ name: String, index: Int)
    func setReply(_ reply: SMTPReply)
    func quarantine(_ reason: String)
}

/// How a message leaves the milter.
enum MilterStatus: Equatable {
    case proceed
    case reject
    case tempfail
    case discard
}

extension Verdict {
    /// The result header MailGuard adds to every message it lets through.
    static let headerName = "X-MailGuard"

    /// The single place where a verdict becomes milter actions. Headers a sender forged with
    /// MailGuard's name are deleted before the real result is added.
    func apply(to actions: some MilterActions, rules: RuleSet, forgedHeaders: HeaderCounts) -> MilterStatus {
        switch action {
        case .reject, .tempfail:
            if let reply = Notice.reply(for: self, rules: rules) { actions.setReply(reply) }
            return action == .reject ? .reject : .tempfail
        case .discard:
            return .discard
        case .accept, .tag, .quarantine:
            for (name, count) in forgedHeaders.counts {
                // From the last to the first, so each deletion leaves the lower indexes valid.
                for index in stride(from: count, through: 1, by: -1) { actions.deleteHeader(name, index: index) }
            }
            actions.addHeader(Self.headerName, headerValue)
            if action == .quarantine {
                actions.quarantine("MailGuard: " + decisive.map { "rule \($0.ruleID)" + ($0.section.map { " (guideline \($0))" } ?? "") }.uniqued().joined(separator: ", "))
            }
            return .proceed
        }
    }

    /// `accept`, or `tag; rules=test-card`: the verdict and the rules that found something.
    var headerValue: String {
        ruleIDs.isEmpty ? action.rawValue : "\(action.rawValue); rules=\(ruleIDs.joined(separator: ","))"
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
