import ArgumentParser
import Detectors

/// Validates the config and every pattern file and runs every rule's examples, like
/// `postfix check`: silent about details when all is well, `file:line: rule: cause` otherwise.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the config and pattern files and run every rule's examples."
    )

    @OptionGroup var options: ConfigOption

    func run() throws {
        let result = options.load().flatMap { engine in
            engine.config.milter.problems(in: engine.config.file).isEmpty
                ? .success(engine) : .failure(LoadProblems(engine.config.milter.problems(in: engine.config.file)))
        }
        switch result {
        case .failure(let problems):
            report(problems)
            print("mailguard check: \(problems.problems.count) problem(s)")
            throw ExitCode(1)
        case .success(let engine):
            let rules = engine.rules.rules
            let examples = rules.reduce(0) { $0 + $1.examples.count + $1.counterExamples.count }
            let files = Set(rules.map(\.origin.file)).count
            print("mailguard check: \(engine.config.file): OK (milter socket \(engine.config.milter.socket))")
            print("mailguard check: \(rules.count) rules in \(files) pattern files, \(examples) examples passed")
            print(PolicyTable(engine.config.policy).text)
        }
    }
}
