import Foundation
import Storage

/// Ships this server's audit trail to the shared store. The local SQLite trail is the
/// outbox: the milter writes there first (the batched writer), so the store never holds up
/// mail, and `shipWaiting` (run about once a second off the mail path) copies what the
/// store lacks, in batches of one transaction each.
///
/// Exactly once: the store keys each record by (server, trail, local id) and skips a key it
/// holds; where to go on is read from the store itself (its highest id of this trail), so a
/// batch committed just before a crash or a lost connection is never sent twice, and one
/// that did not commit is sent again. While the store is down records wait in the local
/// trail, bounded by its retention (`[audit] keep_days`): records pruned locally before the
/// store returns never reach it.
public final class AuditShipper: Sendable {
    public struct Status: Sendable, Equatable {
        /// Records in the local trail the store does not hold yet (nil: not known, the store is down).
        public var waiting: Int?
        public var error: StoreError?
    }

    private let pool: PostgresPool
    private let trail: AuditStore
    private let server: String
    private let timeout: Duration
    /// Told about a record the store refused (what it was, why).
    private let refused: @Sendable (_ record: String, _ reason: String) -> Void

    static var batchSize: Int { 200 }

    public init(pool: PostgresPool, trail: AuditStore, server: String, timeout: Duration = .seconds(10),
                refused: @escaping @Sendable (_ record: String, _ reason: String) -> Void = { _, _ in }) {
        self.pool = pool
        self.trail = trail
        self.server = server
        self.timeout = timeout
        self.refused = refused
    }

    /// Ships batches until nothing waits or the store fails.
    public func shipWaiting() -> Status {
        do {
            let trailID = try trail.trailID()
            while true {
                let batch = try pool.withConnection(deadline: .now + timeout) { connection, deadline in
                    try ship(trailID: trailID, connection: connection, deadline: deadline)
                }
                if !batch.full { return Status(waiting: try trail.count(afterID: batch.cursor)) }
            }
        } catch let error as StoreError {
            return Status(waiting: nil, error: error)
        } catch {
            return Status(waiting: nil, error: .unavailable("local audit trail: \(error)"))
        }
    }

    /// One batch of records and reviews after the store's cursors, in one transaction.
    /// Returns whether a batch was full (more may wait) and the records' cursor after it.
    private func ship(trailID: String, connection: PostgresConnection, deadline: ContinuousClock.Instant) throws -> (full: Bool, cursor: Int64) {
        let cursors = try connection.query("""
            SELECT (SELECT COALESCE(max(local_id), 0) FROM audit_message WHERE server = $1 AND trail = $2),
                   (SELECT COALESCE(max(local_id), 0) FROM audit_review WHERE server = $1 AND trail = $2)
            """, [server, trailID], deadline: deadline).first ?? []
        let (recordCursor, reviewCursor) = (Self.number(cursors, 0), Self.number(cursors, 1))
        let records = try trail.records(afterID: recordCursor, limit: Self.batchSize)
        let reviews = try trail.reviews(afterID: reviewCursor, limit: Self.batchSize)
        let statements = try records.map { try Self.insert($0, server: server, trail: trailID, connection: connection) }
            + reviews.map { try Self.insert($0.review, id: $0.id, server: server, trail: trailID, connection: connection) }
        guard !statements.isEmpty else { return (false, recordCursor) }
        let batch = Result { () throws(StoreError) in try connection.script("BEGIN; " + statements.joined(separator: "; ") + "; COMMIT", deadline: deadline) }
        if case .failure(let error) = batch {
            try storeOneByOne(statements, after: error, connection: connection, deadline: deadline)
        }
        return (records.count == Self.batchSize || reviews.count == Self.batchSize, records.last?.recordID ?? recordCursor)
    }

    /// After the store refused a batch: each statement alone, so one row it refuses does not
    /// hold back every later one; a refused row is named (it stays in the local trail).
    private func storeOneByOne(_ statements: [String], after error: StoreError, connection: PostgresConnection,
                               deadline: ContinuousClock.Instant) throws(StoreError) {
        guard error.isRefusal else { throw error }
        _ = try? connection.script("ROLLBACK", deadline: deadline)
        for statement in statements {
            let result = Result { () throws(StoreError) in try connection.script(statement, deadline: deadline) }
            guard case .failure(let error) = result else { continue }
            guard error.isRefusal else { throw error }
            refused(String(statement.prefix(120)) + "...", error.description)
        }
    }

    private static func number(_ row: [String?], _ column: Int) -> Int64 {
        row.indices.contains(column) ? row[column].flatMap(Int64.init) ?? 0 : 0
    }

    /// One review (a release, delete or reading) as one statement.
    static func insert(_ review: AuditEntry.Review, id: Int64, server: String, trail: String, connection: PostgresConnection) throws -> String {
        let values = try [server, trail].map(connection.literal) + ["\(id)", "\(review.at.timeIntervalSince1970)"]
            + [review.queueID ?? "", review.action, review.by].map(connection.literal) + [try review.reason.map(connection.literal) ?? "NULL"]
        return "INSERT INTO audit_review (server, trail, local_id, at, queue_id, action, by, reason) VALUES (\(values.joined(separator: ", "))) "
            + "ON CONFLICT (server, trail, local_id) DO NOTHING"
    }

    /// One record and its rows, as one statement; a key the store holds inserts nothing.
    static func insert(_ record: AuditEntry, server: String, trail: String, connection: PostgresConnection) throws -> String {
        func text(_ value: String?) throws -> String { try value.map(connection.literal) ?? "NULL" }
        let message = try [
            text(server), text(trail), "\(record.recordID ?? 0)", "\(record.at.timeIntervalSince1970)", text(record.queueID),
            text(record.client), text(record.sender), text(record.verdict), text(record.monitor), "\(record.size)",
            "\(record.scanMilliseconds)", "\(record.totalMilliseconds)", "\(record.findingsOmitted)", text(record.policyRow),
            text(record.notice), record.alerted ? "true" : "false",
        ].joined(separator: ", ")
        var parts = ["""
            WITH m AS (INSERT INTO audit_message (server, trail, local_id, at, queue_id, client, sender, verdict, monitor, size,
                scan_ms, total_ms, findings_omitted, policy_row, notice, alerted) VALUES (\(message))
                ON CONFLICT (server, trail, local_id) DO NOTHING RETURNING id)
            """]
        func children(_ table: String, _ columns: String, _ rows: [String]) {
            guard !rows.isEmpty else { return }
            parts.append(", \(table) AS (INSERT INTO audit_\(table) (message_id, position, \(columns)) SELECT m.id, v.* FROM m, (VALUES \(rows.joined(separator: ", "))) AS v)")
        }
        children("recipient", "address, direction", try record.recipients.enumerated().map { "(\($0.offset), \(try text($0.element.address)), \(try text($0.element.direction)))" })
        children("sender_group", "name", try record.senderGroups.enumerated().map { "(\($0.offset), \(try text($0.element)))" })
        children("finding", "rule, kind, action, location, redacted, note", try record.findings.enumerated().map { item in
            let finding = item.element
            return "(\(item.offset), \(try text(finding.rule)), \(try text(finding.kind)), \(try text(finding.action)), \(try text(finding.location)), \(try text(finding.redacted)), \(try text(finding.note)))"
        })
        return parts.joined() + " SELECT count(*) FROM m"
    }
}
