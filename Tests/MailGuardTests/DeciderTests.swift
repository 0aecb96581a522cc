@testable import Configuration
import Foundation
import Inspection
@testable import Milter
import Policy
import Synchronization
import Testing

/// The decision at end of message, as a value: no milter, no libmilter, no session.
@Suite("Decider")
struct DeciderTests {
    static func decide(_ body: String, from sender: String = "pat.teacher@district.example", to recipient: String = "friend@mail.example",
                       edits: MessageEdits = MessageEdits(), ledger: Ledger? = nil) throws -> Decision {
        let engine = try shippedEngine()
        let raw = Array("From: <\(sender)>\r\nTo: <\(recipient)>\r\nSubject: hi\r\n\r\n\(body)\r\n".utf8)
        let envelope = Envelope(sender: sender, recipients: [recipient], authenticated: true)
        let inspection = engine.inspector.inspect(raw, scope: engine.conductScope(envelope))
        return Decider.decide(inspection, envelope: envelope, engine: engine, edits: edits, ledger: ledger, queueID: "4A1B2C3D")
    }

    @Test("an SSN to an outside address: reject with the reply as the sender's notice, values redacted everywhere")
    func reject() throws {
        let decision = try Self.decide("my SSN is 536-90-4399")
        #expect(decision.status == .reject)
        guard case .setReply(let reply) = decision.actions.first, decision.actions.count == 1 else {
            Issue.record("actions: \(decision.actions)"); return
        }
        #expect(reply.code == "550" && reply.text.contains("***-**-4399"))
        #expect(decision.mails.isEmpty)
        #expect(decision.logFields["verdict"] == "reject")
        #expect(decision.logFields["found"]?.description.contains("ssn:***-**-4399@body (text/plain)") == true)
        let everything = "\(decision.actions) \(decision.mails) \(decision.logFields)"
        #expect(!everything.contains("536-90-4399") && !everything.contains("536904399"))
    }

    @Test("a password: held in Postfix's hold queue with the result header, and a notice to the sender without it")
    func quarantine() throws {
        let decision = try Self.decide("username: sub12 password: Falcon$2026", to: "office@district.example")
        #expect(decision.status == .proceed)
        #expect(decision.actions == [
            .addHeader(name: "X-MailGuard", value: "quarantine; rules=password"), .quarantine("MailGuard: rule password (guideline 3)"),
        ])
        #expect(decision.mails.map(\.recipients) == [["pat.teacher@district.example"]])
        #expect(!decision.mails.contains { $0.body.contains("Falcon") })
    }

    @Test("a message with thirty SSNs logs twenty of them, redacted, and counts the rest")
    func boundedLogLine() throws {
        let numbers = (0..<30).map { "\(101 + $0)-45-\(6001 + $0)" }
        let decision = try Self.decide("Roster: " + numbers.joined(separator: ", "))
        #expect(decision.verdict.findings.filter { $0.kind == "ssn" }.count == 30)
        let found = try #require(decision.logFields["found"]?.description)
        #expect(found.components(separatedBy: "ssn:").count - 1 == Decider.loggedItems)
        #expect(found.hasSuffix("; and \(decision.verdict.findings.count - Decider.loggedItems) more"))
        #expect(!numbers.contains { found.contains($0) })
    }

    @Test("a clean message: no change, no mail, one log field set")
    func clean() throws {
        let decision = try Self.decide("See you at the meeting on Tuesday.")
        #expect(decision.status == .proceed && decision.actions.isEmpty && decision.mails.isEmpty)
        #expect(decision.logFields == ["verdict": "accept"])
    }

    @Test("headers with MailGuard's name are deleted first, last to first, before the real header is added")
    func forgedHeaders() throws {
        var edits = MessageEdits()
        for _ in 0..<2 { edits.forgedHeaders.add("X-MailGuard") }
        let decision = try Self.decide("Test card 4111 1111 1111 1111 for the sandbox", to: "office@district.example", edits: edits)
        #expect(decision.status == .proceed)
        #expect(decision.actions.prefix(3) == [
            .deleteHeader(name: "X-MailGuard", index: 2), .deleteHeader(name: "X-MailGuard", index: 1),
            .addHeader(name: "X-MailGuard", value: decision.verdict.headerValue),
        ])
    }

    /// The shipped config lets a student send 10 messages a minute.
    static let student = "kid@students.district.example"

    @Test("a window that fills while the message is decided (outside the ledger's lock) turns it over the limit, uncharged")
    func windowFilledMeanwhile() throws {
        let ledger = FillingLedger(sender: Self.student, entries: 10)
        let decision = try Self.decide("See you at practice.", from: Self.student, to: "coach@district.example", ledger: ledger)
        #expect(decision.verdict.findings.map(\.kind) == [BulkSettings.rateKind])
        #expect(decision.status == .tempfail)
        #expect(ledger.messages(from: Self.student) == 10)
    }

    @Test("with nothing in between, the message is accepted and charged once")
    func charged() throws {
        let ledger = FillingLedger(sender: Self.student, entries: 0)
        let decision = try Self.decide("See you at practice.", from: Self.student, to: "coach@district.example", ledger: ledger)
        #expect(decision.status == .proceed && decision.verdict.findings.isEmpty)
        #expect(ledger.messages(from: Self.student) == 1)
    }
}

/// A ledger in memory where another milter thread sends `entries` messages for `sender` right
/// after the first transaction (the read before deciding) ends.
final class FillingLedger: Ledger {
    private let inner = MemoryLedger()
    private let transactions = Atomic<Int>(0)
    private let sender: String
    private let entries: Int

    init(sender: String, entries: Int) {
        self.sender = sender
        self.entries = entries
    }

    func transaction<T>(_ body: (LedgerTransaction) throws -> T) throws -> T {
        defer {
            if transactions.add(1, ordering: .relaxed).newValue == 1 {
                try? inner.transaction { transaction in
                    for _ in 0..<entries { try transaction.add(LedgerEntry(kind: "messages", subject: sender, at: Date())) }
                }
            }
        }
        return try inner.transaction(body)
    }

    func messages(from sender: String) -> Int {
        (try? inner.transaction { try $0.total(kind: "messages", subject: sender, since: Date().addingTimeInterval(-60)) }) ?? -1
    }
}
