import Detectors
import Foundation

/// Reads every `*.rules` file of the configured directory (and the `*.words` lists under it)
/// and builds the rule set.
package enum RuleLoader {
    package static let fileExtension = "rules"

    package static func load(_ config: Config) -> Result<RuleSet, LoadProblems> {
        let directory = config.patternsDirectory
        let names: [String]
        do {
            names = try PatternSource.files(in: directory)
        } catch {
            return .failure(LoadProblems([LoadProblem(SourceLine(file: directory, line: 0), "cannot read pattern directory: \(error.localizedDescription)")]))
        }
        guard names.contains(where: { $0.hasSuffix(".\(fileExtension)") }) else {
            return .failure(LoadProblems([LoadProblem(SourceLine(file: directory, line: 0), "no *.\(fileExtension) pattern files")]))
        }
        var sources: [PatternSource] = []
        var problems: [LoadProblem] = []
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            do {
                sources.append(PatternSource(name: path, text: try String(contentsOfFile: path, encoding: .utf8)))
            } catch {
                problems.append(LoadProblem(SourceLine(file: path, line: 0), "cannot read pattern file: \(error.localizedDescription)"))
            }
        }
        guard problems.isEmpty else { return .failure(LoadProblems(problems)) }
        return RuleSet.load(sources, limits: config.limits)
    }
}
