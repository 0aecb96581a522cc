@testable import Configuration
import Detectors
import Extraction
import Foundation
import Inspection
import Logging
@testable import MailGuard
@testable import Milter
import Policy
import Testing

/// The conduct model as the milter and `scan` use it: config, loading and reload, the envelope
/// gate, monitor mode.
@Suite("Conduct model")
struct ConductModelTests {
    static let student = "riley.kid@students.district.example"
    static let classmate = "jordan.kid@students.district.example"
    static let plan = "my brother keeps his 9 in the glovebox. im taking it with me on friday and 4th period is finally going to learn"

    static func raw(_ body: String, from: String = student, to: String = classmate, subject: String = "friday") -> [UInt8] {
        Array("From: \(from)\r\nTo: \(to)\r\nSubject: \(subject)\r\nMessage-ID: <m@district.example>\r\n\r\n\(body)\r\n".utf8)
    }

    /// A copy of the shipped config with `[conduct]` keys set, in a fresh directory beside the
    /// shipped patterns, notices and directory files.
    static func config(_ conduct: [String: String], heads: String? = nil) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mailguard-conduct-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var values = [
            "encoder": "\"\(TestPaths.root.appendingPathComponent(".models/all-MiniLM-L6-v2").path)\"",
            "heads": "\"\(heads ?? TestPaths.root.appendingPathComponent("models/conduct/heads.json").path)\"",
            "patterns": "\"\(TestPaths.patterns)\"",
        ]
        values.merge(conduct) { $1 }
        var lines: [String] = []
        for line in try String(contentsOfFile: TestPaths.config, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
            let key = line.split(separator: "=", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            // "#key" sets a key the shipped config has commented out.
            lines.append(values[key].map { "\(key.hasPrefix("#") ? String(key.dropFirst()) : key) = \($0)" } ?? String(line))
        }
        var text = lines.joined(separator: "\n")
        for name in ["notices", "directory"] {
            text = text.replacingOccurrences(of: "\"\(name)/", with: "\"\(TestPaths.root.appendingPathComponent(name).path)/")
                .replacingOccurrences(of: "templates = \"notices\"", with: "templates = \"\(TestPaths.root.appendingPathComponent("notices").path)\"")
        }
        let file = directory.appendingPathComponent("mailguard.toml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test("a student's plan with no list word is held and alerted; the same words in a lesson are not")
    func planAndLesson() throws {
        let engine = try shippedEngine()
        let envelope = Envelope(sender: Self.student, recipients: [Self.classmate], authenticated: true)
        let verdict = engine.verdict(for: Self.raw(Self.plan), envelope: envelope)
        #expect(verdict.action == .quarantine)
        #expect(Set(verdict.findings.map(\.ruleID)) == [ConductReader.ruleID])
        #expect(!verdict.alerts.isEmpty && !verdict.notifySender)
        // Never the words: a category, a description and a score.
        #expect(verdict.findings.allSatisfy { $0.redacted == "********" && !($0.note ?? "").contains("glovebox") })
        let lesson = "Today we read about the Battle of Gettysburg, where thousands of soldiers died on both sides. Read pages 212 to 230 for Friday."
        #expect(engine.verdict(for: Self.raw(lesson, from: "d.okafor@district.example"), envelope: envelope).action == .accept)
    }

    @Test("mail neither from nor to a protected group is scored on candidate sentences only")
    func gate() throws {
        let engine = try shippedEngine()
        let staff = Envelope(sender: "pat.teacher@district.example", recipients: ["office@district.example"], authenticated: true)
        let student = Envelope(sender: Self.student, recipients: ["office@district.example"], authenticated: true)
        #expect(engine.conductScope(staff) == .candidates)
        #expect(engine.conductScope(student) == .everySentence)
        #expect(engine.conductScope(Envelope(sender: "pat.teacher@district.example", recipients: ["a@district.example", Self.classmate])) == .everySentence)
        // No candidate word: nothing reaches the model at all, whatever it would say.
        let reader = try #require(engine.conduct)
        let quiet = [TextSegment(location: "body", text: "i already know which door i am going in through on monday")]
        #expect(reader.read(quiet, scope: .candidates).findings.isEmpty)
        // "gun" is a candidate word: that sentence is scored, and found.
        let candidate = "i'm bringing my dad's gun on friday and 4th period is finally going to learn"
        #expect(!reader.read([TextSegment(location: "body", text: candidate)], scope: .candidates).findings.isEmpty)
    }

    @Test("past its deadline the model stops, and the places it did not score are reported, not dropped")
    func deadline() throws {
        let reader = try #require(try shippedEngine().conduct)
        let segments = [TextSegment(location: "body", text: Self.plan), TextSegment(location: "attachment notes.txt", text: "a second text")]
        let late = reader.read(segments, scope: .everySentence, deadline: .now - .seconds(1))
        #expect(late.findings.isEmpty)
        #expect(late.unread.map(\.location) == ["body", "attachment notes.txt"])
        #expect(late.unread.allSatisfy { $0.note == "took too long: the conduct model ran out of time" })
        let inTime = reader.read(segments, scope: .everySentence)
        #expect(inTime.unread.isEmpty && !inTime.findings.isEmpty)
    }

    @Test("monitor mode: model findings are reported with what they would do, and decide nothing")
    func monitor() throws {
        let engine = try Engine.load(configPath: try Self.config(["mode": "\"monitor\""])).get()
        let envelope = Envelope(sender: Self.student, recipients: [Self.classmate], authenticated: true)
        let verdict = engine.verdict(for: Self.raw(Self.plan), envelope: envelope)
        #expect(verdict.action == .accept)
        #expect(verdict.monitored == .quarantine)
        #expect(verdict.alerts.isEmpty)
        #expect(verdict.findings.contains { $0.ruleID == ConductReader.ruleID && $0.trial == true && ($0.note ?? "").contains("on trial") })
    }

    @Test("a threshold in the config replaces the tuned one")
    func thresholds() throws {
        let engine = try shippedEngine()
        let strict = try Engine.load(configPath: try Self.config(["#threat": "0.999"])).get()
        #expect(strict.conduct?.threshold("threat") == Float(0.999))
        #expect(engine.conduct?.threshold("threat") == engine.conduct?.model.heads.thresholds["threat"])
    }

    @Test("model files that cannot be used are problems naming the file", arguments: [
        (["encoder": "\"/nonexistent/encoder\""], "/nonexistent/encoder/tokenizer.json: conduct model: cannot read"),
        (["mode": "\"loud\""], "conduct.mode: must be one of enforce, monitor"),
    ])
    func badModel(values: [String: String], problem: String) throws {
        guard case .failure(let problems) = Engine.load(configPath: try Self.config(values)) else {
            Issue.record("loaded")
            return
        }
        #expect(problems.description.contains(problem), "\(problems)")
    }

    @Test("a reload with damaged heads keeps the old model live and names the file")
    func reloadKeepsTheOldModel() throws {
        let heads = FileManager.default.temporaryDirectory.appendingPathComponent("mailguard-heads-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: heads, withIntermediateDirectories: true)
        let model = TestPaths.root.appendingPathComponent("models/conduct")
        for name in ["heads.json", "candidates.txt", "encoder-top.safetensors"] {
            try FileManager.default.copyItem(at: model.appendingPathComponent(name), to: heads.appendingPathComponent(name))
        }
        let headsFile = heads.appendingPathComponent("heads.json").path
        let store = EngineStore(try Engine.load(configPath: try Self.config([:], heads: headsFile)).get())
        let before = try #require(store.engine.conduct)
        try "{\"categories\": []}".write(toFile: headsFile, atomically: true, encoding: .utf8)
        let report = store.reload(logger: Logger(label: "test"))
        #expect(!report.ok)
        #expect(report.problems.contains { $0.contains(headsFile) && $0.contains("needs 'categories' and 'layers'") })
        #expect(store.engine.conduct?.model === before.model)
        // A worker built from the milter's image does not read the damaged file.
        let worker = try #require(try ConductReader.load(before.image))
        #expect(worker.model.categories == before.model.categories)
    }
}
