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
