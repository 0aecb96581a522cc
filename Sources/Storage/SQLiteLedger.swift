import Foundation
import GRDB
import Policy

/// Where the milter's ledger is kept on disk (SQLite, GRDB): one table of timestamped
/// entries (rate windows, fan-out fingerprints). The milter counts in memory
/// (`PersistentLedger`); this file takes its entries in batches and gives them back at start.
public final class SQLiteLedger: Sendable {
    private let database: DatabaseQueue

    /// Opens (creating if needed) the database at `path`.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            // Several MailGuard processes (or servers on a shared disk) may use one file.
            try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        database = try DatabaseQueue(path: path, configuration: configuration)
        try Self.schema.migrate(database)
    }

    /// A private database in memory, for tests.
    public init() throws {
        database = try DatabaseQueue()
        try Self.schema.migrate(database)
    }

    /// Every entry after `since`, oldest first: what a restarted milter counts from.
    public func entries(since: Date) throws -> [LedgerEntry] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT kind, subject, value, weight, at FROM ledger WHERE at > ? ORDER BY at",
                             arguments: [since.timeIntervalSince1970]).map { row in
                LedgerEntry(kind: row["kind"], subject: row["subject"], value: row["value"], weight: row["weight"],
                            at: Date(timeIntervalSince1970: row["at"]))
            }
        }
    }

    /// Adds a batch in one transaction.
    public func append(_ entries: [LedgerEntry]) throws {
        try database.write { db in
            for entry in entries {
                try db.execute(sql: "INSERT INTO ledger (kind, subject, value, weight, at) VALUES (?, ?, ?, ?, ?)",
                               arguments: [entry.kind, entry.subject, entry.value, entry.weight, entry.at.timeIntervalSince1970])
            }
        }
    }

    public func prune(before: Date) throws {
        try database.write { db in
            try db.execute(sql: "DELETE FROM ledger WHERE at <= ?", arguments: [before.timeIntervalSince1970])
        }
    }

    /// The file's schema, step by step (`mailguard migrate` applies it before a restart).
    public static let schema = Schema([
        Schema.Step("ledger") { db in
            try db.create(table: "ledger") { table in
                table.column("kind", .text).notNull()
                table.column("subject", .text).notNull()
                table.column("value", .integer).notNull()
                table.column("weight", .integer).notNull()
                table.column("at", .double).notNull()
            }
            try db.create(index: "ledger_by_subject", on: "ledger", columns: ["kind", "subject", "at"])
            try db.create(index: "ledger_by_time", on: "ledger", columns: ["kind", "at"])
        },
        Schema.Step("ledger by time") { db in
            // Pruning deletes by time alone.
            try db.create(index: "ledger_by_age", on: "ledger", columns: ["at"])
        },
    ])
}
