import Configuration
import Foundation
import Policy
import Storage

/// The hold queue joined with the audit trail by queue id.
package struct QuarantineReview {
    package let queue: any HoldQueue
    package let config: Config
    /// The trail, read-only; nil when there is none yet (records are then "no audit record").
    package let trail: AuditStore?

    package init(_ config: Config) throws {
        self.config = config
        queue = Self.holdQueue(config)
        trail = try? AuditTrail.store(config)
    }

    /// Over a queue the caller chose (the console's).
    package init(config: Config, queue: any HoldQueue) {
        self.config = config
        self.queue = queue
        trail = try? AuditTrail.store(config)
    }

    /// The root helper when `[quarantine] helper_socket` is set, else Postfix's tools.
    package static func holdQueue(_ config: Config) -> any HoldQueue {
        if let socket = config.quarantine.helperSocket { return QueueHelperClient(path: socket) }
        return PostfixQueue(configDirectory: config.quarantine.configDirectory())
    }

    package func heldMessage(_ id: String) throws -> PostfixQueue.Message {
        guard let message = try queue.held().first(where: { $0.queueID == id }) else {
            throw RuntimeError("\(id) is not on hold (released, deleted, or not a queue id of this Postfix; see mailguard quarantine list)")
        }
        return message
    }

    /// The newest audit record of the queue id, if the trail has one.
    package func auditEntry(_ id: String) -> AuditEntry? {
        (try? trail?.records(matching: AuditQuery(queueID: id, limit: 1)))??.first
    }

    /// Who did what and why, in the audit trail: a console account, else (the CLI)
    /// `SUDO_USER` or the login name.
    package func auditReview(_ id: String, _ action: String, by: String = Self.reviewer(), reason: String? = nil) throws {
        do {
            try AuditTrail.store(config, writing: true).addReview(queueID: id, AuditEntry.Review(at: Date(), action: action, by: by, reason: reason))
        } catch {
            throw RuntimeError("\(action) \(id), but it could not be recorded in the audit trail: \(error)")
        }
    }

    /// Releases (`release`) or deletes (`delete`) a held message and records it with who
    /// asked and why; returns the message as it was held.
    @discardableResult
    package func carryOut(_ action: String, _ id: String, by: String = Self.reviewer(), reason: String? = nil) throws -> PostfixQueue.Message {
        let held = try heldMessage(id)
        switch action {
        case "release":
            try queue.release(id)
            try auditReview(id, "released", by: by, reason: reason)
        case "delete":
            try queue.delete(id)
            try auditReview(id, "deleted", by: by, reason: reason)
        default:
            throw RuntimeError("'\(action)' is not release or delete")
        }
        return held
    }

    package static func reviewer(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let user = environment["SUDO_USER"], !user.isEmpty { return user }
        if let login = getlogin() { return String(cString: login) }
        if let entry = getpwuid(geteuid()) { return String(cString: entry.pointee.pw_name) }
        return "uid \(geteuid())"
    }

    /// `ssn (guideline 3) in attachment x.csv; ...`: the deciding findings, redacted.
    package static func reason(_ record: AuditEntry) -> String {
        record.findings.filter { $0.action == record.verdict }.map { finding in
            "\(finding.kind) in \(finding.location)" + (finding.note.map { " (\($0))" } ?? "")
        }.uniqued().prefix(3).joined(separator: "; ")
    }

    package static func age(_ seconds: TimeInterval) -> String {
        switch seconds {
        case ..<3600: "\(max(0, Int(seconds / 60)))m"
        case ..<86_400: "\(Int(seconds / 3600))h"
        default: "\(Int(seconds / 86_400))d"
        }
    }
}

package struct RuntimeError: Error, CustomStringConvertible {
    package var description: String
    package init(_ description: String) { self.description = description }
}
