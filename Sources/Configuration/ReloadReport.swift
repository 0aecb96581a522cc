import Foundation

/// The outcome of a load or reload, written by `mailguard run` beside its pid file for
/// `mailguard reload` to read: which files loaded, or each problem and that the old rules stay.
package struct ReloadReport: Codable, Equatable, Sendable {
    /// Counts every load of this instance; `mailguard reload` waits for it to change.
    package var sequence = 0
    package var pid = getpid()
    package var ok: Bool
    package var loaded: [String] = []
    package var rules = 0
    /// `file:line: cause`, one per problem.
    package var problems: [String] = []

    package init(ok: Bool, loaded: [String] = [], rules: Int = 0, problems: [String] = []) {
        self.ok = ok
        self.loaded = loaded
        self.rules = rules
        self.problems = problems
    }

    /// `/run/mailguard/mailguard.pid` → `/run/mailguard/mailguard.pid.reload`.
    package static func path(pidFile: String) -> String { pidFile + ".reload" }

    /// Written whole or not at all (a temporary file renamed over the old one).
    package func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    package static func read(from path: String) -> ReloadReport? {
        FileManager.default.contents(atPath: path).flatMap { try? JSONDecoder().decode(ReloadReport.self, from: $0) }
    }

    /// What `mailguard reload` prints.
    package var text: String {
        if ok {
            return "reloaded: \(rules) rules from \(loaded.count) files\n" + loaded.map { "  loaded \($0)" }.joined(separator: "\n")
        }
        return "reload failed; old rules kept\n" + problems.map { "  \($0)" }.joined(separator: "\n")
    }
}
