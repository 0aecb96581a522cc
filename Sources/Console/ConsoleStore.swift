import Foundation
import GRDB
import Storage

/// The console's own SQLite file (`[console] database`): accounts, sessions, failed logins
/// and the state of safety alerts. The audit trail stays where the milter writes it; this
/// file holds only what the console itself decides. Session tokens are stored as their
/// SHA-256, so a copy of this file signs nobody in.
package final class ConsoleStore: Sendable {
    private let database: DatabaseQueue

    package init(path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
        database = try DatabaseQueue(path: path, configuration: configuration)
        try Self.schema.migrate(database)
    }

    /// In memory, for tests.
    package init() throws {
        database = try DatabaseQueue()
        try Self.schema.migrate(database)
    }

    /// The file's schema, step by step (`mailguard migrate` applies it before a restart).
    package static let schema = Schema([
        Schema.Step("console") { db in
            try db.create(table: "account") { table in
                table.primaryKey("name", .text)
                table.column("role", .text).notNull()
                table.column("password", .text).notNull()
                table.column("disabled", .boolean).notNull().defaults(to: false)
                table.column("created_at", .double).notNull()
            }
            try db.create(table: "session") { table in
                table.primaryKey("token_hash", .text)
                table.column("account", .text).notNull().indexed().references("account", onDelete: .cascade)
                table.column("csrf", .text).notNull()
                table.column("created_at", .double).notNull()
                table.column("seen_at", .double).notNull()
            }
            try db.create(table: "login_failure") { table in
                table.column("key", .text).notNull().indexed()
                table.column("at", .double).notNull()
            }
            try db.create(table: "alert") { table in
                table.primaryKey("queue_id", .text)
                table.column("held_at", .double).notNull()
                table.column("rules", .text).notNull()
                table.column("status", .text).notNull().defaults(to: AlertStatus.new.rawValue)
                table.column("assignee", .text)
                table.column("updated_at", .double)
                table.column("escalated_at", .double)
            }
            try db.create(table: "alert_note") { table in
                table.column("queue_id", .text).notNull().indexed().references("alert", onDelete: .cascade)
                table.column("at", .double).notNull()
                table.column("by", .text).notNull()
                table.column("text", .text).notNull()
            }
        },
    ])

    // MARK: - Accounts

    package struct Account: Sendable, Equatable {
        package var name: String
        package var role: ConsoleRole
        package var disabled: Bool
        package var passwordHash: String
    }

    package func addAccount(_ name: String, role: ConsoleRole, passwordHash: String, at: Date = Date()) throws {
        try database.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM account WHERE name = ?", arguments: [name]) == nil else {
                throw ConsoleError("account '\(name)' exists (change its password with passwd)")
            }
            try db.execute(sql: "INSERT INTO account (name, role, password, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [name, role.rawValue, passwordHash, at.timeIntervalSince1970])
        }
    }

    /// A new password ends every session of the account.
    package func setPassword(_ name: String, hash: String) throws {
        try database.write { db in
            try db.execute(sql: "UPDATE account SET password = ?, disabled = 0 WHERE name = ?", arguments: [hash, name])
            guard db.changesCount == 1 else { throw ConsoleError("no account '\(name)'") }
            try db.execute(sql: "DELETE FROM session WHERE account = ?", arguments: [name])
        }
    }

    /// Disabling ends every session of the account at once.
    package func disable(_ name: String) throws {
        try database.write { db in
            try db.execute(sql: "UPDATE account SET disabled = 1 WHERE name = ?", arguments: [name])
            guard db.changesCount == 1 else { throw ConsoleError("no account '\(name)'") }
            try db.execute(sql: "DELETE FROM session WHERE account = ?", arguments: [name])
        }
    }

    package func account(_ name: String) throws -> Account? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM account WHERE name = ?", arguments: [name]).flatMap(Self.account)
        }
    }

    package func accounts() throws -> [Account] {
        try database.read { db in try Row.fetchAll(db, sql: "SELECT * FROM account ORDER BY name").compactMap(Self.account) }
    }

    private static func account(_ row: Row) -> Account? {
        guard let role = ConsoleRole(rawValue: row["role"]) else { return nil }
        return Account(name: row["name"], role: role, disabled: row["disabled"], passwordHash: row["password"])
    }

    // MARK: - Sessions

    package struct Session: Sendable, Equatable {
        package var account: Account
        package var csrf: String
    }

    package func createSession(tokenHash: String, account: String, csrf: String, at: Date = Date()) throws {
        try database.write { db in
            try db.execute(sql: "INSERT INTO session (token_hash, account, csrf, created_at, seen_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [tokenHash, account, csrf, at.timeIntervalSince1970, at.timeIntervalSince1970])
        }
    }

    /// The live session of a token, touched; nil when unknown, expired, idle too long or its
    /// account is disabled (an ended session is deleted).
    package func session(tokenHash: String, maxAge: TimeInterval, maxIdle: TimeInterval, now: Date = Date()) throws -> Session? {
        try database.write { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT s.csrf, s.created_at, s.seen_at, a.* FROM session s JOIN account a ON a.name = s.account WHERE s.token_hash = ?
                """, arguments: [tokenHash]) else { return nil }
            let created: Double = row["created_at"], seen: Double = row["seen_at"]
            let now = now.timeIntervalSince1970
            guard let account = Self.account(row), !account.disabled, now - created < maxAge, now - seen < maxIdle else {
                try db.execute(sql: "DELETE FROM session WHERE token_hash = ?", arguments: [tokenHash])
                return nil
            }
            try db.execute(sql: "UPDATE session SET seen_at = ? WHERE token_hash = ?", arguments: [now, tokenHash])
            return Session(account: account, csrf: row["csrf"])
        }
    }

    package func endSession(tokenHash: String) throws {
        try database.write { db in try db.execute(sql: "DELETE FROM session WHERE token_hash = ?", arguments: [tokenHash]) }
    }

    package func pruneSessions(olderThan date: Date) throws {
        try database.write { db in try db.execute(sql: "DELETE FROM session WHERE created_at < ?", arguments: [date.timeIntervalSince1970]) }
    }

    // MARK: - Login throttling

    /// Failed logins under `key` (an account name, a client address) since `since`.
    package func failures(_ key: String, since: Date) throws -> Int {
        try database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM login_failure WHERE key = ? AND at >= ?", arguments: [key, since.timeIntervalSince1970]) ?? 0
        }
    }

    package func addFailure(_ keys: [String], at: Date = Date(), forgetBefore: Date) throws {
        try database.write { db in
            try db.execute(sql: "DELETE FROM login_failure WHERE at < ?", arguments: [forgetBefore.timeIntervalSince1970])
            for key in keys {
                try db.execute(sql: "INSERT INTO login_failure (key, at) VALUES (?, ?)", arguments: [key, at.timeIntervalSince1970])
            }
        }
    }

    package func clearFailures(_ key: String) throws {
        try database.write { db in try db.execute(sql: "DELETE FROM login_failure WHERE key = ?", arguments: [key]) }
    }

    // MARK: - Safety alerts

    package struct AlertState: Sendable, Equatable {
        package var queueID: String
        package var heldAt: Date
        package var rules: [String]
        package var status: AlertStatus
        package var assignee: String?
        package var notes: [Note]
    }

    package struct Note: Sendable, Equatable {
        package var at: Date
        package var by: String
        package var text: String
    }

    /// Registers alerts seen in the trail (new ones start `new`); existing states stay.
    package func noteAlerts(_ alerts: [(queueID: String, heldAt: Date, rules: [String])]) throws {
        try database.write { db in
            for alert in alerts {
                try db.execute(sql: "INSERT OR IGNORE INTO alert (queue_id, held_at, rules) VALUES (?, ?, ?)",
                               arguments: [alert.queueID, alert.heldAt.timeIntervalSince1970, alert.rules.joined(separator: ",")])
            }
        }
    }

    package func alerts(_ queueIDs: [String]) throws -> [String: AlertState] {
        try database.read { db in
            var states: [String: AlertState] = [:]
            for id in queueIDs {
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM alert WHERE queue_id = ?", arguments: [id]) else { continue }
                let notes = try Row.fetchAll(db, sql: "SELECT at, by, text FROM alert_note WHERE queue_id = ? ORDER BY at, rowid", arguments: [id]).map {
                    Note(at: Date(timeIntervalSince1970: $0["at"]), by: $0["by"], text: $0["text"])
                }
                states[id] = AlertState(
                    queueID: id, heldAt: Date(timeIntervalSince1970: row["held_at"]), rules: (row["rules"] as String).split(separator: ",").map(String.init),
                    status: AlertStatus(rawValue: row["status"]) ?? .new, assignee: row["assignee"], notes: notes
                )
            }
            return states
        }
    }

    package func updateAlert(_ queueID: String, status: AlertStatus?, assignee: String?, note: String?, by: String, at: Date = Date()) throws {
        try database.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM alert WHERE queue_id = ?", arguments: [queueID]) != nil else {
                throw ConsoleError("no alert for \(queueID)")
            }
            if let status {
                try db.execute(sql: "UPDATE alert SET status = ?, updated_at = ? WHERE queue_id = ?", arguments: [status.rawValue, at.timeIntervalSince1970, queueID])
            }
            if let assignee {
                try db.execute(sql: "UPDATE alert SET assignee = ?, updated_at = ? WHERE queue_id = ?",
                               arguments: [assignee.isEmpty ? nil : assignee, at.timeIntervalSince1970, queueID])
            }
            if let note, !note.isEmpty {
                try db.execute(sql: "INSERT INTO alert_note (queue_id, at, by, text) VALUES (?, ?, ?, ?)", arguments: [queueID, at.timeIntervalSince1970, by, note])
            }
        }
    }

    /// Claims the escalation of alerts still `new` since before `cutoff` and not escalated
    /// within `interval`: the update is one statement, so of several console processes on
    /// this file exactly one claims each alert per interval. Returns the claimed ones.
    package func claimEscalations(cutoff: Date, interval: TimeInterval, now: Date = Date()) throws -> [AlertState] {
        // IMMEDIATE: the write lock is taken before the select, so two processes never both see an alert as due.
        let claimed: [String] = try database.writeWithoutTransaction { db in
            var due: [String] = []
            try db.inTransaction(.immediate) {
                due = try String.fetchAll(db, sql: """
                    SELECT queue_id FROM alert WHERE status = 'new' AND held_at < ? AND (escalated_at IS NULL OR escalated_at <= ?)
                    """, arguments: [cutoff.timeIntervalSince1970, now.timeIntervalSince1970 - interval])
                for id in due {
                    try db.execute(sql: "UPDATE alert SET escalated_at = ? WHERE queue_id = ?", arguments: [now.timeIntervalSince1970, id])
                }
                return .commit
            }
            return due
        }
        return try alerts(claimed).values.sorted { $0.heldAt < $1.heldAt }
    }

    /// False alarms per rule: which rules to tune.
    package func falseAlarmsByRule() throws -> [(rule: String, count: Int)] {
        let rows = try database.read { db in try String.fetchAll(db, sql: "SELECT rules FROM alert WHERE status = 'false-alarm'") }
        var counts: [String: Int] = [:]
        for rules in rows { for rule in rules.split(separator: ",") { counts[String(rule), default: 0] += 1 } }
        return counts.map { (rule: $0.key, count: $0.value) }.sorted { ($0.count, $1.rule) > ($1.count, $0.rule) }
    }
}

package enum AlertStatus: String, Sendable, CaseIterable {
    case new
    case inReview = "in-review"
    case resolved
    case falseAlarm = "false-alarm"

    package var title: String {
        switch self {
        case .new: "new"
        case .inReview: "in review"
        case .resolved: "resolved"
        case .falseAlarm: "false alarm"
        }
    }
}

package struct ConsoleError: Error, CustomStringConvertible {
    package var description: String
    package init(_ description: String) { self.description = description }
}
