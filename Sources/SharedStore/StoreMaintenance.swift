import Foundation

/// What each server does to the shared store about once a minute, off the mail path, by the
/// database's clock: deletes ledger entries past their expiry, its own central audit records
/// and reviews older than its `keep_days`, and finished requests as old; and answers requests
/// left for it that were not carried out within a day (its server gone or renamed) as
/// expired, so nothing waits for ever.
public struct StoreMaintenance: Sendable {
    private let pool: PostgresPool
    private let server: String
    private let keepDays: Int

    /// Requests not carried out within this long are answered as expired.
    public static let requestLifetime: TimeInterval = 86_400

    public init(pool: PostgresPool, server: String, keepDays: Int) {
        self.pool = pool
        self.server = server
        self.keepDays = keepDays
    }

    public func run() throws {
        let keep = "\(keepDays * 86_400)"
        try pool.withConnection { connection, deadline in
            let now = "extract(epoch FROM clock_timestamp())"
            try connection.query("DELETE FROM ledger WHERE expires < \(now)", deadline: deadline)
            try connection.query("DELETE FROM audit_message WHERE server = $1 AND at < \(now) - $2::float8", [server, keep], deadline: deadline)
            try connection.query("DELETE FROM audit_review WHERE server = $1 AND at < \(now) - $2::float8", [server, keep], deadline: deadline)
            try connection.query("""
                UPDATE queue_request SET done_at = \(now), result = 'expired: not carried out within a day'
                WHERE done_at IS NULL AND requested_at < \(now) - $1::float8
                """, ["\(Self.requestLifetime)"], deadline: deadline)
            try connection.query("DELETE FROM queue_request WHERE done_at < \(now) - $1::float8", [keep], deadline: deadline)
        }
    }
}
