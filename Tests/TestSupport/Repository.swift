import Detectors
import Foundation

/// Paths inside the repository, for tests that read fixtures, shipped patterns or run the
/// built `mailguard`.
public enum Repository {
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func fixture(_ name: String) -> URL {
        root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name)
    }

    public static let patterns = root.appendingPathComponent("patterns")
    public static let config = root.appendingPathComponent("mailguard.toml")

    /// Every shipped pattern file and word list, as (path relative to patterns/, contents).
    public static func patternFiles() throws -> [(name: String, text: String)] {
        try PatternSource.files(in: patterns.path)
            .map { ($0, try String(contentsOf: patterns.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// The built executable: next to the test bundle, or `MAILGUARD_BIN`.
    public static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["MAILGUARD_BIN"] { return URL(fileURLWithPath: path) }
        let bundleDirectory = Bundle.main.bundleURL.deletingLastPathComponent()
        let besideBundle = bundleDirectory.appendingPathComponent("mailguard")
        if FileManager.default.isExecutableFile(atPath: besideBundle.path) { return besideBundle }
        return root.appendingPathComponent(".build/debug/mailguard")
    }
}

/// What a finished process printed and returned.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs the built `mailguard` with `arguments` and waits for it.
public func runMailGuard(_ arguments: [String], in directory: URL = Repository.root) throws -> ProcessResult {
    let process = Process()
    process.executableURL = Repository.executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read before waiting so a large output cannot fill the pipe and block the child.
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessResult(
        status: process.terminationStatus,
        stdout: String(decoding: stdout, as: UTF8.self),
        stderr: String(decoding: stderr, as: UTF8.self)
    )
}

extension Repository {
    /// The sentence model's folder that `scripts/install-deps` fills (model.safetensors,
    /// tokenizer.json). Tests that need it fail, never skip, when it is missing.
    public static let encoder = root.appendingPathComponent(".models/all-MiniLM-L6-v2")
    /// The trained conduct heads and candidate words, committed.
    public static let conductHeads = root.appendingPathComponent("models/conduct/heads.json")
}

/// The shipped pattern files, loaded and self-tested exactly as `mailguard check` does.
public func shippedRules(limits: ScanLimits = ScanLimits()) throws -> RuleSet {
    if limits == ScanLimits() { return try ShippedRules.loaded.get() }
    return try ShippedRules.load(limits: limits).get()
}

/// Loaded once for all the tests that use the default limits.
public enum ShippedRules {
    public static let loaded = load(limits: ScanLimits())

    public static func load(limits: ScanLimits) -> Result<RuleSet, LoadProblems> {
        guard let sources = try? Repository.patternFiles().map({ PatternSource(name: $0.name, text: $0.text) }) else {
            return .failure(LoadProblems([LoadProblem(SourceLine(file: "patterns", line: 0), "cannot read the shipped patterns")]))
        }
        return RuleSet.load(sources, limits: limits)
    }
}
