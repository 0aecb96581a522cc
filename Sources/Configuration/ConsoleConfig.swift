import Foundation
import Policy
import TOMLKit

/// Which reviewers a held message belongs to: the privacy office (guidelines 3, 6 and 9:
/// personal data, records, attachments, bulk) or the safety team (guideline 8).
package enum ReviewArea: String, Sendable, CaseIterable, Comparable {
    case privacy, safety

    /// The reviewer role that owns the area.
    package var reviewerRole: String { "\(rawValue)-reviewer" }

    package static func < (lhs: ReviewArea, rhs: ReviewArea) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// `[console]`: the review console's address, its own database, how it trusts a proxy, and
/// which finding kinds each reviewer role owns.
package struct ConsoleSettings: Sendable, Equatable {
    package var host = "127.0.0.1"
    package var port = 8025
    /// `https://mailguard.district.example`: links in digests, alerts and notices point here.
    package var publicURL: String?
    /// Accounts, sessions, login throttling and alert states; nil: `console.sqlite` beside the audit trail.
    package var databasePath: String?
    /// Directory of the pages' `*.mustache` templates; relative to the config file.
    package var templatesDirectory = "console"
    package var trustedProxies: [Network] = []
    /// Cookies are `Secure`: the console is reached through TLS (a reverse proxy).
    package var behindTLS = false
    package var sessionMinutes = 480
    package var idleMinutes = 60
    package var escalateMinutes = 30
    /// Kinds named in `[console.roles]`, over the defaults.
    package var roles: [String: ReviewArea] = [:]

    /// Guideline 8: what the safety team reviews. Every other kind is the privacy office's,
    /// bulk and chain letters included, unless `[console.roles]` says otherwise.
    package static let safetyKinds: Set<String> = [
        "threat", "self-harm", "weapons", "harassment", "sexual", "profanity", "substance", "gambling", "solicitation",
    ]

    package func area(of kind: String) -> ReviewArea {
        roles[kind] ?? (Self.safetyKinds.contains(kind) ? .safety : .privacy)
    }

    /// The link to a held message's page, when the console has a public address.
    package func link(toHold queueID: String) -> String? {
        NoticeWriter.consoleLink(publicURL, queueID: queueID)
    }
}

package enum ConsoleConfig {
    package static func read(_ table: TOMLTable, into config: inout Config, directory: String, reader: inout TableReader) {
        config.console.templatesDirectory = (directory as NSString).appendingPathComponent("console")
        guard let console = reader.table(table, "console", in: "") else { return }
        reader.expectKeys(console, in: "console")
        var settings = config.console
        if let listen = reader.string(console, "listen", in: "console") {
            if let (host, port) = MetricsSettings.parse(listen) {
                settings.host = host
                settings.port = port
            } else {
                reader.problem("listen", in: "console", "'\(listen)' is not ADDRESS:PORT with a numeric address, e.g. \"127.0.0.1:8025\"")
            }
        }
        if let url = reader.string(console, "public_url", in: "console"), !url.isEmpty {
            if let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme), parsed.host != nil, parsed.query == nil {
                settings.publicURL = url.hasSuffix("/") ? String(url.dropLast()) : url
            } else {
                reader.problem("public_url", in: "console", "'\(url)' is not an http(s) address such as \"https://mailguard.district.example\"")
            }
        }
        if let path = reader.string(console, "database", in: "console") { settings.databasePath = ConfigLoader.absolute(path, relativeTo: directory) }
        if let path = reader.string(console, "templates", in: "console") { settings.templatesDirectory = ConfigLoader.absolute(path, relativeTo: directory) }
        for text in reader.strings(console, "trusted_proxies", in: "console") ?? [] {
            if let network = Network(text) { settings.trustedProxies.append(network) } else {
                reader.problem("trusted_proxies", in: "console", "'\(text)' is not an address or network (CIDR)")
            }
        }
        if let tls = reader.bool(console, "behind_tls", in: "console") { settings.behindTLS = tls }
        if let minutes = reader.int(console, "session_minutes", in: "console") { settings.sessionMinutes = minutes }
        if let minutes = reader.int(console, "idle_minutes", in: "console") { settings.idleMinutes = minutes }
        if let minutes = reader.int(console, "escalate_minutes", in: "console") { settings.escalateMinutes = minutes }
        if let roles = reader.table(console, "roles", in: "console") {
            for kind in roles.keys.sorted() {
                guard let role = reader.string(roles, kind, in: "console.roles") else { continue }
                if let area = ReviewArea.allCases.first(where: { $0.reviewerRole == role }) { settings.roles[kind] = area } else {
                    reader.problem(kind, in: "console.roles", "'\(role)' is not a reviewer role (privacy-reviewer or safety-reviewer)")
                }
            }
        }
        config.console = settings
    }
}
