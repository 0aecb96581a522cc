import Foundation
import GRDB
@testable import Storage
import Testing

/// A schema is applied all or nothing, so an upgrade that fails leaves a file as it was.
@Suite("Schema")
struct SchemaTests {
    struct StepFailed: Error {}

    static func tables(_ queue: DatabaseQueue) throws -> [String] {
        try queue.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") }
    }

    @Test("applies the steps a file lacks, names them, and then has nothing to do")
    func applies() throws {
        let queue = try DatabaseQueue()
        let schema = Schema([
            Schema.Step("one") { try $0.execute(sql: "CREATE TABLE a (x)") },
            Schema.Step("two") { try $0.execute(sql: "CREATE TABLE b (y)") },
        ])
        #expect(try schema.migrate(queue) == ["one", "two"])
        #expect(try schema.migrate(queue) == [])
        #expect(try Self.tables(queue) == ["a", "b", "grdb_migrations"])
    }

    @Test("a step that fails undoes the steps before it: the file is at its old schema")
    func allOrNothing() throws {
        let queue = try DatabaseQueue()
        try Schema([Schema.Step("one") { try $0.execute(sql: "CREATE TABLE a (x)") }]).migrate(queue)
        let next = Schema([
            Schema.Step("one") { try $0.execute(sql: "CREATE TABLE a (x)") },
            Schema.Step("two") { db in
                try db.execute(sql: "ALTER TABLE a ADD COLUMN z")
                try db.execute(sql: "CREATE TABLE b (y)")
            },
            Schema.Step("three") { _ in throw StepFailed() },
        ])
        #expect(throws: StepFailed.self) { try next.migrate(queue) }
        #expect(try Self.tables(queue) == ["a", "grdb_migrations"])
        #expect(try queue.read { try String.fetchAll($0, sql: "SELECT name FROM pragma_table_info('a')") } == ["x"])
        #expect(try queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") } == ["one"])
    }

    static func withForeignKeys() throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.prepareDatabase { try $0.execute(sql: "PRAGMA foreign_keys = ON") }
        let queue = try DatabaseQueue(configuration: configuration)
        try Schema([Schema.Step("tables") { db in
            try db.execute(sql: "CREATE TABLE parent (id INTEGER PRIMARY KEY)")
            try db.execute(sql: "CREATE TABLE child (parent_id INTEGER REFERENCES parent(id) ON DELETE CASCADE)")
            try db.execute(sql: "INSERT INTO parent (id) VALUES (1); INSERT INTO child (parent_id) VALUES (1)")
        }]).migrate(queue)
        return queue
    }

    @Test("a step that rebuilds a table others point to keeps their rows (no cascade), and foreign keys are on after")
    func rebuildKeepsChildren() throws {
        let queue = try Self.withForeignKeys()
        let rebuild = Schema.Step("rebuild parent") { db in
            try db.execute(sql: "CREATE TABLE parent_new (id INTEGER PRIMARY KEY, name TEXT)")
            try db.execute(sql: "INSERT INTO parent_new (id) SELECT id FROM parent")
            try db.execute(sql: "DROP TABLE parent")
            try db.execute(sql: "ALTER TABLE parent_new RENAME TO parent")
        }
        #expect(try Schema([Schema.Step("tables") { _ in }, rebuild]).migrate(queue) == ["rebuild parent"])
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM child") } == 1)
        #expect(try queue.read { try Bool.fetchOne($0, sql: "PRAGMA foreign_keys") } == true)
    }

    @Test("a step that leaves a foreign key pointing nowhere is refused whole")
    func brokenForeignKey() throws {
        let queue = try Self.withForeignKeys()
        let orphan = Schema.Step("orphan") { try $0.execute(sql: "DELETE FROM parent") }
        #expect(throws: Schema.ForeignKeyBroken.self) { try Schema([Schema.Step("tables") { _ in }, orphan]).migrate(queue) }
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM parent") } == 1)
        #expect(try queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") } == ["tables"])
    }

    @Test("a file GRDB's migrator made reads as up to date")
    func filesMadeBefore() throws {
        let queue = try DatabaseQueue()
        var migrator = DatabaseMigrator()
        migrator.registerMigration("one") { try $0.execute(sql: "CREATE TABLE a (x)") }
        try migrator.migrate(queue)
        let schema = Schema([
            Schema.Step("one") { try $0.execute(sql: "CREATE TABLE a (x)") },
            Schema.Step("two") { try $0.execute(sql: "CREATE TABLE b (y)") },
        ])
        #expect(try schema.migrate(queue) == ["two"])
    }

    @Test("upgrading a file that does not exist creates nothing")
    func missingFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString).sqlite").path
        #expect(try AuditStore.schema.upgrade(fileAt: path) == nil)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("the stores' files made by the version before this one are brought up to date in place")
    func storesUpgrade() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("audit.sqlite").path
        // A trail as the first released schema left it: its first step only.
        let first = Schema(Array(AuditStore.schema.steps.prefix(1)))
        try first.migrate(DatabaseQueue(path: path))
        let applied = try #require(try AuditStore.schema.upgrade(fileAt: path))
        #expect(applied == AuditStore.schema.steps.dropFirst().map(\.name))
        #expect(try AuditStore.schema.upgrade(fileAt: path) == [])
        _ = try AuditStore(path: path)
    }
}
