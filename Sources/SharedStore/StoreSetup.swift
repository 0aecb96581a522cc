import Configuration
import Foundation

extension StoreSettings {
    /// Where the store is, with the password read now; nil when no store is configured.
    /// `timeout`: the mail path's (`timeout_ms`) unless an admin command asks for longer.
    package func endpoint(timeout: Duration? = nil) throws -> PostgresEndpoint? {
        guard let url else { return nil }
        var endpoint = PostgresEndpoint(url: url, password: try password(), timeout: timeout ?? .milliseconds(timeoutMilliseconds))
        endpoint.applicationName = "mailguard \(server)"
        return endpoint
    }
}

/// What an admin command learns from the store: reachable, and at which schema version.
package enum StoreProbe {
    /// Connects (waiting up to `timeout`) and reads the schema version.
    package static func version(_ settings: StoreSettings, timeout: Duration = .seconds(10)) throws -> Int? {
        guard let endpoint = try settings.endpoint(timeout: timeout) else { return nil }
        let connection = try PostgresConnection(endpoint)
        defer { connection.close() }
        return try SharedSchema.version(connection, deadline: .now + timeout)
    }

    /// Brings the schema up to date; returns the versions applied.
    package static func migrate(_ settings: StoreSettings, timeout: Duration = .seconds(60)) throws -> [Int] {
        guard let endpoint = try settings.endpoint(timeout: timeout) else { return [] }
        let connection = try PostgresConnection(endpoint)
        defer { connection.close() }
        return try SharedSchema.migrate(connection, deadline: .now + timeout)
    }

    /// The line `mailguard check` prints, and whether it is a problem.
    package static func checkLine(_ settings: StoreSettings) -> (ok: Bool, text: String) {
        guard let url = settings.url else { return (true, "store: this server's own SQLite (no [store] url)") }
        let shown = PostgresEndpoint(url: url, timeout: .seconds(10)).redactedURL
        do {
            let found = try version(settings) ?? 0
            if found == SharedSchema.current {
                return (true, "store: \(shown) as server \(settings.server): reachable, schema version \(found)")
            }
            let advice = found < SharedSchema.current ? "run mailguard store migrate" : "this MailGuard is older than the store"
            return (false, "store: \(shown): schema version \(found), this MailGuard needs \(SharedSchema.current): \(advice)")
        } catch {
            return (false, "store: \(shown): \(error)")
        }
    }
}

extension PostgresPool {
    /// A pool for work off the mail path (the audit outbox, requests, admin commands): one
    /// connection, and up to `timeout` for each statement.
    package static func background(_ settings: StoreSettings, timeout: Duration = .seconds(10)) throws -> PostgresPool? {
        guard let endpoint = try settings.endpoint(timeout: timeout) else { return nil }
        return PostgresPool(endpoint: endpoint, size: 1, retryAfter: .seconds(settings.retrySeconds))
    }
}
