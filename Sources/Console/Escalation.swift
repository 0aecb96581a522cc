import Configuration
import Foundation
import Operations
import Policy

/// Safety alerts still `new` after `[console] escalate_minutes` are mailed again to the whole
/// safety team (`[directory] safety_team`), with a link to each. The console process sends
/// them: every minute it claims the due alerts in its store in one IMMEDIATE transaction, so
/// with several console processes on one store each alert is mailed once per interval.
package struct Escalation: Sendable {
    let app: ConsoleApp
    /// Submits a mail (sendmail in production).
    let send: @Sendable (NoticeMail) throws -> Void

    package init(app: ConsoleApp, send: @escaping @Sendable (NoticeMail) throws -> Void) {
        self.app = app
        self.send = send
    }

    /// One round: the mail sent, or nil when nothing was due.
    @discardableResult
    package func run() throws -> NoticeMail? {
        let team = app.config.policy.directory.safetyTeam
        guard !team.isEmpty else { return nil }
        _ = try app.alertRecords()
        let interval = Double(app.settings.escalateMinutes) * 60
        let now = app.now()
        let due = try app.store.claimEscalations(cutoff: now.addingTimeInterval(-interval), interval: interval, now: now)
        guard !due.isEmpty else { return nil }
        // Queue ids, times and links only: the mail passes the milter like any other.
        let lines = due.map { alert in
            "- \(alert.queueID), held \(AuditTime.format(alert.heldAt))" + (app.settings.link(toHold: alert.queueID).map { ": \($0)" } ?? "")
        }
        let body = """
            \(due.count) safety alert(s) have waited more than \(app.settings.escalateMinutes) minutes without anyone taking them.

            \(lines.joined(separator: "\n"))

            Open the safety alerts in the MailGuard console\(app.settings.publicURL.map { " (\($0)/alerts)" } ?? ""), mark each one "in review" \
            and assign it. This reminder is sent again every \(app.settings.escalateMinutes) minutes while an alert stays new.
            """
        let mail = NoticeMail(recipients: team, subject: "MailGuard: \(due.count) safety alert(s) waiting for review", body: body)
        try send(mail)
        app.log("escalated \(due.count) safety alert(s) to \(team.joined(separator: ","))")
        return mail
    }

    /// Rounds every minute until the process ends.
    package func start() {
        Task.detached {
            while true {
                do { try run() } catch { app.log("escalation failed: \(error)") }
                try? await Task.sleep(for: .seconds(60))
            }
        }
    }
}
