import Foundation
import Policy

/// The bulk ledger in PostgreSQL, shared by every mail server of a district.
///
/// Sending windows stay sliding and exact across servers: a transaction takes a
/// transaction-scoped advisory lock on each sender it reads (`pg_advisory_xact_lock`), so
/// the check and the charge of one sender's messages are serialised whichever server they
/// reach, and every window is timed by the database's clock. Fan-out fingerprints are read
/// without a lock (copies from many senders): two copies decided at the same instant on two
/// servers may each miss the other, as a fuzzy hash store would.
///
/// A transaction is a few short statements on one borrowed connection, read committed (each
/// sum sees what the lock's previous holder committed): `BEGIN` with the clock, a lock and a
/// sum per sender, and the charges sent with `COMMIT` in one round trip. A lock not granted
/// within most of the time allowed is a refusal (`lock_timeout`), not an outage. Each entry
/// carries when it expires by this server's windows; `StoreMaintenance` deletes expired ones
/// off the mail path, by the database's clock.
public final class PostgresLedger: Sendable {
    private let pool: PostgresPool
    private let server: String
    /// How long one transaction may take, connecting included.
    private let timeout: Duration
    /// How long the windows in force look back (it follows reloads).
    private let retention: @Sendable () -> TimeInterval

    public init(pool: PostgresPool, server: String, timeout: Duration, retention: @escaping @Sendable () -> TimeInterval) {
        self.pool = pool
        self.server = server
        self.timeout = timeout
        self.retention = retention
    }

    /// Runs `body` in one database transaction; returns its result and the entries it added.
    /// A `StoreError` means nothing was charged, unless it came while waiting for the answer
    /// to `COMMIT`: then the charge may stand in the store, and the caller's fallback charges
    /// its own ledger too (once in each, never twice in one).
    public func transaction<T>(_ body: (LedgerTransaction) throws -> T) throws -> (T, [LedgerEntry]) {
        try pool.withConnection(deadline: .now + timeout) { connection, deadline in
            let lockWait = max(1, PostgresConnection.milliseconds(timeout) * 3 / 4)
            let rows = try connection.script(
                "BEGIN ISOLATION LEVEL READ COMMITTED; SET LOCAL lock_timeout = \(lockWait); SELECT extract(epoch FROM clock_timestamp())",
                deadline: deadline)
            guard let epoch = rows.first?.first.flatMap({ $0 }).flatMap(Double.init) else {
                throw StoreError.failed(sqlState: "MG002", message: "no clock in the answer")
            }
            let transaction = Transaction(connection: connection, deadline: deadline, now: Date(timeIntervalSince1970: epoch))
            do {
                let result = try body(transaction)
                try connection.script(try commit(transaction, on: connection), deadline: deadline)
                return (result, transaction.added)
            } catch {
                if connection.isOpen { _ = try? connection.script("ROLLBACK", deadline: deadline) }
                throw error
            }
        }
    }

    /// The charges, then `COMMIT`, as one script.
    private func commit(_ transaction: Transaction, on connection: PostgresConnection) throws -> String {
        guard !transaction.added.isEmpty else { return "COMMIT" }
        let server = try connection.literal(server)
        let keep = retention()
        let rows = try transaction.added.map { entry in
            let at = entry.at.timeIntervalSince1970
            return "(\(try connection.literal(entry.kind)), \(try connection.literal(entry.subject)), \(entry.value), \(entry.weight), \(at), \(at + keep), \(server))"
        }
        return "INSERT INTO ledger (kind, subject, value, weight, at, expires, server) VALUES \(rows.joined(separator: ", ")); COMMIT"
    }

    private final class Transaction: LedgerTransaction {
        let connection: PostgresConnection
        let deadline: ContinuousClock.Instant
        let now: Date?
        var locked: Set<String> = []
        var added: [LedgerEntry] = []

        init(connection: PostgresConnection, deadline: ContinuousClock.Instant, now: Date) {
            self.connection = connection
            self.deadline = deadline
            self.now = now
        }

        /// Serialises this subject's checks and charges across servers until commit.
        private func lock(_ subject: String) throws {
            guard locked.insert(subject).inserted else { return }
            try connection.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [subject], deadline: deadline)
        }

        func total(kind: String, subject: String, since: Date) throws -> Int {
            try lock(subject)
            let rows = try connection.query("SELECT COALESCE(sum(weight), 0) FROM ledger WHERE kind = $1 AND subject = $2 AND at > $3",
                                            [kind, subject, "\(since.timeIntervalSince1970)"], deadline: deadline)
            let stored = rows.first?.first.flatMap { $0 }.flatMap(Int.init) ?? 0
            return stored + added.filter { $0.kind == kind && $0.subject == subject && $0.at > since }.reduce(0) { $0 + $1.weight }
        }

        func entries(kind: String, since: Date) throws -> [LedgerEntry] {
            let rows = try connection.query("SELECT subject, value, weight, at FROM ledger WHERE kind = $1 AND at > $2 ORDER BY at",
                                            [kind, "\(since.timeIntervalSince1970)"], deadline: deadline)
            return Self.entries(kind: kind, rows) + added.filter { $0.kind == kind && $0.at > since }
        }

        /// Compared in the database: only the near copies cross the wire.
        func similar(kind: String, since: Date, to value: UInt64, within distance: Int) throws -> [LedgerEntry] {
            let rows = try connection.query("""
                SELECT subject, value, weight, at FROM ledger
                WHERE kind = $1 AND at > $2 AND bit_count((value # $3::bigint)::bit(64)) <= $4 ORDER BY at
                """, [kind, "\(since.timeIntervalSince1970)", "\(Int64(bitPattern: value))", "\(distance)"], deadline: deadline)
            return Self.entries(kind: kind, rows) + added.filter {
                $0.kind == kind && $0.at > since && (UInt64(bitPattern: $0.value) ^ value).nonzeroBitCount <= distance
            }
        }

        func add(_ entry: LedgerEntry) throws {
            try lock(entry.subject)
            added.append(entry)
        }

        /// Expired entries are deleted by `StoreMaintenance`, off the mail path.
        func prune(before: Date) throws {}

        private static func entries(kind: String, _ rows: PostgresConnection.Rows) -> [LedgerEntry] {
            rows.values.compactMap { row in
                guard row.count == 4, let subject = row[0], let value = row[1].flatMap(Int64.init), let weight = row[2].flatMap(Int.init),
                      let at = row[3].flatMap(Double.init) else { return nil }
                return LedgerEntry(kind: kind, subject: subject, value: value, weight: weight, at: Date(timeIntervalSince1970: at))
            }
        }
    }
}
