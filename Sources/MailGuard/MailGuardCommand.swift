import ArgumentParser
import Classifier
import Configuration
import Detectors
import Foundation

@main
struct MailGuardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mailguard",
        abstract: "Stops mail that breaks the district's acceptable-use guidelines.",
        version: mailguardVersion,
        subcommands: [RunCommand.self, ScanCommand.self, CheckCommand.self, ReloadCommand.self, MigrateCommand.self, PostfixCheckCommand.self,
                      AuditCommand.self, QuarantineCommand.self, ConsoleCommand.self, QueueHelperCommand.self, StoreCommand.self,
                      BenchCommand.self, ReadBenchCommand.self, ConductEmbedCommand.self, WorkerCommand.self]
    )

    static func main() {
        BLASEnvironment.prepare()
        main(nil)
    }
}

/// `--config`, shared by every subcommand.
struct ConfigOption: ParsableArguments {
    @Option(name: .long, help: "Config file (default: ./mailguard.toml, else /etc/mailguard/mailguard.toml).")
    var config: String?

    /// Config and rules, or every problem found on the way, each as `file:line: cause`.
    func load() -> Result<Engine, LoadProblems> {
        Engine.load(configPath: Config.locate(config))
    }

    /// The config file alone (no rules), or exit 1 after reporting each problem.
    func loadConfig() throws -> Config {
        switch ConfigLoader.load(Config.locate(config)) {
        case .success(let config): return config
        case .failure(let problems):
            report(problems)
            throw ExitCode(1)
        }
    }
}

/// What loaded, or exit 1 after reporting each problem.
func loadedOrExit<T>(_ result: Result<T, LoadProblems>) throws -> T {
    switch result {
    case .success(let value): return value
    case .failure(let problems):
        report(problems)
        throw ExitCode(1)
    }
}

/// Writes each problem on its own line to standard error.
func report(_ problems: LoadProblems) {
    FileHandle.standardError.write(Data((problems.description + "\n").utf8))
}
