import ArgumentParser
import Configuration
import Foundation
import Logging
import Milter
import Operations
import Storage

/// `mailguard run`: the milter Postfix calls on every message.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the milter: check every message Postfix passes to it."
    )

    @OptionGroup var options: ConfigOption

    func run() throws {
        MilterServer.blockSignals()
        let engine: Engine
        switch Engine.load(configPath: Config.locate(options.config)) {
        case .failure(let problems):
            report(problems)
            throw ExitCode(1)
        case .success(let loaded):
            engine = loaded
        }
        let level = Logger.Level(rawValue: engine.config.logLevel) ?? .info
        LoggingSystem.bootstrap { _ in MailLogHandler(level: level) }
        let logger = Logger(label: "mailguard")
        let ledger: SQLiteLedger
        do {
            let path = engine.config.ledgerPath
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            ledger = try SQLiteLedger(path: path)
        } catch {
            logger.critical("cannot open the bulk ledger", metadata: ["path": "\(engine.config.ledgerPath)", "error": "\(error)"])
            throw ExitCode(1)
        }
        do {
            try MilterServer.run(store: EngineStore(engine), ledgerStore: ledger, logger: logger)
        } catch {
            logger.critical("cannot start", metadata: ["error": "\(error)"])
            throw ExitCode(1)
        }
    }
}
