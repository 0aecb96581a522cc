import ArgumentParser
import Configuration
import Foundation
import SharedStore

/// `mailguard store`: the PostgreSQL store several mail servers share.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "The shared store of several mail servers ([store] url): schema and status.",
        subcommands: [Migrate.self, Status.self, Upkeep.self]
    )

    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Bring the shared store's schema up to date (the milter also does this when it starts).")
        @OptionGroup var options: ConfigOption

        func run() throws {
            let settings = try StoreCommand.config(options).store
            do {
                let applied = try StoreProbe.migrate(settings)
                print(applied.isEmpty
                      ? "mailguard store: schema version \(SharedSchema.current), nothing to do"
                      : "mailguard store: applied \(applied.map { "version \($0)" }.joined(separator: ", ")); schema version \(SharedSchema.current)")
            } catch {
                FileHandle.standardError.write(Data("mailguard store: \(error)\n".utf8))
                throw ExitCode(1)
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Connect to the shared store and print its schema version.")
        @OptionGroup var options: ConfigOption

        func run() throws {
            let line = StoreProbe.checkLine(try StoreCommand.config(options).store)
            print(line.text)
            if !line.ok { throw ExitCode(1) }
        }
    }

    struct Upkeep: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Do the upkeep each milter does once a minute: expired ledger entries, this server's old central records, stale requests.")
        @OptionGroup var options: ConfigOption

        func run() throws {
            let config = try StoreCommand.config(options)
            let settings = config.store
            guard let pool = try PostgresPool.background(settings) else { return }
            try StoreMaintenance(pool: pool, server: settings.server, keepDays: config.audit.keepDays).run()
            print("mailguard store: upkeep done for server \(settings.server)")
        }
    }

    /// The config, whose `[store]` has a url; exit 1 when it has none.
    static func config(_ options: ConfigOption) throws -> Config {
        let config = try options.loadConfig()
        guard config.store.url != nil else {
            FileHandle.standardError.write(Data("mailguard store: no [store] url in the config; this server keeps its own SQLite\n".utf8))
            throw ExitCode(1)
        }
        return config
    }
}
