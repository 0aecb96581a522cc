import ArgumentParser
import Logging

/// `mailguard run`: the milter Postfix calls on every message.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the milter: check every message Postfix passes to it."
    )

    @OptionGroup var options: ConfigOption

    func run() throws {
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
        do {
            try MilterServer.run(store: EngineStore(engine), logger: logger)
        } catch {
            logger.critical("cannot start", metadata: ["error": "\(error)"])
            throw ExitCode(1)
        }
    }
}
