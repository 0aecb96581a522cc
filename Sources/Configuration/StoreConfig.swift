import Foundation
import TOMLKit

/// `[store]`: the PostgreSQL store several mail servers share (sending windows, fan-out
/// fingerprints, the central audit trail). Off (nil `url`): each server keeps its own SQLite.
package struct StoreSettings: Sendable, Equatable {
    /// A libpq URI, `postgres://USER@HOST:PORT/DATABASE?sslmode=verify-full`; nil: off.
    package var url: String?
    /// A file holding the password (first line); else `$MAILGUARD_STORE_PASSWORD`, else
    /// libpq's own (`~/.pgpass`, `$PGPASSFILE`).
    package var passwordFile: String?
    /// The longest a decision waits on the store, both of its transactions together.
    package var timeoutMilliseconds = 200
    package var connections = 4
    /// After the store failed to answer, it is tried again after this long.
    package var retrySeconds = 5
    /// This server's name in the shared store (the `server` column); default: the host name.
    package var server = ProcessInfo.processInfo.hostName

    package static let passwordVariable = "MAILGUARD_STORE_PASSWORD"

    package init() {}

    /// The password from the file or the environment (nil: libpq finds its own, or none).
    package func password(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String? {
        if let passwordFile {
            let text = try String(contentsOfFile: passwordFile, encoding: .utf8)
            return String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        }
        return environment[Self.passwordVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether a URL carries a password (`user:password@`, or a `password=` parameter, also
    /// written with percent escapes).
    package static func holdsPassword(_ url: String) -> Bool {
        redacted(url) != url
    }

    /// The URL with any password in it masked, for logs, problems and `mailguard check`. A
    /// query whose decoded form names a password is masked whole.
    package static func redacted(_ url: String) -> String {
        var text = url
        // user:password@host: the password runs from the first ':' after '//' to the last '@'.
        if let start = text.range(of: "//")?.upperBound {
            let authority = text[start...].prefix { $0 != "/" && $0 != "?" }
            if let at = authority.lastIndex(of: "@"), let colon = text[start..<at].firstIndex(of: ":") {
                text.replaceSubrange(text.index(after: colon)..<at, with: "***")
            }
        }
        if let question = text.firstIndex(of: "?") {
            let query = String(text[text.index(after: question)...])
            let decoded = (query.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? query).lowercased()
            if decoded.split(separator: "&").contains(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("password") }) {
                text.replaceSubrange(text.index(after: question)..., with: "***")
            }
        }
        return text
    }
}

package enum StoreConfig {
    package static func read(_ table: TOMLTable, into settings: inout StoreSettings, directory: String, reader: inout TableReader) {
        guard let store = reader.table(table, "store", in: "") else { return }
        reader.expectKeys(store, in: "store")
        if let url = reader.string(store, "url", in: "store"), !url.isEmpty {
            if !(url.hasPrefix("postgres://") || url.hasPrefix("postgresql://")) {
                reader.problem("url", in: "store", "'\(StoreSettings.redacted(url))' is not a postgres:// URL")
            } else if StoreSettings.holdsPassword(url) {
                reader.problem("url", in: "store", "the URL holds a password: put it in password_file or $\(StoreSettings.passwordVariable) instead")
            } else {
                settings.url = url
            }
        }
        if let path = reader.string(store, "password_file", in: "store"), !path.isEmpty {
            settings.passwordFile = ConfigLoader.absolute(path, relativeTo: directory)
        }
        if let value = reader.int(store, "timeout_ms", in: "store") { settings.timeoutMilliseconds = value }
        if let value = reader.int(store, "connections", in: "store") { settings.connections = value }
        if let value = reader.int(store, "retry_seconds", in: "store") { settings.retrySeconds = value }
        if let value = reader.string(store, "server", in: "store") {
            if value.isEmpty || value.count > 64 || value.contains(where: { $0.isWhitespace || $0.isNewline }) {
                reader.problem("server", in: "store", "'\(value)' is not a server name (1 to 64 characters, no spaces)")
            } else {
                settings.server = value
            }
        }
    }
}
