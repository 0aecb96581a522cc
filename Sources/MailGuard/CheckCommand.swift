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
        switch options.load() {
        case .failure(let problems):
            report(problems)
            print("mailguard check: \(problems.problems.count) problem(s)")
            throw ExitCode(1)
        case .success(let (config, rules)):
            let examples = rules.rules.reduce(0) { $0 + $1.examples.count + $1.counterExamples.count }
            let files = Set(rules.rules.map(\.origin.file)).count
            print("mailguard check: \(config.file): OK")
            print("mailguard check: \(rules.rules.count) rules in \(files) pattern files, \(examples) examples passed")
        }
    }
}
