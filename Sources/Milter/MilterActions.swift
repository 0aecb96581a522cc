import Configuration
import Detectors
import Foundation
import Policy

/// The modifications a milter may make at end of message. The libmilter context implements
/// it for real; tests record the calls.
package protocol MilterActions {
    func addHeader(_ name: String, _ value: String)
    /// Deletes the `index`-th (1-based) header called `name`.
    func deleteHeader(_ name: String, index: Int)
    /// Replaces the value of the first header called `name`.
    func changeHeader(_ name: String, _ value: String)
    func addRecipient(_ address: String)
    func setReply(_ reply: SMTPReply)
    func quarantine(_ reason: String)
}

/// How a message leaves the milter.
package enum MilterStatus: Equatable {
    case proceed
    case reject
    case tempfail
    case discard
}

/// What the milter knows about the message beyond the verdict.
package struct MessageEdits {
    /// Incoming headers with MailGuard's name, deleted before the real one is added.
    package var forgedHeaders = HeaderCounts()
    /// The Subject as received (raw, possibly encoded words), for the tag prefix.
    package var subject: String?

    /// Deletes every incoming header with MailGuard's name (forged verdicts, marks).
    package func removeForgedHeaders(from actions: some MilterActions) {
        for (name, count) in forgedHeaders.counts {
            // From the last to the first, so each deletion leaves the lower indexes valid.
            for index in stride(from: count, through: 1, by: -1) { actions.deleteHeader(name, index: index) }
        }
    }
}

extension Verdict {
    /// The result header MailGuard adds to the messages it lets through: tagged, held and
    /// monitored ones always, plain accepted ones with `policy.header_on_accept`.
    package static let headerName = "X-MailGuard"

    /// The single place where a verdict becomes milter actions.
    package func apply(to actions: some MilterActions, engine: Engine, edits: MessageEdits) -> MilterStatus {
        switch action {
        case .reject, .tempfail:
            if let reply = engine.notices.reply(for: self, rules: engine.rules) { actions.setReply(reply) }
            return action == .reject ? .reject : .tempfail
        case .discard:
            return .discard
        case .accept, .tag, .quarantine:
            edits.removeForgedHeaders(from: actions)
            if action != .accept || monitored != nil || engine.config.policy.headerOnAccept {
                actions.addHeader(Self.headerName, headerValue)
            }
            if action == .tag, let prefix = engine.config.policy.subjectPrefix, let subject = edits.subject,
               !subject.trimmingCharacters(in: .whitespaces).hasPrefix(prefix) {
                actions.changeHeader("Subject", "\(prefix) \(subject.trimmingCharacters(in: .whitespaces))")
            }
            for copy in copies { actions.addRecipient(copy) }
            if action == .quarantine {
                actions.quarantine("MailGuard: " + decisive.map { "rule \($0.ruleID)" + ($0.section.map { " (guideline \($0))" } ?? "") }.uniqued().joined(separator: ", "))
            }
            return .proceed
        }
    }

    /// `accept`, `tag; rules=test-card`, or in monitor mode `tag; monitor=reject; rules=ssn`:
    /// the verdict and the rules that decided something, never a value. Findings the policy
    /// accepted (a phone number in a signature) are not listed: they changed nothing.
    package var headerValue: String {
        var parts = [action.rawValue]
        if let monitored { parts.append("monitor=\(monitored.rawValue)") }
        let acted = findings.filter { $0.action != .accept }.map(\.ruleID).uniqued()
        if !acted.isEmpty { parts.append("rules=\(acted.joined(separator: ","))") }
        return parts.joined(separator: "; ")
    }
}
