import Detectors
import Extraction
import Foundation
import Inspection
import Policy
import TOMLKit

/// Settings from the TOML config file (see docs/configuration.md for every key).
public struct Config: Sendable {
    /// The file the settings came from.
    package var file: String
    /// Directory of `*.rules` pattern files; relative paths are relative to the config file.
    package var patternsDirectory: String
    /// Domains (and their subdomains) that belong to the district.
    package var internalDomains: [String]
    package var logLevel: String
    package var limits: ScanLimits
    package var inspection = InspectionSettings()
    package var milter = MilterSettings()
    package var buffering = BufferLimits()
    package var workers = WorkerSettings()
    package var policy = DistrictPolicy()
    package var notices: NoticeSettings
    /// The SQLite file of the bulk ledger (rates and fingerprints).
    package var ledgerPath = "/var/lib/mailguard/mailguard.sqlite"
    package var audit = AuditSettings()
    package var quarantine = QuarantineSettings()
    package var metrics = MetricsSettings()
    package var console = ConsoleSettings()
    package var conduct = ConductSettings()
    package var store = StoreSettings()

    /// The audit trail's SQLite file: as set, else beside the ledger.
    package var auditPath: String {
        audit.databasePath ?? ((ledgerPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent("audit.sqlite")
    }

    /// The console's SQLite file: as set, else beside the audit trail.
    package var consolePath: String {
        console.databasePath ?? ((auditPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent("console.sqlite")
    }

    package static let logLevels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]

    /// Where to look when no `--config` is given: the working directory, then /etc.
    package static let searchPath = ["mailguard.toml", "/etc/mailguard/mailguard.toml"]

    package static func locate(_ explicit: String?) -> String {
        if let explicit { return explicit }
        return searchPath.first { FileManager.default.fileExists(atPath: $0) } ?? searchPath[searchPath.count - 1]
    }
}

/// What the milter process itself may hold: a message is buffered whole for its reader.
package struct BufferLimits: Sendable, Equatable {
    /// Larger messages are no longer buffered; they are decided as unscannable.
    package var maxMessageBytes = 64 << 20
    /// Bytes buffered by all sessions together; past it new data is tempfailed.
    package var maxBufferedBytes = 1024 << 20
}

/// Where the milter listens and how it fails.
package struct MilterSettings: Sendable {
    package var socket = MilterSocket.unix(path: "/var/spool/postfix/mailguard/mailguard.sock")
    /// Permissions of a unix socket; Postfix must be able to connect.
    package var socketMode: UInt16 = 0o660
    /// Group given to a unix socket (nil: the process's own group).
    package var socketGroup: String? = "postfix"
    /// What an internal error answers: Postfix's own `milter_default_action` choices.
    package var onError = Action.tempfail
    /// The user `run` becomes after opening the socket (nil: stay as started).
    package var runAs: String?
    /// Where `run` writes its process id, and `mailguard reload` finds it (nil: nowhere).
    package var pidFile: String? = "/run/mailguard/mailguard.pid"

    package static let errorActions: [Action] = [.tempfail, .accept, .reject]

    /// What can only be checked against this machine: the socket's group and directory.
    package func problems(in file: String) -> [LoadProblem] {
        var problems: [LoadProblem] = []
        let lines = (try? String(contentsOfFile: file, encoding: .utf8)).map(KeyLines.init)
        func problem(_ key: String, _ cause: String) {
            problems.append(LoadProblem(SourceLine(file: file, line: lines?.line(of: key, in: "milter") ?? 0), "milter.\(key): \(cause)"))
        }
        if let runAs, getpwnam(runAs) == nil {
            problem("run_as", "no user '\(runAs)' on this machine")
        }
        if let socketGroup, getgrnam(socketGroup) == nil {
            problem("socket_group", "no group '\(socketGroup)' on this machine")
        }
        if case .unix(let path) = socket {
            let parent = ((path as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
            if !FileManager.default.fileExists(atPath: parent) {
                problem("socket", "directory \(parent) does not exist")
            }
        }
        return problems
    }
}

/// A milter socket as Postfix and libmilter write it.
package enum MilterSocket: Sendable, Equatable, CustomStringConvertible {
    case unix(path: String)
    case inet(port: Int, host: String)
    case inet6(port: Int, host: String)

    package init?(_ text: String) {
        if let path = text.removingPrefix("unix:") ?? text.removingPrefix("local:") {
            guard path.hasPrefix("/") else { return nil }
            self = .unix(path: path)
            return
        }
        for (prefix, make) in [("inet:", Self.inet), ("inet6:", Self.inet6)] {
            guard let rest = text.removingPrefix(prefix) else { continue }
            let parts = rest.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard let port = parts.first.flatMap({ Int($0) }), (1...65535).contains(port) else { return nil }
            self = make(port, parts.count > 1 ? parts[1] : (prefix == "inet:" ? "127.0.0.1" : "::1"))
            return
        }
        return nil
    }

    /// libmilter's connection spec (`smfi_setconn`).
    package var description: String {
        switch self {
        case .unix(let path): "unix:\(path)"
        case .inet(let port, let host): "inet:\(port)@\(host)"
        case .inet6(let port, let host): "inet6:\(port)@\(host)"
        }
    }
}

extension String {
    package func removingPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}

/// Reads and validates a config file. Unknown keys and bad values are errors with file and
/// line, so a typo never silently falls back to a default.
public enum ConfigLoader {
    public static func load(_ path: String) -> Result<Config, LoadProblems> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(LoadProblems([LoadProblem(SourceLine(file: path, line: 0), "cannot read config file (missing or not readable; give --config FILE)")]))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(LoadProblems([LoadProblem(SourceLine(file: path, line: 0), "config file is not UTF-8")]))
        }
        if let bad = TableHeaders.malformed(in: text) {
            return .failure(LoadProblems([LoadProblem(SourceLine(file: path, line: bad), "table header must be [name] or [[name]] with names separated by dots")]))
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return .failure(LoadProblems([LoadProblem(SourceLine(file: path, line: error.source.begin.line), error.description)]))
        } catch {
            return .failure(LoadProblems([LoadProblem(SourceLine(file: path, line: 0), "\(error)")]))
        }
        var reader = TableReader(file: path, lines: KeyLines(text))
        let directory = (absolute(path) as NSString).deletingLastPathComponent
        var config = Config(
            file: path, patternsDirectory: (directory as NSString).appendingPathComponent("patterns"),
            internalDomains: [], logLevel: "info", limits: ScanLimits(),
            notices: NoticeSettings(templatesDirectory: (directory as NSString).appendingPathComponent("notices"))
        )
        reader.expectKeys(table, in: "")
        if let patterns = reader.string(table, "patterns", in: "") {
            config.patternsDirectory = absolute(patterns, relativeTo: directory)
        }
        if let domains = reader.strings(table, "internal_domains", in: "") {
            config.internalDomains = domains.map { $0.lowercased() }
            for domain in config.internalDomains where !isDomainName(domain) {
                reader.problem("internal_domains", in: "", "'\(domain)' is not a domain name")
            }
        }
        if let level = reader.string(table, "log_level", in: "") {
            if Config.logLevels.contains(level) { config.logLevel = level } else {
                reader.problem("log_level", in: "", "must be one of \(Config.logLevels.joined(separator: ", "))")
            }
        }
        if let limits = reader.table(table, "limits", in: "") {
            reader.expectKeys(limits, in: "limits")
            if let value = reader.int(limits, "max_message_mib", in: "limits") { config.buffering.maxMessageBytes = value << 20 }
            if let value = reader.int(limits, "max_buffered_mib", in: "limits") { config.buffering.maxBufferedBytes = value << 20 }
            readExtractionLimits(limits, into: &config.inspection, reader: &reader)
            if let value = reader.int(limits, "match_limit", in: "limits") {
                config.limits.matchLimit = UInt32(value)
            }
            if let value = reader.int(limits, "jit_stack_kib", in: "limits") {
                config.limits.jitStackBytes = value * 1024
            }
            if let action = reader.action(limits, "on_scan_error", in: "limits") { config.limits.onScanError = action }
        }
        if let attachments = reader.table(table, "attachments", in: "") {
            AttachmentsConfig.read(attachments, into: &config.inspection, reader: &reader)
        }
        if let milter = reader.table(table, "milter", in: "") {
            readMilter(milter, into: &config.milter, directory: directory, reader: &reader)
        }
        if let workers = reader.table(table, "workers", in: "") {
            readWorkers(workers, into: &config.workers, reader: &reader)
        }
        let directorySection = reader.table(table, "directory", in: "")
        config.policy = PolicyConfig.read(table, directorySection: directorySection, internalDomains: config.internalDomains, directory: directory, reader: &reader)
        RecordsConfig.read(table, directorySection: directorySection, into: &config.inspection.records, directory: directory, reader: &reader)
        if let bulk = reader.table(table, "bulk", in: "") {
            BulkConfig.read(bulk, into: &config.policy.bulk, database: &config.ledgerPath, directory: directory,
                            groups: config.policy.directory.groups.map(\.name), reader: &reader)
        }
        if let notices = reader.table(table, "notices", in: "") {
            NoticeConfig.read(notices, into: &config.notices, directory: directory, reader: &reader)
        }
        OperationsConfig.read(table, into: &config, directory: directory, reader: &reader)
        ConsoleConfig.read(table, into: &config, directory: directory, reader: &reader)
        StoreConfig.read(table, into: &config.store, directory: directory, reader: &reader)
        ConductConfig.read(table, into: &config.conduct, directory: directory, reader: &reader)
        if config.conduct.files != nil, config.workers.memoryMiB > 0, config.workers.memoryMiB < ConductConfig.minimumWorkerMiB {
            reader.problem("memory_mib", in: "workers", "\(config.workers.memoryMiB) MiB is too little for a worker with the conduct model (at least \(ConductConfig.minimumWorkerMiB), or 0 for no limit)")
        }
        return reader.problems.isEmpty ? .success(config) : .failure(LoadProblems(reader.problems))
    }

    private static func readExtractionLimits(_ table: TOMLTable, into settings: inout InspectionSettings, reader: inout TableReader) {
        if let value = reader.int(table, "max_decoded_mib", in: "limits") { settings.extraction.maxDecodedBytes = value << 20 }
        if let value = reader.int(table, "max_depth", in: "limits") { settings.extraction.maxDepth = value }
        if let value = reader.int(table, "max_archive_members", in: "limits") { settings.extraction.maxArchiveMembers = value }
        if let value = reader.int(table, "max_expansion_ratio", in: "limits") { settings.extraction.maxExpansionRatio = value }
        if let value = reader.int(table, "seconds_per_message", in: "limits") { settings.extraction.timeBudget = .seconds(value) }
        if let action = reader.action(table, "on_unscannable", in: "limits") { settings.onUnscannable = action }
        if let action = reader.action(table, "hidden_action", in: "limits") { settings.hiddenAction = action }
    }

    private static func readWorkers(_ table: TOMLTable, into settings: inout WorkerSettings, reader: inout TableReader) {
        reader.expectKeys(table, in: "workers")
        if let value = reader.int(table, "count", in: "workers") { settings.count = value }
        if let value = reader.int(table, "max_messages", in: "workers") { settings.maxMessages = value }
        if let value = reader.int(table, "memory_mib", in: "workers") {
            if value == 0 || value >= 256 { settings.memoryMiB = value } else {
                reader.problem("memory_mib", in: "workers", "\(value) MiB is too little for a worker to start (at least 256, or 0 for no limit)")
            }
        }
        if let value = reader.int(table, "cpu_seconds", in: "workers") { settings.cpuSeconds = value }
        if let value = reader.int(table, "queue_wait_seconds", in: "workers") { settings.queueWaitSeconds = value }
    }

    private static func readMilter(_ table: TOMLTable, into settings: inout MilterSettings, directory: String, reader: inout TableReader) {
        reader.expectKeys(table, in: "milter")
        if let value = reader.string(table, "pid_file", in: "milter") {
            settings.pidFile = value.isEmpty ? nil : ConfigLoader.absolute(value, relativeTo: directory)
        }
        if let value = reader.string(table, "run_as", in: "milter") {
            settings.runAs = value.isEmpty ? nil : value
        }
        if let value = reader.string(table, "socket", in: "milter") {
            if let socket = MilterSocket(value) { settings.socket = socket } else {
                reader.problem("socket", in: "milter", "'\(value)' is not unix:/path, inet:PORT@HOST or inet6:PORT@HOST")
            }
        }
        if let value = reader.string(table, "socket_mode", in: "milter") {
            if let mode = UInt16(value, radix: 8), mode <= 0o777 { settings.socketMode = mode } else {
                reader.problem("socket_mode", in: "milter", "'\(value)' is not an octal mode such as \"0660\"")
            }
        }
        if let value = reader.string(table, "socket_group", in: "milter") {
            settings.socketGroup = value.isEmpty ? nil : value
        }
        if let value = reader.string(table, "on_error", in: "milter") {
            if let action = Action(rawValue: value), MilterSettings.errorActions.contains(action) { settings.onError = action } else {
                reader.problem("on_error", in: "milter", "must be one of \(MilterSettings.errorActions.map(\.rawValue).joined(separator: ", "))")
            }
        }
    }

    /// `path` made absolute against `base` (default: the working directory) and tidied.
    package static func absolute(_ path: String, relativeTo base: String = FileManager.default.currentDirectoryPath) -> String {
        let joined = path.hasPrefix("/") ? path : (base as NSString).appendingPathComponent(path)
        return (joined as NSString).standardizingPath
    }

    package static func isDomainName(_ name: String) -> Bool {
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
                && label.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" }
        }
    }
}

/// Line numbers of keys in a TOML text, since the parser reports them only for syntax errors.
/// Knows `[table]` headers and `key = value` lines, which is how the config is written.
/// The n-th `[[name]]` table is named `name#n` (from 0).
package struct KeyLines {
    private var lines: [String: Int] = [:]

    package init(_ text: String) {
        var table = ""
        var arrayCounts: [String: Int] = [:]
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[["), let close = line.range(of: "]]") {
                let name = line[line.index(line.startIndex, offsetBy: 2)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                table = "\(name)#\(arrayCounts[name, default: 0])"
                arrayCounts[name, default: 0] += 1
                lines[table] = index + 1
            } else if line.hasPrefix("["), let close = line.firstIndex(of: "]") {
                table = line[line.index(after: line.startIndex)..<close].trimmingCharacters(in: .whitespaces)
                lines[table] = lines[table] ?? index + 1
            } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
                let key = line[..<equals].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                let path = table.isEmpty ? key : "\(table).\(key)"
                lines[path] = lines[path] ?? index + 1
            }
        }
    }

    package func line(of key: String, in table: String) -> Int {
        lines[table.isEmpty ? key : "\(table).\(key)"] ?? lines[table] ?? 1
    }
}

/// Typed reads from a TOML table that record a problem (with line) for each bad value.
package struct TableReader {
    package let file: String
    package let lines: KeyLines
    package var problems: [LoadProblem] = []

    package mutating func problem(_ key: String, in table: String, _ cause: String) {
        let name = table.isEmpty ? key : "\(table).\(key)"
        problems.append(LoadProblem(SourceLine(file: file, line: lines.line(of: key, in: table)), "\(name): \(cause)"))
    }

    /// Every key of `table` must be declared for its section (`ConfigKeys`); `section`
    /// when `scope` does not name it (a window inside `bulk.limits#0`).
    package mutating func expectKeys(_ table: TOMLTable, in scope: String, section: String? = nil) {
        expectKeys(table, in: scope, known: ConfigKeys.known(in: section ?? ConfigKeys.section(of: scope)))
    }

    /// Keys the config does not declare one by one (the model's categories).
    package mutating func expectKeys(_ table: TOMLTable, in scope: String, known: [String]) {
        for key in table.keys where !known.contains(key) {
            problem(key, in: scope, "unknown key (known: \(known.joined(separator: ", ")))")
        }
    }

    /// The declaration of `key` read at `scope`: a key read but not declared is a defect
    /// the tests catch, never a user's mistake.
    private func declared(_ key: String, in scope: String, section: String?, as name: String?) -> ConfigKey {
        let section = section ?? ConfigKeys.section(of: scope)
        guard let declared = ConfigKeys.key(name ?? key, in: section) else { preconditionFailure("\(section).\(key) is not in ConfigKeys") }
        return declared
    }

    package mutating func string(_ table: TOMLTable, _ key: String, in name: String) -> String? {
        guard let value = table[key] else { return nil }
        guard let string = value.string else { return typeProblem(key, in: name, "a string", value) }
        return string
    }

    package mutating func strings(_ table: TOMLTable, _ key: String, in name: String) -> [String]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array, let strings = Optional(array.compactMap(\.string)), strings.count == array.count else {
            return typeProblem(key, in: name, "an array of strings", value)
        }
        return strings
    }

    /// A whole number within the key's declared range.
    package mutating func int(_ table: TOMLTable, _ key: String, in name: String, section: String? = nil) -> Int? {
        guard case .integer(let range) = declared(key, in: name, section: section, as: nil).value else {
            preconditionFailure("\(name).\(key) is not declared as an integer")
        }
        guard let value = table[key] else { return nil }
        guard let int = value.int else { return typeProblem(key, in: name, "a whole number", value) }
        guard range.contains(int) else {
            problem(key, in: name, "\(int) is out of range \(range.lowerBound)...\(range.upperBound)")
            return nil
        }
        return int
    }

    /// A whole or decimal number within the key's declared range (`as`: the declared name,
    /// for keys declared as a pattern such as `conduct.thresholds.CATEGORY`).
    package mutating func number(_ table: TOMLTable, _ key: String, in name: String, as declaredName: String? = nil) -> Double? {
        guard case .number(let range) = declared(key, in: name, section: nil, as: declaredName).value else {
            preconditionFailure("\(name).\(key) is not declared as a number")
        }
        guard let value = table[key] else { return nil }
        guard let number = value.double ?? value.int.map(Double.init) else { return typeProblem(key, in: name, "a number", value) }
        guard range.contains(number) else {
            problem(key, in: name, "\(number) is out of range \(range.lowerBound)...\(range.upperBound)")
            return nil
        }
        return number
    }

    package mutating func bool(_ table: TOMLTable, _ key: String, in name: String) -> Bool? {
        guard let value = table[key] else { return nil }
        guard let bool = value.bool else { return typeProblem(key, in: name, "true or false", value) }
        return bool
    }

    /// A problem in another file (a list file the config names).
    package mutating func problem(file: String, line: Int, _ cause: String) {
        problems.append(LoadProblem(SourceLine(file: file, line: line), cause))
    }

    package mutating func action(_ table: TOMLTable, _ key: String, in name: String) -> Action? {
        guard let value = string(table, key, in: name) else { return nil }
        guard let action = Action(rawValue: value) else {
            problem(key, in: name, "must be one of \(Action.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return action
    }

    /// A string that becomes part of a mail header: no control characters.
    package mutating func headerText(_ table: TOMLTable, _ key: String, in name: String) -> String? {
        guard let value = string(table, key, in: name) else { return nil }
        guard !ControlCharacters.contains(in: value) else {
            problem(key, in: name, "must be one line without control characters")
            return nil
        }
        return value
    }

    /// The tables of an array of tables (`[[name]]`); a wrong shape is a problem, not silence.
    package mutating func tables(_ table: TOMLTable, _ key: String, in name: String) -> [TOMLTable] {
        guard let value = table[key] else { return [] }
        guard let array = value.array, array.allSatisfy({ $0.table != nil }) else {
            problem(key, in: name, "must be an array of tables ([[\(name.isEmpty ? key : "\(name).\(key)")]] or [{ ... }])")
            return []
        }
        return array.compactMap(\.table)
    }

    package mutating func table(_ table: TOMLTable, _ key: String, in name: String) -> TOMLTable? {
        guard let value = table[key] else { return nil }
        guard let inner = value.table else { return typeProblem(key, in: name, "a table", value) }
        return inner
    }

    private mutating func typeProblem<T>(_ key: String, in name: String, _ expected: String, _ value: TOMLValueConvertible) -> T? {
        problem(key, in: name, "must be \(expected), not \(value.type)")
        return nil
    }
}

/// Table headers checked before TOMLKit sees them: its bundled toml++ asserts (aborts the
/// process) on a header whose key starts with something other than a key character, such as
/// `[[.name]]`, instead of reporting an error.
package enum TableHeaders {
    /// The line number of the first malformed header, if any.
    package static func malformed(in text: String) -> Int? {
        var inMultilineString = false
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let delimiters = line.components(separatedBy: "\"\"\"").count - 1 + line.components(separatedBy: "\'\'\'").count - 1
            if delimiters % 2 == 1 { inMultilineString.toggle() }
            guard !inMultilineString, line.hasPrefix("[") else { continue }
            let body = line.dropFirst(line.hasPrefix("[[") ? 2 : 1)
            if !isKeyPath(body) { return index + 1 }
        }
        return nil
    }

    /// `name`, `"quoted name"` or `'literal'`, separated by dots, then `]`.
    private static func isKeyPath(_ text: Substring) -> Bool {
        var rest = text.drop { $0 == " " || $0 == "\t" }
        while true {
            if let quote = rest.first, quote == "\"" || quote == "'" {
                guard let close = rest.dropFirst().firstIndex(of: quote) else { return false }
                rest = rest[rest.index(after: close)...]
            } else {
                let key = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
                guard !key.isEmpty else { return false }
                rest = rest.dropFirst(key.count)
            }
            rest = rest.drop { $0 == " " || $0 == "\t" }
            guard rest.first == "." else { return rest.first == "]" }
            rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        }
    }
}
