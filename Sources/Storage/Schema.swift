import Foundation
import GRDB

/// A database's schema as named steps, applied together in one transaction: a file is at its
/// old schema or its new one, never between, so an upgrade that fails leaves it as it was and
/// can simply be run again. Applied steps are recorded by name in `grdb_migrations`, the table
/// GRDB's migrator kept, so files made before read as they are.
public struct Schema: Sendable {
    public struct Step: Sendable {
        let name: String
        let apply: @Sendable (Database) throws -> Void

        public init(_ name: String, _ apply: @escaping @Sendable (Database) throws -> Void) {
            self.name = name
            self.apply = apply
        }
    }

    let steps: [Step]

    /// A step left a row whose foreign key points nowhere; nothing was applied.
    public struct ForeignKeyBroken: Error, CustomStringConvertible {
        public let table: String
        public var description: String { "a schema step broke a foreign key in table \(table)" }
    }

    public init(_ steps: [Step]) { self.steps = steps }

    /// Applies the steps the file lacks, all or none. Returns their names (empty: up to date).
    @discardableResult
    public func migrate(_ writer: any DatabaseWriter) throws -> [String] {
        try writer.barrierWriteWithoutTransaction { db in
            // As SQLite's ALTER TABLE guide says: foreign keys off while a step rebuilds a
            // table (or dropping it would cascade), checked before the commit, then on again.
            let enforced = try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") ?? false
            if enforced { try db.execute(sql: "PRAGMA foreign_keys = OFF") }
            defer { if enforced { try? db.execute(sql: "PRAGMA foreign_keys = ON") } }
            var applied: [String] = []
            try db.inTransaction(.immediate) {
                try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                let done = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
                for step in steps where !done.contains(step.name) {
                    try step.apply(db)
                    try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [step.name])
                    applied.append(step.name)
                }
                if enforced, let broken = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") {
                    throw ForeignKeyBroken(table: broken[0] ?? "?")
                }
                return .commit
            }
            return applied
        }
    }

    /// Brings an existing file up to date, waiting up to `busySeconds` for a running milter's
    /// write; nil when there is no file yet (whoever uses it first creates it at the schema).
    public func upgrade(fileAt path: String, busySeconds: Double = 30) throws -> [String]? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var configuration = Configuration()
        configuration.busyMode = .timeout(busySeconds)
        return try migrate(DatabaseQueue(path: path, configuration: configuration))
    }
}
