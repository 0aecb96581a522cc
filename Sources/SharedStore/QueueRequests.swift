import Foundation

/// Releases and deletes asked of another server's hold queue, through the shared store: a
/// reviewer on one server leaves a request for the server that holds the message; that
/// server's milter carries it out on its own Postfix queue (through the same checked path
/// as its own CLI) and writes the result back. No server needs a shell on another.
public final class QueueRequests: Sendable {
    public struct Request: Sendable, Equatable {
        public var id: Int64
        public var server: String
        public var queueID: String
        /// `release` or `delete`.
        public var action: String
        public var requestedBy: String
        public var requestedFrom: String
        public var reason: String?
        public var requestedAt: Date
        public var doneAt: Date?
        /// `released`, `deleted`, or why not.
        public var result: String?
    }

    public static let actions = ["release", "delete"]

    private let pool: PostgresPool
    private let timeout: Duration

    public init(pool: PostgresPool, timeout: Duration = .seconds(10)) {
        self.pool = pool
        self.timeout = timeout
    }

    /// Leaves a request for `server`; returns its id.
    public func submit(server: String, queueID: String, action: String, by: String, from: String, reason: String?) throws -> Int64 {
        precondition(Self.actions.contains(action))
        let rows = try pool.withConnection(deadline: .now + timeout) { connection, deadline in
            try connection.query("""
                INSERT INTO queue_request (server, queue_id, action, requested_by, requested_from, reason, requested_at)
                VALUES ($1, $2, $3, $4, $5, $6, extract(epoch FROM clock_timestamp())) RETURNING id
                """, [server, queueID, action, by, from, reason], deadline: deadline)
        }
        guard let id = rows.first?.first.flatMap({ $0 }).flatMap(Int64.init) else { throw StoreError.failed(sqlState: "MG003", message: "no request id") }
        return id
    }

    /// Whether a server of this name has shipped audit records to the store: a request for
    /// any other name would wait for no one.
    public func knows(server: String) throws -> Bool {
        try pool.withConnection(deadline: .now + timeout) { connection, deadline in
            try connection.query("SELECT EXISTS (SELECT 1 FROM audit_message WHERE server = $1)", [server], deadline: deadline).first?.first == "t"
        }
    }

    /// The request as it stands.
    public func request(_ id: Int64) throws -> Request? {
        try select("WHERE id = $1", ["\(id)"]).first
    }

    /// Waits until the request is done or `patience` runs out; returns it as it stands.
    public func wait(for id: Int64, patience: Duration) throws -> Request? {
        let until = ContinuousClock.now + patience
        while true {
            let request = try request(id)
            if request?.doneAt != nil || ContinuousClock.now >= until { return request }
            Thread.sleep(forTimeInterval: 0.25)
        }
    }

    /// The newest requests, newest first.
    public func recent(limit: Int) throws -> [Request] {
        try select("ORDER BY id DESC LIMIT $1", ["\(max(0, limit))"])
    }

    /// Carries out this server's open requests, oldest first, each in its own transaction
    /// holding the request's row (`FOR UPDATE SKIP LOCKED`: a second milter of the same
    /// server skips it). `perform` does the work and returns the result written back.
    @discardableResult
    public func carryOut(server: String, _ perform: (Request) -> String) throws -> Int {
        var done = 0
        while true {
            let handled = try pool.withConnection(deadline: .now + timeout) { connection, deadline -> Bool in
                try connection.query("BEGIN", deadline: deadline)
                do {
                    let rows = try connection.query("SELECT \(Self.columns) FROM queue_request WHERE server = $1 AND done_at IS NULL ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED",
                                                    [server], deadline: deadline)
                    guard let request = rows.values.compactMap(Self.request).first else {
                        try connection.query("COMMIT", deadline: deadline)
                        return false
                    }
                    let result = perform(request)
                    try connection.query("UPDATE queue_request SET done_at = extract(epoch FROM clock_timestamp()), result = $2 WHERE id = $1",
                                         ["\(request.id)", String(result.prefix(500))], deadline: .now + timeout)
                    try connection.query("COMMIT", deadline: .now + timeout)
                    return true
                } catch {
                    if connection.isOpen { _ = try? connection.query("ROLLBACK", deadline: deadline) }
                    throw error
                }
            }
            guard handled else { return done }
            done += 1
        }
    }

    private static let columns = "id, server, queue_id, action, requested_by, requested_from, reason, requested_at, done_at, result"

    private func select(_ tail: String, _ parameters: [String?]) throws -> [Request] {
        try pool.withConnection(deadline: .now + timeout) { connection, deadline in
            try connection.query("SELECT \(Self.columns) FROM queue_request \(tail)", parameters, deadline: deadline).values.compactMap(Self.request)
        }
    }

    private static func request(_ row: [String?]) -> Request? {
        guard row.count == 10, let id = row[0].flatMap(Int64.init), let server = row[1], let queueID = row[2], let action = row[3],
              let by = row[4], let from = row[5], let at = row[7].flatMap(Double.init) else { return nil }
        return Request(id: id, server: server, queueID: queueID, action: action, requestedBy: by, requestedFrom: from, reason: row[6],
                       requestedAt: Date(timeIntervalSince1970: at), doneAt: row[8].flatMap(Double.init).map(Date.init(timeIntervalSince1970:)), result: row[9])
    }
}
