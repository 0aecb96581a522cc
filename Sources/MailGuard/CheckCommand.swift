import ArgumentParser
import Configuration
import Crypto
import Detectors
import Foundation
import Inspection
import Policy
import SharedStore

/// Validates the config and every pattern file and runs every rule's examples, like
/// `postfix check`: silent about details when all is well, `file:line: rule: cause` otherwise.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the config and pattern files and run every rule's examples."
    )

    @OptionGroup var options: ConfigOption

    @Flag(name: .long, help: "Read the config file only (reload probes the config parser this way).")
    var configOnly = false

    @Flag(name: .long, help: "Print every config key: type and range, default, whether a reload applies it, meaning.")
    var keys = false

    @Flag(name: .long, help: "With --keys: print them as the manual page mailguard.toml(5), in roff.")
    var man = false

    func run() throws {
        if keys {
            print(man ? ConfigManual.page(version: mailguardVersion) : ConfigKeys.markdownTable, terminator: man ? "" : "\n")
            return
        }
        if configOnly {
            _ = try options.loadConfig()
            return
        }
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
            print(Self.attachments(engine.config.inspection))
            print(Self.records(engine.config.inspection.records))
            print(Self.conduct(engine.conduct))
            print(Self.operations(engine.config))
            print(PolicyTable(engine.config.policy).text)
            // A store that does not answer is said, and is not a problem of the config: the
            // milter starts without it (and systemd runs this check before starting it).
            let store = StoreProbe.checkLine(engine.config.store)
            print("mailguard check: " + store.text + (store.ok ? "" : " (the milter starts anyway and decides on its own windows until the store answers; mailguard store status exits 1 meanwhile)"))
        }
    }

    /// `[attachments]` as the admin set it: what is refused and the action without a row.
    static func attachments(_ settings: InspectionSettings) -> String {
        let rules = settings.extraction.attachments
        let list = { (names: Set<String>) in names.sorted().map { "." + $0 }.joined(separator: " ") }
        var types: [String] = []
        if rules.executables || !rules.executableExtensions.isEmpty {
            types.append("executable (\(rules.executables ? "PE, ELF, Mach-O by their bytes; " : "")\(list(rules.executableExtensions)))")
        }
        if !rules.scriptExtensions.isEmpty { types.append("script (\(list(rules.scriptExtensions)))") }
        types.append("disk-image (ISO, VHD, VHDX by their bytes; \(list(rules.diskImageExtensions)))")
        if rules.macros { types.append("macro (vbaProject.bin in an Office file)") }
        if rules.doubleExtensions { types.append("double-extension") }
        if rules.bidiNames { types.append("bidi-name") }
        return "dangerous attachments: " + types.joined(separator: "; ") + " -> \(settings.dangerousAction.rawValue) unless a policy row decides"
    }

    /// The conduct model: its files with their SHA-256, the mode and each category's threshold.
    static func conduct(_ reader: ConductReader?) -> String {
        guard let reader else { return "conduct model: off ([conduct] model = false, or no [conduct] section)" }
        var lines = ["conduct model: \(reader.settings.mode.rawValue), every sentence of mail from or to a protected group, "
            + "candidate sentences of other mail and past \(reader.settings.maxModelCharacters) characters"]
        let overlay = reader.model.heads.encoderOverlay.map(reader.model.files.besideHeads)
        for file in reader.model.files.all + (overlay.map { [$0] } ?? []) {
            lines.append("  \(file) sha256 \(FileDigest.sha256(file) ?? "(unreadable)")")
        }
        lines.append("  thresholds: " + reader.model.categories.map { category in
            let own = reader.settings.thresholds[category] != nil ? " (config)" : ""
            return "\(category) \(String(format: "%.3f", reader.threshold(category)))\(own)"
        }.joined(separator: ", "))
        return lines.joined(separator: "\n")
    }

    /// Where the audit trail, quarantine review, digest, metrics and pid file are.
    static func operations(_ config: Config, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let digest = config.notices.complianceDigestMinutes
        let postfix = config.quarantine.configDirectory(environment: environment) ?? "Postfix's default (/etc/postfix)"
        return [
            "audit: \(config.auditPath), records kept \(config.audit.keepDays) days",
            "quarantine: the hold queue of \(postfix)",
            "compliance notices: " + (digest > 0 ? "a digest every \(digest.formatted()) minutes" : "one mail per held message")
                + " to \(config.policy.directory.complianceMailbox ?? "(no compliance_mailbox)")",
            "metrics: " + (config.metrics.host.map { "http://\($0.contains(":") ? "[\($0)]" : $0):\(config.metrics.port)/metrics" } ?? "off"),
            "reload: " + (config.milter.pidFile.map { "mailguard reload finds the running instance through \($0)" } ?? "no pid_file; send SIGUSR1"),
        ].joined(separator: "\n")
    }

    /// `records: a roster is 5 or more personal records; 7 district contacts are never findings`
    static func records(_ settings: RecordSettings) -> String {
        "records: a roster is \(settings.minRecords) or more personal records in one message; "
            + "\(settings.districtContacts.count) district contacts (phone numbers, addresses) are never findings"
    }
}

/// SHA-256 of a file, read in pieces (the model's weights are 90 MB).
enum FileDigest {
    static func sha256(_ path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
