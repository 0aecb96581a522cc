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
    package var forgedHeaderDeletions: [MilterAction] {
        forgedHeaders.counts.flatMap { name, count in
            // From the last to the first, so each deletion leaves the lower indexes valid.
            stride(from: count, through: 1, by: -1).map { MilterAction.deleteHeader(name: name, index: $0) }
        }
    }
}

/// One change a milter makes to a message at its end, as a value.
package enum MilterAction: Equatable, Sendable {
    case addHeader(name: String, value: String)
    /// The `index`-th (1-based) header called `name`.
    case deleteHeader(name: String, index: Int)
    /// The first header called `name`.
    case changeHeader(name: String, value: String)
    case addRecipient(String)
    case setReply(SMTPReply)
    case quarantine(String)
}

extension MilterActions {
    package func perform(_ actions: [MilterAction]) {
        for action in actions {
            switch action {
            case .addHeader(let name, let value): addHeader(name, value)
            case .deleteHeader(let name, let index): deleteHeader(name, index: index)
            case .changeHeader(let name, let value): changeHeader(name, value)
            case .addRecipient(let address): addRecipient(address)
            case .setReply(let reply): setReply(reply)
            case .quarantine(let reason): quarantine(reason)
            }
        }
    }
}

extension Verdict {
    /// The result header MailGuard adds to the messages it lets through: tagged, held and
    /// monitored ones always, plain accepted ones with `policy.header_on_accept`.
    package static let headerName = "X-MailGuard"

    /// The single place where a verdict becomes milter actions: how the message leaves, and
    /// the changes made to it on the way, in order.
    package func milterActions(engine: Engine, edits: MessageEdits) -> (MilterStatus, [MilterAction]) {
        switch action {
        case .reject, .tempfail:
            let reply = engine.notices.reply(for: self, rules: engine.rules).map { [MilterAction.setReply($0)] } ?? []
            return (action == .reject ? .reject : .tempfail, reply)
        case .discard:
            return (.discard, [])
        case .accept, .tag, .quarantine:
            var actions = edits.forgedHeaderDeletions
            if action != .accept || monitored != nil || engine.config.policy.headerOnAccept {
                actions.append(.addHeader(name: Self.headerName, value: headerValue))
            }
            if action == .tag, let prefix = engine.config.policy.subjectPrefix, let subject = edits.subject,
               !subject.trimmingCharacters(in: .whitespaces).hasPrefix(prefix) {
                actions.append(.changeHeader(name: "Subject", value: "\(prefix) \(subject.trimmingCharacters(in: .whitespaces))"))
            }
            actions += copies.map(MilterAction.addRecipient)
            if action == .quarantine {
                actions.append(.quarantine("MailGuard: " + decisive.map { "rule \($0.ruleID)" + ($0.section.map { " (guideline \($0))" } ?? "") }.uniqued().joined(separator: ", ")))
            }
            return (.proceed, actions)
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
