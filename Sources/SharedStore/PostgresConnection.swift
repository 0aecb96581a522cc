import CLibPQ
import Configuration
import Foundation
import Glibc

/// What went wrong talking to PostgreSQL. `unavailable` (no connection, a timeout, a lost
/// connection) means the store cannot answer now; `failed` means it answered with an error.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case unavailable(String)
    case failed(sqlState: String, message: String)

    /// The store refused a value itself (SQLSTATE class 22, data exception, or 23, integrity
    /// constraint): sending it again will not help.
    public var isDataError: Bool {
        if case .failed(let state, _) = self { return state.hasPrefix("22") || state.hasPrefix("23") }
        return false
    }

    public var description: String {
        switch self {
        case .unavailable(let reason): "shared store unavailable: \(reason)"
        case .failed(let state, let message): "shared store error \(state): \(message)"
        }
    }
}

/// Where the shared store is and how long a caller may wait for it.
public struct PostgresEndpoint: Sendable, Equatable {
    /// A libpq connection URI (`postgres://user@host:5432/db?sslmode=require`).
    public var url: String
    /// Read from a file or the environment, never part of `url` in the config.
    public var password: String?
    /// The longest any one statement (or connecting) may take.
    public var timeout: Duration
    /// Shown in `pg_stat_activity`.
    public var applicationName = "mailguard"

    public init(url: String, password: String? = nil, timeout: Duration) {
        self.url = url
        self.password = password
        self.timeout = timeout
    }

    /// The URL with any password in it masked, for logs and `mailguard check`.
    public var redactedURL: String { StoreSettings.redacted(url) }
}

/// One libpq connection, used by one thread at a time. Every call has a deadline: libpq runs
/// non-blocking and this waits on the socket with `poll`, so a store that stops answering
/// (killed, stopped, a cut cable) costs a caller the timeout and never more. After a
/// timeout or a lost connection the connection is closed; the server rolls back whatever
/// was open and releases its locks when it sees the socket close.
public final class PostgresConnection {
    private var handle: OpaquePointer?

    /// Rows of text values (nil: SQL NULL).
    public struct Rows {
        public var values: [[String?]]
        public var first: [String?]? { values.first }
    }

    /// Connects within `endpoint.timeout`, or by `deadline` if that comes first.
    public init(_ endpoint: PostgresEndpoint, deadline: ContinuousClock.Instant? = nil) throws(StoreError) {
        let deadline = min(deadline ?? .now + endpoint.timeout, .now + endpoint.timeout)
        let seconds = max(1, Int((endpoint.timeout.components.seconds) + (endpoint.timeout.components.attoseconds > 0 ? 1 : 0)))
        // A backend whose client vanished inside a transaction gives its locks back.
        let options = "-c idle_in_transaction_session_timeout=\(max(1000, Self.milliseconds(endpoint.timeout) * 4))"
        // The URL comes after the defaults, so a parameter in it wins (libpq: later values
        // override earlier ones); the encoding is pinned after it.
        var keywords = ["application_name", "connect_timeout", "options", "dbname", "client_encoding"]
        var values = [endpoint.applicationName, "\(seconds)", options, endpoint.url, "UTF8"]
        if let password = endpoint.password {
            keywords.append("password")
            values.append(password)
        }
        let connection = Self.withCStrings(keywords) { keys in
            Self.withCStrings(values) { vals in PQconnectStartParams(keys, vals, 1) }
        }
        handle = connection
        guard let connection, PQstatus(connection) != CONNECTION_BAD else {
            let reason = connection.map(Self.message) ?? "out of memory"
            close()
            throw .unavailable(reason)
        }
        var state = PGRES_POLLING_WRITING
        while state != PGRES_POLLING_OK {
            switch state {
            case PGRES_POLLING_READING, PGRES_POLLING_WRITING:
                guard Self.wait(PQsocket(connection), forWriting: state == PGRES_POLLING_WRITING, until: deadline) else {
                    close()
                    throw .unavailable("no connection within \(endpoint.timeout)")
                }
            default:
                let reason = Self.message(connection)
                close()
                throw .unavailable(reason)
            }
            state = PQconnectPoll(connection)
        }
        PQsetnonblocking(connection, 1)
        // Server notices ("relation already exists, skipping") are not errors: not printed.
        PQsetNoticeProcessor(connection, { _, _ in }, nil)
    }

    deinit { close() }

    public var isOpen: Bool { handle != nil }

    public func close() {
        if let handle { PQfinish(handle) }
        handle = nil
    }

    /// Runs one statement with text parameters (`$1`, `$2`, ...) and returns its rows.
    @discardableResult
    public func query(_ sql: String, _ parameters: [String?] = [], deadline: ContinuousClock.Instant) throws(StoreError) -> Rows {
        guard let connection = handle else { throw .unavailable("connection closed") }
        let sent = Self.withOptionalCStrings(parameters) { values in
            PQsendQueryParams(connection, sql, Int32(parameters.count), nil, values, nil, nil, 0)
        }
        guard sent == 1 else { throw fail("cannot send: \(Self.message(connection))") }
        return try collect(connection, deadline: deadline)
    }

    /// Runs several statements without parameters in one round trip (the simple query
    /// protocol); values in them must be quoted with `literal`. Returns the last one's rows.
    @discardableResult
    public func script(_ sql: String, deadline: ContinuousClock.Instant) throws(StoreError) -> Rows {
        guard let connection = handle else { throw .unavailable("connection closed") }
        guard PQsendQuery(connection, sql) == 1 else { throw fail("cannot send: \(Self.message(connection))") }
        return try collect(connection, deadline: deadline)
    }

    /// A string as an SQL literal, quoted by libpq for this connection's encoding. A NUL
    /// (which PostgreSQL's text cannot hold) becomes U+FFFD.
    public func literal(_ text: String) throws(StoreError) -> String {
        guard let connection = handle else { throw .unavailable("connection closed") }
        let text = text.contains("\0") ? text.replacingOccurrences(of: "\0", with: "\u{FFFD}") : text
        guard let quoted = PQescapeLiteral(connection, text, text.utf8.count) else { throw .failed(sqlState: "22000", message: Self.message(connection)) }
        defer { PQfreemem(quoted) }
        return String(cString: quoted)
    }

    /// Sends what is buffered, then reads every result of the statement(s) sent.
    private func collect(_ connection: OpaquePointer, deadline: ContinuousClock.Instant) throws(StoreError) -> Rows {
        while true {
            let flushed = PQflush(connection)
            if flushed == 0 { break }
            guard flushed == 1, Self.wait(PQsocket(connection), forWriting: true, until: deadline) else { throw fail("timed out sending") }
        }
        var rows = Rows(values: [])
        var error: StoreError?
        while true {
            while PQisBusy(connection) == 1 {
                guard Self.wait(PQsocket(connection), forWriting: false, until: deadline) else { throw fail("no answer in time") }
                guard PQconsumeInput(connection) == 1 else { throw fail(Self.message(connection)) }
            }
            guard let result = PQgetResult(connection) else { break }
            defer { PQclear(result) }
            switch PQresultStatus(result) {
            case PGRES_TUPLES_OK:
                rows = Self.rows(result)
            case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
                rows = Rows(values: [])
            default:
                if error == nil {
                    let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? "XX000"
                    let message = PQresultErrorField(result, Int32(UInt8(ascii: "M"))).map { String(cString: $0) } ?? Self.message(connection)
                    error = .failed(sqlState: state, message: message)
                }
            }
        }
        if PQstatus(connection) == CONNECTION_BAD { throw fail(Self.message(connection)) }
        if let error { throw error }
        return rows
    }

    /// Closes the connection (its state is unknown) and names the reason.
    private func fail(_ reason: String) -> StoreError {
        close()
        return .unavailable(reason)
    }

    private static func rows(_ result: OpaquePointer) -> Rows {
        let count = PQntuples(result), columns = PQnfields(result)
        var values: [[String?]] = []
        values.reserveCapacity(Int(count))
        for row in 0..<count {
            values.append((0..<columns).map { column in
                PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
            })
        }
        return Rows(values: values)
    }

    /// Waits until the socket is ready or the deadline passes (false). EINTR waits again.
    private static func wait(_ socket: Int32, forWriting: Bool, until deadline: ContinuousClock.Instant) -> Bool {
        guard socket >= 0 else { return false }
        while true {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { return false }
            var descriptor = pollfd(fd: socket, events: Int16(forWriting ? POLLOUT : POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(max(1, milliseconds(left))))
            if ready > 0 { return true }
            if ready == 0 { continue }
            if errno != EINTR { return false }
        }
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds) * 1000 + Int(duration.components.attoseconds / 1_000_000_000_000_000)
    }

    private static func message(_ connection: OpaquePointer) -> String {
        guard let text = PQerrorMessage(connection) else { return "unknown error" }
        // libpq's messages run over several lines ("\tIs the server running..."): one line.
        return String(cString: text).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    private static func withCStrings<T>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> T) -> T {
        let copies = strings.map { strdup($0) } + [nil]
        defer { copies.forEach { free($0) } }
        return copies.map { UnsafePointer($0) }.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    private static func withOptionalCStrings<T>(_ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> T) -> T {
        let copies = strings.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        return copies.map { UnsafePointer($0) }.withUnsafeBufferPointer { body($0.baseAddress) }
    }
}
