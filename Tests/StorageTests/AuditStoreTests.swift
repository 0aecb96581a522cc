import Detectors
import Foundation
import Synchronization
import GRDB
import Policy
@testable import Storage
import Testing

/// The audit trail against real SQLite files: migrations, queries, retention, batching and a
/// store that cannot be written.
@Suite("Audit trail")
struct AuditStoreTests {
    static let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    static func record(_ queueID: String, at: Date = t0, sender: String = "pat.teacher@district.example",
                       to recipients: [(String, String)] = [("office@district.example", "internal")], verdict: String = "accept",
                       findings: [AuditEntry.Finding] = [], groups: [String] = ["staff"]) -> AuditEntry {
        AuditEntry(at: at, queueID: queueID, client: "localhost[127.0.0.1]", sender: sender, senderGroups: groups,
                    recipients: recipients.map { AuditEntry.Recipient(address: $0.0, direction: $0.1) }, verdict: verdict,
                    findings: findings, size: 1200, scanMilliseconds: 1.5, totalMilliseconds: 2.5)
    }

    static let ssn = AuditEntry.Finding(rule: "ssn", kind: "ssn", action: "reject", location: "attachment roster.csv", redacted: "***-**-6789")
    static let phone = AuditEntry.Finding(rule: "phone", kind: "phone", action: "accept", location: "body (text/plain)", redacted: "***-***-0142")

    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("audit-\(UUID().uuidString).sqlite").path
    }

    /// A small trail: an SSN sent out, a phone inside, a student's held message, one old record.
    static func filled() throws -> AuditStore {
        let store = try AuditStore()
        try store.write([
            record("A1", at: t0, to: [("vendor@outside.example", "outbound")], verdict: "reject", findings: [ssn, phone]),
            record("B2", at: t0.addingTimeInterval(60), findings: [phone]),
            record("C3", at: t0.addingTimeInterval(120), sender: "kid@students.district.example",
                   to: [("tutor@approved.example", "outbound"), ("friend@students.district.example", "internal")], verdict: "quarantine",
                   findings: [AuditEntry.Finding(rule: "street-address", kind: "street-address", action: "quarantine", location: "body", redacted: "********")],
                   groups: ["students"]),
            record("OLD", at: t0.addingTimeInterval(-400 * 86_400)),
        ])
        return store
    }

    @Test("a file is created with its tables, in WAL mode, and opens again (migrations run once)")
    func migrations() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try AuditStore(path: path).write([Self.record("Q1")])
        let reopened = try AuditStore(path: path)
        #expect(try reopened.records(matching: AuditQuery()).map(\.queueID) == ["Q1"])
        let tables = try DatabaseQueue(path: path).read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
             try String.fetchOne(db, sql: "PRAGMA journal_mode"))
        }
        #expect(Set(tables.0).isSuperset(of: ["message", "recipient", "sender_group", "finding", "review", "grdb_migrations"]))
        #expect(tables.1 == "wal")
        // The read-only store of the audit command opens the same file and never writes.
        let readOnly = try AuditStore(path: path, readOnly: true)
        #expect(try readOnly.records(matching: AuditQuery()).count == 1)
        #expect(throws: (any Error).self) { try readOnly.write([Self.record("Q2")]) }
    }

    @Test("a record comes back whole: recipients with directions, groups, findings in order, times")
    func roundTrip() throws {
        let store = try Self.filled()
        let record = try #require(try store.records(matching: AuditQuery(queueID: "A1")).first)
        var expected = Self.record("A1", to: [("vendor@outside.example", "outbound")], verdict: "reject", findings: [Self.ssn, Self.phone])
        expected.recordID = 1
        #expect(record == expected)
        #expect(record.decidingRules == ["ssn"])
    }

    @Test("the deciding policy row, the notice sent and the alert come back; reviews keep their reason and list newest first")
    func decisionDetails() throws {
        let store = try AuditStore()
        var entry = Self.record("H1", verdict: "quarantine", findings: [Self.ssn])
        entry.policyRow = "students-hold"
        entry.notice = "To: kid@students.district.example\n\nssn in body: ***-**-6789"
        entry.alerted = true
        try store.write([entry])
        try store.addReview(queueID: "H1", AuditEntry.Review(at: Self.t0.addingTimeInterval(60), action: "read", by: "counselor", reason: "checking on the student"))
        try store.addReview(queueID: "H1", AuditEntry.Review(at: Self.t0.addingTimeInterval(120), action: "released", by: "counselor", reason: "safe to deliver"))
        let read = try #require(try store.records(matching: AuditQuery(queueID: "H1")).first)
        #expect(read.policyRow == "students-hold" && read.notice == entry.notice && read.alerted)
        #expect(read.reviews.map(\.reason) == ["checking on the student", "safe to deliver"])
        #expect(try store.reviews(matching: ReviewQuery(by: "counselor")).map(\.action) == ["released", "read"])
        #expect(try store.reviews(matching: ReviewQuery(by: "someone else")).isEmpty)
        let outcomes = try store.holdOutcomes(matching: AuditQuery(), by: .month)
        #expect(outcomes.map(\.period) == [try store.summary(matching: AuditQuery(), by: .month).byGroup[0].period])
        #expect(outcomes.map(\.outcome) == ["released"])
        #expect(outcomes.first?.decidedAt == Self.t0.addingTimeInterval(120))
    }

    @Test("filters", arguments: [
        (AuditQuery(), ["C3", "B2", "A1", "OLD"]),
        (AuditQuery(sender: "KID@students.district.example"), ["C3"]),
        (AuditQuery(recipient: "friend@students.district.example"), ["C3"]),
        (AuditQuery(rule: "phone"), ["B2", "A1"]),
        (AuditQuery(kind: "ssn"), ["A1"]),
        (AuditQuery(verdict: "quarantine"), ["C3"]),
        (AuditQuery(direction: "outbound"), ["C3", "A1"]),
        (AuditQuery(rule: "phone", direction: "outbound"), ["A1"]),
        (AuditQuery(since: t0.addingTimeInterval(60)), ["C3", "B2"]),
        (AuditQuery(since: t0, until: t0.addingTimeInterval(60)), ["A1"]),
        (AuditQuery(limit: 2), ["C3", "B2"]),
        (AuditQuery(rule: "ssn-look-alike"), []),
        (AuditQuery(sender: "pat.teacher@district.example' OR '1'='1"), []),
    ])
    func filters(_ query: AuditQuery, _ expected: [String]) throws {
        #expect(try Self.filled().records(matching: query).map(\.queueID) == expected)
    }

    @Test("summary: messages per rule and per sender group and verdict, by month")
    func summary() throws {
        let summary = try Self.filled().summary(matching: AuditQuery(since: Self.t0.addingTimeInterval(-86_400)), by: .month)
        let month = summary.byRule.first?.period ?? ""
        #expect(summary.byRule.map { "\($0.rule)=\($0.messages)" }.sorted() == ["phone=2", "ssn=1", "street-address=1"])
        #expect(Set(summary.byRule.map(\.period)) == [month] && month.count == 7)
        #expect(summary.byGroup.map { "\($0.group)/\($0.verdict)=\($0.messages)" }.sorted()
            == ["staff/accept=1", "staff/reject=1", "students/quarantine=1"])
        let weeks = try Self.filled().summary(matching: AuditQuery(rule: "ssn"), by: .week)
        #expect(weeks.byRule.map(\.rule).contains("ssn") && weeks.byRule.allSatisfy { $0.period.contains("-W") })
    }

    @Test("retention deletes records and reviews older than the cut, with their rows in other tables")
    func retention() throws {
        let store = try Self.filled()
        try store.addReview(queueID: "OLD", AuditEntry.Review(at: Self.t0.addingTimeInterval(-400 * 86_400), action: "released", by: "root"))
        try store.addReview(queueID: "C3", AuditEntry.Review(at: Self.t0.addingTimeInterval(300), action: "released", by: "ms.rivera"))
        #expect(try store.prune(before: Self.t0.addingTimeInterval(-365 * 86_400)) == 1)
        #expect(try store.records(matching: AuditQuery()).map(\.queueID) == ["C3", "B2", "A1"])
        #expect(try store.records(matching: AuditQuery(queueID: "C3")).first?.reviews.map(\.by) == ["ms.rivera"])
        #expect(try store.records(matching: AuditQuery(until: Self.t0, sender: "pat.teacher@district.example")).isEmpty)
    }

    @Test("more than 100 findings: the first 100 are kept and the rest counted")
    func findingsBound() throws {
        let many = (0..<130).map { n in AuditEntry.Finding(rule: "phone", kind: "phone", action: "accept", location: "row \(n)", redacted: "***-***-0142") }
        let store = try AuditStore()
        try store.write([Self.record("MANY", findings: many)])
        let record = try #require(try store.records(matching: AuditQuery()).first)
        #expect(record.findings.count == 100 && record.findingsOmitted == 30)
    }

    @Test("findings the inspection counted without listing are counted as omitted in the record")
    func inspectionOmitted() throws {
        var verdict = Verdict(findings: [Detectors.Finding(ruleID: "phone", kind: "phone", confidence: .high, location: "body", redacted: "***-***-0142", action: .accept)])
        verdict.omittedFindings = 2000
        let record = AuditEntry(verdict: verdict, envelope: Envelope(sender: "a@district.example", recipients: ["b@district.example"]),
                                 queueID: "OMIT", client: "localhost", size: 10, scanMilliseconds: 1, totalMilliseconds: 1)
        let store = try AuditStore()
        try store.write([record])
        let read = try #require(try store.records(matching: AuditQuery()).first)
        #expect(read.findings.count == 1 && read.findingsOmitted == 2000)
    }

    @Test("the writer batches: nothing is written until the interval, then everything in one go; stop flushes")
    func batching() throws {
        let store = try AuditStore()
        let writer = AuditWriter(store: store, keepDays: 365, interval: 3600)
        writer.start()
        for n in 0..<10 { writer.submit(Self.record("W\(n)")) }
        Thread.sleep(forTimeInterval: 0.2)
        #expect(try store.records(matching: AuditQuery()).isEmpty)
        #expect(writer.pending == 10)
        writer.stop()
        #expect(try store.records(matching: AuditQuery()).count == 10)
        #expect(writer.pending == 0 && writer.dropped == 0)
    }

    @Test("a full disk (SQLITE_FULL): the failure is reported and the batch waits for the next write, bounded, oldest dropped")
    func fullDisk() throws {
        let store = try AuditStore(maxPages: 24)
        let failures = FailureCount()
        let writer = AuditWriter(store: store, keepDays: 365, interval: 3600, maxPending: 50) { _, _ in failures.add() }
        let big = (0..<100).map { _ in AuditEntry.Finding(rule: "phone", kind: "phone", action: "accept", location: String(repeating: "x", count: 500), redacted: "") }
        for n in 0..<60 { writer.submit(Self.record("F\(n)", findings: big)) }
        #expect(writer.pending == 50 && writer.dropped == 10)
        writer.write(Array(repeating: Self.record("F", findings: big), count: 5))
        #expect(failures.count == 1)
        #expect(writer.pending == 50 && writer.dropped == 15)
    }

    @Test("a batch that was stored is not queued again when only the pruning after it fails")
    func pruneFailureKeepsNoDuplicate() throws {
        struct PruneFailed: Error {}
        let stored = Mutex<[Int]>([])
        let failures = FailureCount()
        let writer = BatchWriter<Int>(name: "test", interval: 3600, onError: { _, _ in failures.add() },
                                      store: { batch in stored.withLock { $0 += batch } }, prune: { _ in throw PruneFailed() })
        writer.write([1, 2, 3])
        writer.write([4])
        #expect(stored.withLock { $0 } == [1, 2, 3, 4])
        #expect(writer.pending == 0)
        #expect(failures.count == 1)
    }

    @Test("a read-only database: every batch fails, is counted, and mail-side submit never blocks")
    func readOnly() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try AuditStore(path: path)
        let failures = FailureCount()
        let writer = AuditWriter(store: try AuditStore(path: path, readOnly: true), keepDays: 365, interval: 0.05) { _, _ in failures.add() }
        writer.start()
        for n in 0..<5 { writer.submit(Self.record("R\(n)")) }
        let deadline = Date().addingTimeInterval(5)
        while failures.count < 2 && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        writer.stop()
        #expect(failures.count >= 2)
        #expect(writer.pending == 5)
        #expect(try AuditStore(path: path, readOnly: true).records(matching: AuditQuery()).isEmpty)
    }
}

final class FailureCount: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    var count: Int { lock.withLock { value } }
    func add() { lock.withLock { value += 1 } }
}
