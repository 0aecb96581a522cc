import Foundation
import TOMLKit

/// `[audit]`: the trail of every decision.
package struct AuditSettings: Sendable, Equatable {
    /// The SQLite file; nil: `audit.sqlite` beside the bulk ledger.
    package var databasePath: String?
    package var keepDays = 365
}

/// `[quarantine]`: the Postfix instance whose hold queue `mailguard quarantine` reviews.
package struct QuarantineSettings: Sendable, Equatable {
    package var postfixConfigDirectory: String?
    /// The socket of `mailguard queue-helper`; nil: the tools are run directly.
    package var helperSocket: String?
    package var helperGroup = "mailguard"

    /// The setting, else `$MAIL_CONFIG`, else nil (Postfix's own default).
    package func configDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        postfixConfigDirectory ?? environment["MAIL_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// `[metrics]`: where the Prometheus endpoint listens (off when nil).
package struct MetricsSettings: Sendable, Equatable {
    package var host: String?
    package var port = 9487

    /// "127.0.0.1:9487" or "[::1]:9487".
    package static func parse(_ text: String) -> (host: String, port: Int)? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (1...65535).contains(port) else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        var v4 = in_addr(), v6 = in6_addr()
        guard inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1 else { return nil }
        return (host, port)
    }
}

package enum OperationsConfig {
    package static func read(_ table: TOMLTable, into config: inout Config, directory: String, reader: inout TableReader) {
        if let audit = reader.table(table, "audit", in: "") {
            reader.expectKeys(audit, in: "audit")
            if let path = reader.string(audit, "database", in: "audit") { config.audit.databasePath = ConfigLoader.absolute(path, relativeTo: directory) }
            if let days = reader.int(audit, "keep_days", in: "audit") { config.audit.keepDays = days }
        }
        if let quarantine = reader.table(table, "quarantine", in: "") {
            reader.expectKeys(quarantine, in: "quarantine")
            if let path = reader.string(quarantine, "postfix_config_directory", in: "quarantine") {
                config.quarantine.postfixConfigDirectory = path.isEmpty ? nil : ConfigLoader.absolute(path, relativeTo: directory)
            }
            if let path = reader.string(quarantine, "helper_socket", in: "quarantine"), !path.isEmpty {
                config.quarantine.helperSocket = ConfigLoader.absolute(path, relativeTo: directory)
            }
            if let group = reader.string(quarantine, "helper_group", in: "quarantine") { config.quarantine.helperGroup = group }
        }
        if let metrics = reader.table(table, "metrics", in: "") {
            reader.expectKeys(metrics, in: "metrics")
            if let listen = reader.string(metrics, "listen", in: "metrics"), !listen.isEmpty {
                if let (host, port) = MetricsSettings.parse(listen) {
                    config.metrics.host = host
                    config.metrics.port = port
                } else {
                    reader.problem("listen", in: "metrics", "'\(listen)' is not ADDRESS:PORT with a numeric address, e.g. \"127.0.0.1:9487\"")
                }
            }
        }
    }
}
