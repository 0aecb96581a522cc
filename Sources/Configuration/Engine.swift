import Detectors
import Extraction
import Foundation
import Inspection
import Logging
import Policy
import Synchronization

/// Everything a message is checked with. Immutable: a reload builds a new one and swaps it
/// whole, so a message in flight finishes with the engine it started with.
package struct Engine: Sendable {
    package let config: Config
    package let rules: RuleSet
    package let notices: NoticeWriter
    /// The conduct model (nil: off). Loaded with the rules, so a reload swaps it with them.
    package var conduct: ConductReader? = nil
    /// What a worker runs on each message.
    package var inspector: Inspector { Inspector(rules: rules, settings: inspectorSettings, conduct: conduct) }

    /// The inspector's settings from the config; workers get this same value.
    package var inspectorSettings: Inspector.Settings {
        Inspector.Settings(limits: config.inspection.extraction, fingerprints: config.policy.bulk.fanOut != nil, records: config.inspection.records,
                           onUnscannable: config.inspection.onUnscannable, dangerousAction: config.inspection.dangerousAction)
    }

    /// How much of a message the conduct model reads: every sentence when the sender or any
    /// recipient is in a protected group (the students), else candidate sentences only.
    package func conductScope(_ envelope: Envelope?) -> ConductScope {
        guard let envelope else { return .everySentence }
        let directory = config.policy.directory
        let people = [envelope.sender] + envelope.recipients
        return people.contains { directory.isProtected($0) } ? .everySentence : .candidates
    }

    /// Decides an inspected message. With a ledger, sending rates and fan-out are checked too,
    /// and a message let through is charged. The ledger's lock (every milter thread shares
    /// it) is held only to read the windows and, after deciding, to charge: the charge reads
    /// them again, and a window that filled in between decides the message again, so limits
    /// stay exact.
    package func verdict(for inspection: InspectionResult, envelope: Envelope?, ledger: Ledger?, now: Date = Date()) -> Verdict {
        let message = MessageCase(inspection: inspection, envelope: envelope, policy: config.policy, settings: config.inspection, now: now)
        // No window or fan-out applies (an exempt or outside sender, say): no ledger work at all.
        guard let ledger, message.bulk.needsLedger else { return (try? message.decide(nil)) ?? message.decideWithoutLedger() }
        do {
            let observed = try ledger.transaction { try message.bulk.findings($0) }
            let verdict = message.decide(bulkFindings: observed)
            guard MessageCase.charges(verdict) else { return verdict }
            return try ledger.transaction { transaction in
                let current = try message.bulk.findings(transaction)
                let final = current == observed ? verdict : message.decide(bulkFindings: current)
                if MessageCase.charges(final) {
                    try message.bulk.charge(transaction)
                    try transaction.prune(before: now.addingTimeInterval(-message.bulk.retention))
                }
                return final
            }
        } catch {
            // The rate store is unusable (full disk, say): the message waits, never lost.
            return message.decideWithoutLedger()
        }
    }

    /// Reads, scans and decides in this process: `mailguard scan` and tests.
    package func verdict(for raw: [UInt8], envelope: Envelope? = nil, ledger: Ledger? = nil) -> Verdict {
        verdict(for: inspector.inspect(raw, scope: conductScope(envelope)), envelope: envelope, ledger: ledger)
    }

    /// Loads config, rules and notice templates; every problem on the way, each as
    /// `file:line: cause`.
    /// `reusing`: the conduct model in force, kept when its files are unchanged (a reload then
    /// costs no second copy of the tokenizer and heads).
    package static func load(configPath: String, reusing old: ConductReader? = nil) -> Result<Engine, LoadProblems> {
        ConfigLoader.load(configPath).flatMap { config in
            RuleLoader.load(config).flatMap { rules in
                unknownKinds(config, rules).flatMap { _ in loadConduct(config, reusing: old) }.flatMap { conduct in
                    NoticeConfig.templates(config.notices, policy: config.policy).map { templates in
                        Engine(config: config, rules: rules, notices: NoticeWriter(
                            templates: templates, contact: config.notices.contact,
                            // With a digest, the compliance mailbox gets one mail per interval instead.
                            complianceCopies: config.notices.complianceCopies && !config.notices.digestIsOn,
                            consoleURL: config.console.publicURL
                        ), conduct: conduct)
                    }
                }
            }
        }
    }

    /// The conduct model the config names; a file that cannot be used is a problem naming it.
    package static func loadConduct(_ config: Config, reusing old: ConductReader? = nil) -> Result<ConductReader?, LoadProblems> {
        do {
            if let old, let reader = try old.reused(with: config.conduct) { return .success(reader) }
            return .success(try ConductReader.load(config.conduct))
        } catch {
            return .failure(LoadProblems([LoadProblem(SourceLine(file: error.file, line: 0), "conduct model: \(error.cause)")]))
        }
    }

    /// Policy rows naming a kind or rule no pattern file has would silently never match.
    private static func unknownKinds(_ config: Config, _ rules: RuleSet) -> Result<Void, LoadProblems> {
        let modelKinds = config.conduct.files == nil ? [] : ConductConfig.categories
        let kinds = Set(rules.rules.map(\.kind)).union(BuiltInKind.all.map(\.kind)).union(modelKinds)
        let ids = Set(rules.rules.map(\.id)).union(AttachmentRules.ruleIDs).union([ConductReader.ruleID, RecordSettings.documentRuleID])
        let lines = (try? String(contentsOfFile: config.file, encoding: .utf8)).map(KeyLines.init)
        var problems: [LoadProblem] = []
        for (index, row) in config.policy.rules.enumerated() {
            let line = lines?.line(of: "kinds", in: "policy.rules#\(index)") ?? 0
            for kind in row.kinds.subtracting(kinds).sorted() {
                problems.append(LoadProblem(SourceLine(file: config.file, line: line), "policy.rules: no finding kind '\(kind)' (kinds: \(kinds.sorted().joined(separator: ", ")))"))
            }
            for id in row.ruleIDs.subtracting(ids).sorted() {
                problems.append(LoadProblem(SourceLine(file: config.file, line: line), "policy.rules: no pattern rule '\(id)'"))
            }
        }
        // Records read some kinds by name: a pattern set without one would read rosters short.
        for kind in RecordSettings.fieldKinds.subtracting(rules.rules.map(\.kind)).sorted() {
            problems.append(LoadProblem(SourceLine(file: config.patternsDirectory, line: 0), "no pattern file gives kind '\(kind)', which records and rosters are read from"))
        }
        return problems.isEmpty ? .success(()) : .failure(LoadProblems(problems))
    }

    /// The files this engine was loaded from: the config, every pattern file and word list.
    package var files: [String] {
        [config.file] + ((try? PatternSource.files(in: config.patternsDirectory)) ?? []).map {
            (config.patternsDirectory as NSString).appendingPathComponent($0)
        }
    }
}

/// The engine in force, shared by every milter thread.
package final class EngineStore: Sendable {
    private let current: Mutex<Engine>

    package init(_ engine: Engine) { current = Mutex(engine) }

    package var engine: Engine { current.withLock { $0 } }

    package func replace(with engine: Engine) { current.withLock { $0 = engine } }

    /// Loads the config file again and swaps the engine only if everything loads and passes its
    /// self-test; otherwise the old engine stays live and each problem is logged.
    @discardableResult
    package func reload(logger: Logger) -> ReloadReport {
        let old = engine
        // The TOML parser is a C++ library that aborts on some malformed input instead of
        // reporting it; a config edited into such a state must not take the milter down, so
        // a child process (`mailguard check`) reads it first.
        let probe = ConfigProbe.read(configPath: old.config.file)
        if probe != .exited {
            let what = if case .crashed(let signal) = probe { "crashes the config parser (signal \(signal))" } else {
                "did not finish within \(ConfigProbe.timeout)"
            }
            let problem = "\(old.config.file): reading it \(what); run mailguard check"
            logger.error("reload failed, previous rules stay live", metadata: ["problem": "\(problem)"])
            return ReloadReport(ok: false, problems: [problem])
        }
        switch Engine.load(configPath: old.config.file, reusing: old.conduct) {
        case .success(let engine):
            replace(with: engine)
            if engine.config.milter.socket != old.config.milter.socket {
                logger.warning("milter socket changed in the config; it takes effect at the next restart")
            }
            logger.info("reloaded", metadata: ["rules": "\(engine.rules.rules.count)", "config": "\(engine.config.file)"])
            return ReloadReport(ok: true, loaded: engine.files, rules: engine.rules.rules.count)
        case .failure(let problems):
            for problem in problems.problems {
                logger.error("reload failed, previous rules stay live", metadata: ["problem": "\(problem)"])
            }
            return ReloadReport(ok: false, problems: problems.problems.map(\.description))
        }
    }
}

/// Reads a config file in a child process, so a parser that crashes or hangs costs the
/// child only.
package enum ConfigProbe {
    package enum Outcome: Equatable {
        /// Exited by itself, with or without problems (or could not be started).
        case exited
        case crashed(signal: Int32)
        /// Still running at the timeout: killed.
        case timedOut
    }

    /// A config the parser takes longer than this to read is treated as one that crashes it.
    package static let timeout: Duration = .seconds(30)

    package static func read(configPath: String) -> Outcome {
        run("/proc/self/exe", ["check", "--config-only", "--config", configPath], timeout: timeout)
    }

    package static func run(_ executable: String, _ arguments: [String], timeout: Duration) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        guard (try? process.run()) != nil else { return .exited }
        guard ended.wait(timeout: .now() + timeout.seconds) == .success else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return .timedOut
        }
        return process.terminationReason == .uncaughtSignal ? .crashed(signal: process.terminationStatus) : .exited
    }
}
