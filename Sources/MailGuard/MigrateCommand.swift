import ArgumentParser
import Configuration
import Console
import Foundation
import Storage

/// `mailguard migrate`: brings the local SQLite files up to date before a new version starts,
/// each in one transaction, so a failed upgrade leaves them as they were (the package's
/// postinst runs it before restarting the milter; the old process keeps serving meanwhile).
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Bring the bulk ledger, audit trail and console files up to date, each in one transaction."
    )

    @OptionGroup var options: ConfigOption

    func run() throws {
        let config = try options.loadConfig()
        let files: [(name: String, path: String, schema: Schema)] = [
            ("bulk ledger", config.ledgerPath, SQLiteLedger.schema),
            ("audit trail", config.auditPath, AuditStore.schema),
            ("console", config.consolePath, ConsoleStore.schema),
        ]
        var failed = false
        for file in files {
            do {
                switch try file.schema.upgrade(fileAt: file.path) {
                case nil: print("mailguard migrate: \(file.name) \(file.path): not created yet")
                case let applied? where applied.isEmpty: print("mailguard migrate: \(file.name) \(file.path): up to date")
                case let applied?: print("mailguard migrate: \(file.name) \(file.path): applied \(applied.joined(separator: ", "))")
                }
            } catch {
                failed = true
                FileHandle.standardError.write(Data("mailguard migrate: \(file.name) \(file.path): \(error) (the file is as it was)\n".utf8))
            }
        }
        if failed { throw ExitCode(1) }
    }
}
