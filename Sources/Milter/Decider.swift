import Configuration
import Detectors
import Inspection
import Logging
import Policy

/// Everything end of message does with an inspected message, decided before any of it is
/// done: the milter session only applies it, `mailguard scan` prints it, tests read it.
package struct Decision {
    package var verdict: Verdict
    /// How the message leaves the milter.
    package var status: MilterStatus
    /// Changes to the message, in the order they are applied.
    package var actions: [MilterAction]
    /// The notice (to the sender, or the compliance office), then the alert to the safety team.
    package var mails: [NoticeMail]
    /// The notice alone, for the audit trail.
    package var notice: NoticeMail?
    /// The verdict's fields of the message's one log line: redacted values only.
    package var logFields: Logger.Metadata
}

/// Decides an inspected message: verdict (with the bulk ledger, when given), milter
/// actions, notice and alert mails, log fields. No I/O besides the ledger.
package enum Decider {
    package static func decide(
        _ inspection: InspectionResult, envelope: Envelope, engine: Engine, edits: MessageEdits = MessageEdits(),
        ledger: Ledger?, queueID: String
    ) -> Decision {
        let verdict = engine.verdict(for: inspection, envelope: envelope, ledger: ledger)
        let (status, actions) = verdict.milterActions(engine: engine, edits: edits)
        let notice = engine.notices.mail(for: verdict, rules: engine.rules, sender: envelope.sender,
                                         compliance: engine.config.policy.directory.complianceMailbox, queueID: queueID)
        let alert = engine.notices.alert(for: verdict, rules: engine.rules, envelope: envelope, queueID: queueID)
        return Decision(verdict: verdict, status: status, actions: actions, mails: [notice, alert].compactMap { $0 },
                        notice: notice, logFields: logFields(verdict))
    }

    /// Items a log field lists; the rest are counted. A message with a thousand findings or
    /// recipients still logs one line of a few kilobytes.
    static let loggedItems = 20

    static func logFields(_ verdict: Verdict) -> Logger.Metadata {
        var fields: Logger.Metadata = ["verdict": "\(verdict.action.rawValue)"]
        if let monitored = verdict.monitored { fields["monitor"] = "\(monitored.rawValue)" }
        if !verdict.concernedRecipients.isEmpty { fields["concerned"] = "\(listed(verdict.concernedRecipients, separator: ","))" }
        if !verdict.copies.isEmpty { fields["copied"] = "\(listed(verdict.copies, separator: ","))" }
        if verdict.omittedFindings > 0 { fields["omitted"] = "\(verdict.omittedFindings)" }
        if !verdict.findings.isEmpty {
            fields["rules"] = "\(listed(verdict.ruleIDs, separator: ","))"
            // Redacted forms only: the log never holds a value MailGuard protects.
            let found = verdict.findings.prefix(loggedItems).map { "\($0.kind):\($0.redacted)@\($0.location)" + ($0.note.map { " (\($0))" } ?? "") }
            fields["found"] = "\(listed(found, of: verdict.findings.count, separator: "; "))"
        }
        return fields
    }

    /// The first `loggedItems` of `items` (of `total` in all), and how many more there are.
    private static func listed(_ items: [String], of total: Int? = nil, separator: String) -> String {
        let total = total ?? items.count
        let shown = items.prefix(loggedItems).joined(separator: separator)
        return total > loggedItems ? shown + "\(separator)and \(total - loggedItems) more" : shown
    }
}
