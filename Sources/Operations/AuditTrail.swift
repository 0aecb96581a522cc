import Configuration
import Foundation
import Logging
import Storage

/// Opens the audit trail for `mailguard run` and its batched writer.
package enum AuditTrail {
    /// The writer, started by the caller; nil (logged, counted) when the store cannot be
    /// opened: mail still gets its verdicts.
    package static func open(_ config: Config, metrics: MailMetrics, logger: Logger) -> AuditWriter? {
        let path = config.auditPath
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let store = try AuditStore(path: path)
            return AuditWriter(store: store, keepDays: config.audit.keepDays) { error, pending in
                metrics.auditFailed()
                logger.error("audit records not written; retrying with the next batch", metadata: [
                    "path": "\(path)", "error": "\(error)", "waiting": "\(pending)",
                ])
            }
        } catch {
            metrics.auditFailed()
            logger.error("cannot open the audit trail; mail is decided without it", metadata: ["path": "\(path)", "error": "\(error)"])
            return nil
        }
    }

    /// The store for the `audit` and `quarantine` commands: read-only unless `writing`.
    package static func store(_ config: Config, writing: Bool = false) throws -> AuditStore {
        let path = config.auditPath
        guard FileManager.default.fileExists(atPath: path) else {
            throw AuditTrailMissing(path: path)
        }
        return try AuditStore(path: path, readOnly: !writing)
    }
}

package struct AuditTrailMissing: Error, CustomStringConvertible {
    package var path: String
    package var description: String { "no audit trail at \(path) ([audit] database); mailguard run creates it" }
}
