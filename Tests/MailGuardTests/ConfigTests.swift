@testable import Configuration
import Detectors
import Foundation
import Inspection
@testable import MailGuard
@testable import Milter
import Policy
import Testing

/// Writes `text` as a config file in a fresh directory and loads it.
func loadConfig(_ text: String) throws -> Result<Config, LoadProblems> {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mailguard-config-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let file = directory.appendingPathComponent("mailguard.toml")
    try text.write(to: file, atomically: true, encoding: .utf8)
    return ConfigLoader.load(file.path).mapError { problems in
        // Name the file plainly so expectations do not depend on the temporary path.
        LoadProblems(problems.problems.map { LoadProblem(SourceLine(file: "mailguard.toml", line: $0.origin.line), ruleID: $0.ruleID, $0.cause) })
    }
}

@Suite("Config file")
struct ConfigTests {
    @Test("the shipped config loads with its documented values")
    func shipped() throws {
        let config = try ConfigLoader.load(TestPaths.config).get()
        #expect(config.internalDomains == ["district.example"])
        #expect(config.logLevel == "info")
        #expect(config.limits == ScanLimits(matchLimit: 1_000_000, jitStackBytes: 1 << 20, onScanError: .quarantine))
        #expect(config.patternsDirectory == TestPaths.patterns)
        // Clean mail passes untouched; outside senders are neither rate-limited nor counted for fan-out.
        #expect(!config.policy.headerOnAccept)
        #expect(config.policy.bulk.limits.allSatisfy { !$0.groups.contains(MessageFacts.externalGroup) })
        #expect(config.policy.bulk.fanOut?.includeExternal == false)
        // The conduct model is on, enforcing, with the heads' own thresholds.
        #expect(config.conduct.files?.heads == TestPaths.root.appendingPathComponent("models/conduct/heads.json").path)
        #expect(config.conduct.mode == .enforce && config.conduct.thresholds.isEmpty && config.conduct.maxModelCharacters == 20_000)
    }

    @Test("without a [conduct] section the model is off")
    func conductOff() throws {
        #expect(try loadConfig("log_level = \"info\"\n").get().conduct.files == nil)
        #expect(try loadConfig("[conduct]\nmodel = false\n").get().conduct.files == nil)
    }

    @Test("header_on_accept and fanout.include_external: off by default, on when set")
    func speedChoices() throws {
        let defaults = try loadConfig("[bulk.fanout]\nmax_senders = 3\n").get()
        #expect(!defaults.policy.headerOnAccept && defaults.policy.bulk.fanOut?.includeExternal == false)
        let on = try loadConfig("[policy]\nheader_on_accept = true\n[bulk.fanout]\ninclude_external = true\n").get()
        #expect(on.policy.headerOnAccept && on.policy.bulk.fanOut?.includeExternal == true)
    }

    @Test("worker and buffering settings: documented defaults, and the values given")
    func workers() throws {
        let defaults = try loadConfig("").get()
        #expect(defaults.workers == WorkerSettings(count: 0, maxMessages: 1000, memoryMiB: 1024, cpuSeconds: 30, queueWaitSeconds: 60))
        #expect(defaults.buffering == BufferLimits(maxMessageBytes: 64 << 20, maxBufferedBytes: 1024 << 20))
        #expect(defaults.workers.effectiveCount == ProcessInfo.processInfo.activeProcessorCount)
        let config = try loadConfig("[limits]\nmax_message_mib = 8\nmax_buffered_mib = 100\n[workers]\ncount = 3\nmax_messages = 50\nmemory_mib = 0\ncpu_seconds = 5\nqueue_wait_seconds = 2\n").get()
        #expect(config.workers == WorkerSettings(count: 3, maxMessages: 50, memoryMiB: 0, cpuSeconds: 5, queueWaitSeconds: 2))
        #expect(config.buffering == BufferLimits(maxMessageBytes: 8 << 20, maxBufferedBytes: 100 << 20))
    }

    @Test("records: min_records and the district contacts file, whose bad lines name file and line")
    func records() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mailguard-contacts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let contacts = directory.appendingPathComponent("contacts.txt")
        try "# offices\n860-555-0100\n100 Main Street, Hartford, CT 06103\n".write(to: contacts, atomically: true, encoding: .utf8)
        let config = try loadConfig("[directory]\ndistrict_contacts_file = \"\(contacts.path)\"\n[records]\nmin_records = 3\n").get()
        #expect(config.inspection.records.minRecords == 3)
        #expect(config.inspection.records.districtContacts.count == 2)
        #expect(try loadConfig("").get().inspection.records.minRecords == 5)
        try "860-555-0100\nthe front office\n".write(to: contacts, atomically: true, encoding: .utf8)
        let problems = try #require(loadConfig("[directory]\ndistrict_contacts_file = \"\(contacts.path)\"\n").failure)
        #expect(problems.problems.map(\.cause) == [
            "'the front office' is neither a phone number (area code first) nor a street address (number, street, suffix)",
        ])
        #expect(problems.problems.first?.origin.line == 2)
        #expect(try loadConfig("[records]\nmin_records = 0\n").failure != nil)
    }

    @Test("operations: defaults, and the values given (paths relative to the config file)")
    func operations() throws {
        let defaults = try loadConfig("").get()
        #expect(defaults.auditPath == "/var/lib/mailguard/audit.sqlite" && defaults.audit.keepDays == 365)
        #expect(defaults.metrics.host == nil && defaults.quarantine.postfixConfigDirectory == nil)
        #expect(defaults.milter.pidFile == "/run/mailguard/mailguard.pid" && defaults.notices.complianceDigestMinutes == 0)
        let config = try loadConfig("""
            [milter]
            pid_file = "run/mg.pid"
            [notices]
            compliance_digest_minutes = 0.5
            [audit]
            database = "state/audit.sqlite"
            keep_days = 30
            [quarantine]
            postfix_config_directory = "/etc/postfix-out"
            [metrics]
            listen = "[::1]:9100"
            """).get()
        let directory = (config.file as NSString).deletingLastPathComponent
        #expect(config.milter.pidFile == "\(directory)/run/mg.pid" && config.notices.complianceDigestMinutes == 0.5)
        #expect(config.auditPath == "\(directory)/state/audit.sqlite" && config.audit.keepDays == 30)
        #expect(config.quarantine.postfixConfigDirectory == "/etc/postfix-out")
        #expect(config.metrics.host == "::1" && config.metrics.port == 9100)
        // Without [audit] database, the trail sits beside the bulk ledger.
        #expect(try loadConfig("[bulk]\ndatabase = \"/srv/mg/ledger.sqlite\"\n").get().auditPath == "/srv/mg/audit.sqlite")
    }

    @Test("an empty file means every default")
    func defaults() throws {
        let config = try loadConfig("").get()
        #expect(config.limits == ScanLimits())
        #expect(config.logLevel == "info")
        #expect(config.internalDomains.isEmpty)
        #expect(config.patternsDirectory.hasSuffix("/patterns"))
    }

    @Test("unknown keys and bad values name file and line", arguments: [
        ("patterns = \"p\"\npatern = \"x\"\n", "mailguard.toml:2: patern: unknown key"),
        ("log_level = \"loud\"\n", "mailguard.toml:1: log_level: must be one of trace, debug"),
        ("internal_domains = \"district.example\"\n", "mailguard.toml:1: internal_domains: must be an array of strings, not string"),
        ("internal_domains = [\"district.example\", \"not a domain\"]\n", "mailguard.toml:1: internal_domains: 'not a domain' is not a domain name"),
        ("# limits\n\n[limits]\nmatch_limit = 5\n", "mailguard.toml:4: limits.match_limit: 5 is out of range"),
        ("[limits]\njit_stack_kib = \"big\"\n", "mailguard.toml:2: limits.jit_stack_kib: must be a whole number, not string"),
        ("[limits]\non_scan_error = \"shrug\"\n", "mailguard.toml:2: limits.on_scan_error: must be one of accept, tag"),
        ("[limits]\nmax_size = 3\n", "mailguard.toml:2: limits.max_size: unknown key"),
        ("limits = 3\n", "mailguard.toml:1: limits: must be a table, not integer"),
        ("log_level = \"info\"\npatterns = [\n", "mailguard.toml:2: Error while parsing array"),
        ("[milter]\nsocket = \"/tmp/x.sock\"\n", "mailguard.toml:2: milter.socket: '/tmp/x.sock' is not unix:/path"),
        ("[milter]\nsocket = \"inet:99999@127.0.0.1\"\n", "mailguard.toml:2: milter.socket: 'inet:99999@127.0.0.1' is not"),
        ("[milter]\nsocket_mode = \"rw-rw----\"\n", "mailguard.toml:2: milter.socket_mode: 'rw-rw----' is not an octal mode"),
        ("[milter]\non_error = \"quarantine\"\n", "mailguard.toml:2: milter.on_error: must be one of tempfail, accept, reject"),
        ("[milter]\nport = 8891\n", "mailguard.toml:2: milter.port: unknown key"),
        ("[milter]\nsocket = \"inet:\"\n", "mailguard.toml:2: milter.socket: 'inet:' is not"),
        ("[directory]\ntrusted_networks = [\"\"]\n", "mailguard.toml:2: directory.trusted_networks: '' is not an address or network"),
        ("[policy]\nsubject_prefix = \"a\\nBcc: x@y\"\n", "mailguard.toml:2: policy.subject_prefix: must be one line"),
        ("[limits]\nhidden_action = \"hide\"\n", "mailguard.toml:2: limits.hidden_action: must be one of"),
        ("[workers]\ncount = -1\n", "mailguard.toml:2: workers.count: -1 is out of range"),
        ("[attachments]\nscript_extensions = [\"js\", \".ps1\"]\n", "mailguard.toml:2: attachments.script_extensions: '.ps1' is not an extension"),
        ("[attachments]\naction = \"explode\"\n", "mailguard.toml:2: attachments.action: must be one of"),
        ("[attachments]\nmacro = true\n", "mailguard.toml:2: attachments.macro: unknown key"),
        ("log_level = \"info\"\n[[.policy]]\n", "mailguard.toml:2: table header must be"),
        ("[limits.]\n", "mailguard.toml:1: table header must be"),
        ("[ ]\n", "mailguard.toml:1: table header must be"),
        ("[workers]\nmemory_mib = 64\n", "mailguard.toml:2: workers.memory_mib: 64 MiB is too little"),
        ("[workers]\nthreads = 4\n", "mailguard.toml:2: workers.threads: unknown key"),
        ("[conduct]\nmodel = true\n[workers]\nmemory_mib = 512\n", "mailguard.toml:4: workers.memory_mib: 512 MiB is too little for a worker with the conduct model"),
        ("[conduct]\nmode = \"loud\"\n", "mailguard.toml:2: conduct.mode: must be one of enforce, monitor"),
        ("[conduct]\nmodle = true\n", "mailguard.toml:2: conduct.modle: unknown key"),
        ("[conduct]\nmax_model_chars = -1\n", "mailguard.toml:2: conduct.max_model_chars: -1 is out of range"),
        ("[conduct.thresholds]\nthreat = 1.5\n", "mailguard.toml:2: conduct.thresholds.threat: 1.5 is out of range"),
        ("[conduct.thresholds]\nviolence = 0.5\n", "mailguard.toml:2: conduct.thresholds.violence: unknown key"),
        ("[workers]\nqueue_wait_seconds = 0\n", "mailguard.toml:2: workers.queue_wait_seconds: 0 is out of range"),
        ("[limits]\nmax_message_mib = 0\n", "mailguard.toml:2: limits.max_message_mib: 0 is out of range"),
        ("[bulk]\nlimits = 3\n", "mailguard.toml:2: bulk.limits: must be an array of tables"),
        ("[groups.external]\ndomains = [\"x.example\"]\n", "mailguard.toml:1: groups.external: 'external' is reserved"),
        ("[[policy.rules]]\nkinds = [\"ssn\"]\n", "mailguard.toml:1: policy.rules#0.action: missing"),
        ("[audit]\nkeep_days = 0\n", "mailguard.toml:2: audit.keep_days: 0 is out of range"),
        ("[audit]\npath = \"x\"\n", "mailguard.toml:2: audit.path: unknown key"),
        ("[metrics]\nlisten = \"localhost:9487\"\n", "mailguard.toml:2: metrics.listen: 'localhost:9487' is not ADDRESS:PORT"),
        ("[quarantine]\npostfix_config_directory = 3\n", "mailguard.toml:2: quarantine.postfix_config_directory: must be a string"),
        ("[notices]\ncompliance_digest_minutes = -1\n", "mailguard.toml:2: notices.compliance_digest_minutes: -1.0 is out of range"),
        ("[notices]\ncompliance_digest_minutes = \"hourly\"\n", "mailguard.toml:2: notices.compliance_digest_minutes: must be a number"),
        ("[policy]\nheader_on_accept = \"yes\"\n", "mailguard.toml:2: policy.header_on_accept: must be"),
        ("[bulk.fanout]\ninclude_external = 1\n", "mailguard.toml:2: bulk.fanout.include_external: must be"),
    ])
    func broken(_ text: String, _ expected: String) throws {
        switch try loadConfig(text) {
        case .success: Issue.record("a broken config loaded")
        case .failure(let problems): #expect(problems.problems.contains { $0.description.hasPrefix(expected) }, "got: \(problems)")
        }
    }
}

@Suite("Milter settings")
struct MilterSettingsTests {
    @Test("socket specs as Postfix writes them", arguments: [
        ("unix:/run/mailguard/m.sock", MilterSocket.unix(path: "/run/mailguard/m.sock")),
        ("local:/run/m.sock", .unix(path: "/run/m.sock")),
        ("inet:8891@127.0.0.1", .inet(port: 8891, host: "127.0.0.1")),
        ("inet:8891", .inet(port: 8891, host: "127.0.0.1")),
        ("inet6:8891@::1", .inet6(port: 8891, host: "::1")),
    ])
    func sockets(_ text: String, _ expected: MilterSocket) {
        #expect(MilterSocket(text) == expected)
    }

    @Test("the milter section loads")
    func loads() throws {
        let config = try loadConfig("[milter]\nsocket = \"inet:8891@127.0.0.1\"\nsocket_mode = \"0600\"\nsocket_group = \"\"\non_error = \"accept\"\n").get()
        #expect(config.milter.socket == .inet(port: 8891, host: "127.0.0.1"))
        #expect(config.milter.socketMode == 0o600)
        #expect(config.milter.socketGroup == nil)
        #expect(config.milter.onError == .accept)
    }

    @Test("check reports a socket group this machine does not have")
    func unknownGroup() throws {
        var settings = MilterSettings()
        settings.socketGroup = "no-such-group-mailguard"
        #expect(settings.problems(in: TestPaths.config).map(\.cause) == ["milter.socket_group: no group 'no-such-group-mailguard' on this machine"])
    }

    @Test("check reports a run_as user this machine does not have; an existing one passes", arguments: [
        ("no-such-user-mailguard", ["milter.run_as: no user 'no-such-user-mailguard' on this machine"]), ("nobody", []),
    ])
    func runAs(_ user: String, _ problems: [String]) throws {
        var settings = MilterSettings()
        settings.socketGroup = nil
        settings.runAs = user
        #expect(settings.problems(in: TestPaths.config).map(\.cause) == problems)
    }
}

@Suite("Engine loading")
struct EngineLoadTests {
    @Test("a pattern set without a kind that records are read from is an error naming the kind")
    func recordKindMissing() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mailguard-record-kinds-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let patterns = directory.appendingPathComponent("patterns")
        try FileManager.default.copyItem(atPath: TestPaths.patterns, toPath: patterns.path)
        try FileManager.default.removeItem(at: patterns.appendingPathComponent("student-id.rules"))
        let file = directory.appendingPathComponent("mailguard.toml")
        try """
            patterns = "\(patterns.path)"
            [notices]
            templates = "\(TestPaths.root.appendingPathComponent("notices").path)"
            """.write(to: file, atomically: true, encoding: .utf8)
        guard case .failure(let problems) = Engine.load(configPath: file.path) else { Issue.record("loaded"); return }
        #expect(problems.description.contains("no pattern file gives kind 'student-id', which records and rosters are read from"), "\(problems)")
    }

    @Test("a policy row naming a kind no pattern file has is an error, with its line")
    func unknownKind() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mailguard-kinds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("mailguard.toml")
        try """
            patterns = "\(TestPaths.patterns)"
            [notices]
            templates = "\(TestPaths.root.appendingPathComponent("notices").path)"

            [[policy.rules]]
            kinds = ["snn"]
            action = "reject"
            """.write(to: file, atomically: true, encoding: .utf8)
        guard case .failure(let problems) = Engine.load(configPath: file.path) else { Issue.record("loaded"); return }
        #expect(problems.description.contains("mailguard.toml:6: policy.rules: no finding kind 'snn'"), "\(problems)")
    }
}

enum TestPaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let config = root.appendingPathComponent("mailguard.toml").path
    static let patterns = root.appendingPathComponent("patterns").path
}

@Suite("Config probe")
struct ConfigProbeTests {
    @Test("a child that dies by a signal is reported with it, one that hangs is killed at the timeout, one that exits is not", arguments: [
        ("kill -KILL $$", ConfigProbe.Outcome.crashed(signal: 9)), ("kill -SEGV $$", .crashed(signal: 11)),
        ("exit 1", .exited), ("exit 0", .exited), ("exec sleep 60", .timedOut),
    ])
    func probe(_ script: String, _ outcome: ConfigProbe.Outcome) {
        #expect(ConfigProbe.run("/bin/sh", ["-c", script], timeout: .milliseconds(500)) == outcome)
    }
}

extension Result {
    /// The error of a failed result; nil for a success.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
