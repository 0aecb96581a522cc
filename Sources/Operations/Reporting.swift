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
    package func decided(_ verdict: Verdict, envelope: Envelope, queueID: String, client: String, size: Int,
                 scanSeconds: Double?, totalSeconds: Double) {
        audit?.submit(AuditEntry(verdict: verdict, envelope: envelope, queueID: queueID, client: client, size: size,
                                  scanMilliseconds: (scanSeconds ?? 0) * 1000, totalMilliseconds: totalSeconds * 1000))
        metrics?.count(verdict, scanSeconds: scanSeconds, totalSeconds: totalSeconds)
        digest?.add(verdict, envelope: envelope, queueID: queueID)
    }
}
