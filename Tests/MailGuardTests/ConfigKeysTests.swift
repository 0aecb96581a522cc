@testable import Configuration
import Detectors
import Foundation
import TestSupport
import Testing

/// Each config key is declared once (`ConfigKeys`); the table in docs/configuration.md and the
/// shipped config are held to the declarations, and the loader enforces them.
@Suite("Config keys")
struct ConfigKeysTests {
    @Test("mailguard.toml(5) has an entry for every declared key under its section, and no markdown left")
    func manualPage() {
        let page = ConfigManual.page(version: "9.9")
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == ".TH MAILGUARD.TOML 5 \"\" \"MailGuard 9.9\" \"File Formats\"")
        var section = "", found: Set<String> = []
        for (index, line) in lines.enumerated() {
            if line.hasPrefix(".SH ") { section = String(line.dropFirst(4)) }
            if line == ".TP", index + 1 < lines.count, lines[index + 1].hasPrefix(".B ") {
                found.insert(section + "|" + lines[index + 1].dropFirst(3).replacingOccurrences(of: "\\-", with: "-"))
            }
        }
        for key in ConfigKeys.all {
            let heading = key.section.isEmpty ? "TOP\\-LEVEL KEYS"
                : key.section.hasSuffix("[]") ? (key.section.dropLast(2).contains("[]") ? "" : "[[\(key.section.dropLast(2).replacingOccurrences(of: "-", with: "\\-"))]]")
                : "[\(key.section.replacingOccurrences(of: "-", with: "\\-"))]"
            #expect(found.contains { $0.hasSuffix("|" + key.name) && (heading.isEmpty || $0.hasPrefix(heading + "|")) }, "\(key.path)")
        }
        #expect(!page.contains("`"))
        #expect(!page.contains("]("))
    }

    @Test("the key table of docs/configuration.md is the one the declarations print (mailguard check --keys)")
    func documentedTable() throws {
        let page = try String(contentsOf: Repository.root.appendingPathComponent("docs/configuration.md"), encoding: .utf8)
        let start = try #require(page.range(of: "| key | type | default | reload applies | meaning |"))
        let table = page[start.lowerBound...].prefix { _ in true }.components(separatedBy: "\n\n")[0]
        #expect(table == ConfigKeys.markdownTable)
    }

    /// (section, key) of every key the shipped config sets or shows commented out (`#key =`),
    /// table headers and inline tables included, in `ConfigKeys`' section names.
    static func sampleKeys() throws -> Set<String> {
        var keys: Set<String> = [], section = ""
        for raw in try String(contentsOf: Repository.config, encoding: .utf8).split(separator: "\n") {
            var line = raw.trimmingCharacters(in: .whitespaces)
            // `#key = value` and `#[table]` are shown commented out; `# text` is prose.
            if line.hasPrefix("#"), let next = line.dropFirst().first, next.isLowercase || next == "[" { line.removeFirst() }
            if line.hasPrefix("[") {
                let array = line.hasPrefix("[[")
                let name = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
                let parts = name.split(separator: ".").map(String.init)
                keys.insert(parts.dropLast().joined(separator: ".") + "|" + parts.last!)
                section = name.hasPrefix("groups.") ? "groups.NAME" : name + (array ? "[]" : "")
                continue
            }
            guard let key = line.split(separator: "=", maxSplits: 1).first.map({ $0.trimmingCharacters(in: .whitespaces) }),
                  !key.isEmpty, key.allSatisfy({ $0.isLowercase || $0 == "_" || $0 == "-" }), line.contains("=") else { continue }
            keys.insert(section.hasPrefix("conduct.thresholds") ? "conduct.thresholds|CATEGORY"
                        : section == "console.roles" ? "console.roles|KIND" : "\(section)|\(key)")
            // Inline tables: `windows = [{ seconds = 60, messages = 10 }]`.
            if line.contains("{") {
                for inner in line.split(separator: "{").dropFirst().flatMap({ $0.split(separator: ",") }) {
                    let name = inner.split(separator: "=").first!.trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty, name.allSatisfy({ $0.isLowercase || $0 == "_" }) { keys.insert("\(section).\(key)[]|\(name)") }
                }
            }
        }
        return keys
    }

    @Test("the shipped config sets or shows (commented out) every declared key, and nothing undeclared")
    func sample() throws {
        let sample = try Self.sampleKeys().filter { !$0.hasPrefix("groups|") }
        let declared = Set(ConfigKeys.all.map { "\($0.section)|\($0.name)" })
        // Table headers: `[limits]` is `|limits`, `[conduct.thresholds]` is `conduct|thresholds`.
        let sections = Set(ConfigKeys.all.map { $0.section.replacingOccurrences(of: "[]", with: "") }.filter { !$0.isEmpty }.map { section in
            let parts = section.split(separator: ".")
            return parts.dropLast().joined(separator: ".") + "|" + parts.last!
        })
        #expect(sample.subtracting(declared).subtracting(sections).sorted() == [])
        #expect(declared.subtracting(sample).sorted() == [])
    }

    /// A config file holding `[section]` with `key = value`, loaded.
    static func load(_ text: String) throws -> Result<Config, LoadProblems> {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mailguard-keys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("mailguard.toml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return ConfigLoader.load(path)
    }

    @Test("every declared whole-number key of a plain section takes its bounds and refuses one past them")
    func ranges() throws {
        for key in ConfigKeys.all where !key.section.contains("[") && !key.section.contains("NAME") {
            guard case .integer(let range) = key.value else { continue }
            let header = key.section.isEmpty ? "" : "[\(key.section)]\n"
            for inside in [range.lowerBound, range.upperBound] {
                let problems = try Self.load("\(header)\(key.name) = \(inside)\n").failure?.problems.map(\.description) ?? []
                #expect(!problems.contains { $0.contains("\(key.path): ") && $0.contains("out of range") }, "\(key.path) = \(inside): \(problems)")
            }
            let outside = try Self.load("\(header)\(key.name) = \(range.upperBound + 1)\n").failure?.problems.map(\.description) ?? []
            #expect(outside.contains { $0.hasSuffix("mailguard.toml:\(key.section.isEmpty ? 1 : 2): \(key.path): \(range.upperBound + 1) is out of range \(range.lowerBound)...\(range.upperBound)") },
                    "\(key.path): \(outside)")
        }
    }

    @Test("a section of the wrong type is one problem, however many parts of the loader read it")
    func sectionReadOnce() throws {
        let problems = try Self.load("directory = 5\n").failure?.problems.map(\.description) ?? []
        #expect(problems.filter { $0.contains("directory: must be a table") }.count == 1, "\(problems)")
    }

    @Test("an undeclared key is refused with its section's declared keys")
    func unknown() throws {
        let problems = try Self.load("[workers]\ncount = 2\nthreads = 4\n").failure?.problems.map(\.description) ?? []
        #expect(problems.contains { $0.contains("mailguard.toml:3: workers.threads: unknown key (known: count, max_messages, memory_mib, cpu_seconds, queue_wait_seconds)") },
                "\(problems)")
    }
}
