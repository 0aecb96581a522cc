import Detectors
import Logging
import Policy
import Testing
@testable import MailGuard

/// Records what the milter asked libmilter to do.
final class RecordingActions: MilterActions {
    var calls: [String] = []
    func addHeader(_ name: String, _ value: String) { calls.append("add \(name): \(value)") }
    func deleteHeader(_ name: String, index: Int) { calls.append("delete \(name)[\(index)]") }
    func setReply(_ reply: SMTPReply) { calls.append("reply \(reply.code) \(reply.extended) \(reply.text)") }
    func quarantine(_ reason: String) { calls.append("quarantine \(reason)") }
}

func shippedEngine() throws -> Engine {
    try Engine.load(configPath: TestPaths.config).get()
}

/// Feeds one message through a session the way libmilter would.
func deliver(_ session: MilterSession, headers: [(String, String)] = [("Subject", "hi")], body: String) -> (MilterStatus, [String]) {
    session.mailFrom("<pat.teacher@district.example>")
    session.recipient("<office@district.example>")
    for (name, value) in headers { session.header(name: name, value: value) }
    session.endOfHeaders()
    Array(body.utf8).withUnsafeBufferPointer { session.body($0) }
    let actions = RecordingActions()
    return (session.endOfMessage(queueID: "4A1B2C3D", actions: actions), actions.calls)
}

@Suite("Milter session")
struct MilterSessionTests {
    let logger = Logger(label: "test")

    @Test("each verdict becomes its milter actions", arguments: [
        ("Lunch is at noon.", MilterStatus.proceed, ["add X-MailGuard: accept"]),
        ("Sandbox 4111 1111 1111 1111", .proceed, ["add X-MailGuard: tag; rules=test-card"]),
        ("username: sub12 password: Falcon$2026", .proceed,
         ["add X-MailGuard: quarantine; rules=password", "quarantine MailGuard: rule password (guideline 3)"]),
        ("My SSN is 536-90-4399.", .reject,
         ["reply 550 5.7.1 MailGuard refused this message: US Social Security number in body (text/plain) (rule ssn, guideline 3). Remove the number. Forms that need it go through the district's secure document portal, not email."]),
    ])
    func verdicts(_ body: String, _ status: MilterStatus, _ calls: [String]) throws {
        let session = MilterSession(store: EngineStore(try shippedEngine()), logger: logger)
        let (result, recorded) = deliver(session, body: body)
        #expect(result == status)
        #expect(recorded == calls)
    }

    @Test("forged X-MailGuard headers are deleted, last first, before the result is added")
    func forged() throws {
        let session = MilterSession(store: EngineStore(try shippedEngine()), logger: logger)
        let headers = [("X-MailGuard", "accept"), ("Subject", "x"), ("x-mailguard", "accept"), ("X-MailGuard-Score", "0")]
        let (_, calls) = deliver(session, headers: headers, body: "hello")
        #expect(calls == [
            "delete X-MailGuard[2]", "delete X-MailGuard[1]", "delete X-MailGuard-Score[1]", "add X-MailGuard: accept",
        ])
    }

    @Test("several messages on one connection, and abort resets the message")
    func sequence() throws {
        let session = MilterSession(store: EngineStore(try shippedEngine()), logger: logger)
        #expect(deliver(session, body: "My SSN is 536-90-4399.").0 == .reject)
        session.mailFrom("<a@district.example>")
        Array("My SSN is 536-90-4399.".utf8).withUnsafeBufferPointer { session.body($0) }
        session.abort()
        #expect(deliver(session, body: "clean").1 == ["add X-MailGuard: accept"])
    }

    @Test("a message finishes with the rules it started with")
    func reloadMidMessage() throws {
        let store = EngineStore(try shippedEngine())
        let session = MilterSession(store: store, logger: logger)
        session.mailFrom("<pat.teacher@district.example>")
        session.endOfHeaders()
        Array("My SSN is 536-90-4399.".utf8).withUnsafeBufferPointer { session.body($0) }
        let old = store.engine
        store.replace(with: Engine(config: old.config, rules: RuleSet(rules: [], limits: old.rules.limits)))
        #expect(session.endOfMessage(queueID: nil, actions: RecordingActions()) == .reject)
        #expect(deliver(session, body: "My SSN is 536-90-4399.").0 == .proceed)
    }

    @Test("end of message without a message answers the on-error action", arguments: [
        (Action.tempfail, MilterStatus.tempfail), (.accept, .proceed), (.reject, .reject),
    ])
    func onError(_ action: Action, _ status: MilterStatus) throws {
        var engine = try shippedEngine()
        var config = engine.config
        config.milter.onError = action
        engine = Engine(config: config, rules: engine.rules)
        let session = MilterSession(store: EngineStore(engine), logger: logger)
        #expect(session.endOfMessage(queueID: nil, actions: RecordingActions()) == status)
    }
}

@Suite("SMTP notice")
struct NoticeTests {
    @Test("reply text is one safe line", arguments: [
        ("line one\r\nline two", "line one line two"),
        ("tab\there  and   spaces", "tab here and spaces"),
        ("attachment a.zip › notes.txt", "attachment a.zip > notes.txt"),
        ("100% sure", "100% sure"),
        ("caf\u{00E9}\u{0000}", "caf"),
    ])
    func sanitize(_ input: String, _ expected: String) {
        #expect(SMTPReply(code: "550", extended: "5.7.1", text: input).text == expected)
    }

    @Test("reply text is bounded")
    func bounded() {
        let reply = SMTPReply(code: "550", extended: "5.7.1", text: String(repeating: "word ", count: 500))
        #expect(reply.text.count == SMTPReply.maxTextLength)
        #expect(reply.text.hasSuffix("..."))
    }

    @Test("the notice names rule, guideline, place and advice, never the value")
    func notice() throws {
        let engine = try shippedEngine()
        let verdict = Verdict(findings: engine.rules.scan(
            "Card 4532 5260 1815 9080 and SSN 536-90-4399", location: "attachment forms.txt"))
        let text = Notice.text(for: verdict, rules: engine.rules)
        #expect(text.hasPrefix("MailGuard refused this message: Payment card number in attachment forms.txt (rule card, guideline 3) and rule(s) ssn."))
        #expect(text.contains("Remove the card number"))
        for secret in ["4532", "9080", "536-90", "4399"] { #expect(!text.contains(secret)) }
        #expect(Notice.reply(for: verdict, rules: engine.rules)?.code == "550")
        #expect(Notice.reply(for: Verdict(findings: []), rules: engine.rules) == nil)
    }
}
