import Foundation
import Policy
import Storage

/// Where the milter reports each message besides its log line: the audit trail, the metrics
/// and the compliance digest; and what recognises MailGuard's own mails. Each is optional:
/// unit tests and `mailguard scan` use none.
package struct Reporting: Sendable {
    package var audit: AuditWriter?
    package var metrics: MailMetrics?
    package var digest: ComplianceDigest?
    package var marks: OwnMailMark?

    package init(audit: AuditWriter? = nil, metrics: MailMetrics? = nil, digest: ComplianceDigest? = nil, marks: OwnMailMark? = nil) {
        self.audit = audit
        self.metrics = metrics
        self.digest = digest
        self.marks = marks
    }

    /// One decided message.
    package func decided(_ verdict: Verdict, envelope: Envelope, queueID: String, client: String, size: Int, notice: NoticeMail? = nil,
                 scanSeconds: Double?, totalSeconds: Double) {
        var entry = AuditEntry(verdict: verdict, envelope: envelope, queueID: queueID, client: client, size: size,
                               scanMilliseconds: (scanSeconds ?? 0) * 1000, totalMilliseconds: totalSeconds * 1000)
        entry.notice = notice.map { "To: \($0.recipients.joined(separator: ", "))\nSubject: \($0.subject)\n\n\($0.body)" }
        audit?.submit(entry)
        metrics?.count(verdict, scanSeconds: scanSeconds, totalSeconds: totalSeconds)
        digest?.add(verdict, envelope: envelope, queueID: queueID)
    }
}
