import Foundation
import Storage

/// Ships this server's audit trail to the shared store. The local SQLite trail is the
/// outbox: the milter writes there first (the batched writer), so the store never holds up
/// mail, and `shipWaiting` (run about once a second off the mail path) copies what the
/// store lacks, in batches of one transaction each.
///
/// Exactly once: the store keys each record by (trail, local id) and skips a key it holds;
/// where to go on is read from the store itself (its highest id of this trail), so a batch
/// committed just before a crash or a lost connection is never sent twice, and one that did
/// not commit is sent again. The server's name is an attribute: renaming a server does not
/// send its trail again. A local file whose ids fall below what the store holds of its
/// trail (a restored backup, a copied file) takes a new trail name first. While the store is
/// down records wait in the local trail, bounded by its retention (`[audit] keep_days`).
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
    /// Told about a record the store refused for its data (which one, why).
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
            while true {
                let batch = try pool.withConnection(deadline: .now + timeout) { connection, deadline in
                    try ship(connection: connection, deadline: deadline)
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
    private func ship(connection: PostgresConnection, deadline: ContinuousClock.Instant) throws -> (full: Bool, cursor: Int64) {
        var trailID = try trail.trailID()
        var cursors = try self.cursors(trailID, connection: connection, deadline: deadline)
        if cursors.records > (try trail.lastRecordID()) {
            try trail.renewTrailID()
            trailID = try trail.trailID()
            cursors = (0, 0)
        }
        let records = try trail.records(afterID: cursors.records, limit: Self.batchSize)
        let reviews = try trail.reviews(afterID: cursors.reviews, limit: Self.batchSize)
        let statements = try records.map { ("record \($0.recordID ?? 0)", try Self.insert($0, server: server, trail: trailID, connection: connection)) }
            + reviews.map { ("review \($0.id)", try Self.insert($0.review, id: $0.id, server: server, trail: trailID, connection: connection)) }
        guard !statements.isEmpty else { return (false, cursors.records) }
        let batch = Result { () throws(StoreError) in
            try connection.script("BEGIN; " + statements.map { $0.1 }.joined(separator: "; ") + "; COMMIT", deadline: deadline)
        }
        if case .failure(let error) = batch {
            try storeOneByOne(statements, after: error, connection: connection, deadline: deadline)
        }
        return (records.count == Self.batchSize || reviews.count == Self.batchSize, records.last?.recordID ?? cursors.records)
    }

    /// The highest record and review ids the store holds of a trail.
    private func cursors(_ trailID: String, connection: PostgresConnection, deadline: ContinuousClock.Instant) throws(StoreError) -> (records: Int64, reviews: Int64) {
        let row = try connection.query("""
            SELECT (SELECT COALESCE(max(local_id), 0) FROM audit_message WHERE trail = $1),
                   (SELECT COALESCE(max(local_id), 0) FROM audit_review WHERE trail = $1)
            """, [trailID], deadline: deadline).first ?? []
        func number(_ column: Int) -> Int64 { row.indices.contains(column) ? row[column].flatMap(Int64.init) ?? 0 : 0 }
        return (number(0), number(1))
    }

    /// After the store refused a batch for its data (SQLSTATE classes 22 and 23: a value it
    /// cannot take): each statement alone, so one such row does not hold back every later
    /// one; that row is named and stays in the local trail. Any other error (a full disk,
    /// a timeout) is the store's, and the batch waits for the next round.
    private func storeOneByOne(_ statements: [(String, String)], after error: StoreError, connection: PostgresConnection,
                               deadline: ContinuousClock.Instant) throws(StoreError) {
        guard error.isDataError else { throw error }
        _ = try? connection.script("ROLLBACK", deadline: deadline)
        for (label, statement) in statements {
            let result = Result { () throws(StoreError) in try connection.script(statement, deadline: deadline) }
            guard case .failure(let error) = result else { continue }
            guard error.isDataError else { throw error }
            refused(label, error.description)
        }
    }

    /// One review (a release, delete or reading) as one statement.
    static func insert(_ review: AuditEntry.Review, id: Int64, server: String, trail: String, connection: PostgresConnection) throws -> String {
        let values = try [server, trail].map(connection.literal) + ["\(id)", "\(review.at.timeIntervalSince1970)"]
            + [review.queueID ?? "", review.action, review.by].map(connection.literal) + [try review.reason.map(connection.literal) ?? "NULL"]
        return "INSERT INTO audit_review (server, trail, local_id, at, queue_id, action, by, reason) VALUES (\(values.joined(separator: ", "))) "
            + "ON CONFLICT (trail, local_id) DO NOTHING"
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
                ON CONFLICT (trail, local_id) DO NOTHING RETURNING id)
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
