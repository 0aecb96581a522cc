@testable import Configuration
import Detectors
import Inspection
import Logging
@testable import MailGuard
@testable import Milter
@testable import Operations
import Policy
import Testing
@testable import Workers

/// Records what the milter asked libmilter to do.
final class RecordingActions: MilterActions {
    var calls: [String] = []
    func addHeader(_ name: String, _ value: String) { calls.append("add \(name): \(value)") }
    func deleteHeader(_ name: String, index: Int) { calls.append("delete \(name)[\(index)]") }
    func changeHeader(_ name: String, _ value: String) { calls.append("change \(name): \(value)") }
    func addRecipient(_ address: String) { calls.append("add recipient \(address)") }
    func setReply(_ reply: SMTPReply) { calls.append("reply \(reply.code) \(reply.extended) \(reply.text)") }
    func quarantine(_ reason: String) { calls.append("quarantine \(reason)") }
}

/// Records notice mails instead of submitting them.
final class RecordingNotices: NoticeSender, @unchecked Sendable {
    // @unchecked Sendable: used by one test at a time, on the test's own thread.
    var mails: [NoticeMail] = []
    func send(_ mail: NoticeMail, about queueID: String) { mails.append(mail) }
}

/// The shipped config's engine, loaded once (it is immutable).
func shippedEngine() throws -> Engine {
    try ShippedEngine.loaded.get()
}

enum ShippedEngine {
    static let loaded = Engine.load(configPath: TestPaths.config)
}

func session(_ engine: Engine, notices: NoticeSender = RecordingNotices()) -> MilterSession {
    MilterSession(store: EngineStore(engine), logger: Logger(label: "test"), notices: notices)
}

/// Feeds one message through a session the way libmilter would (a local submission unless
/// `connected` was called).
func deliver(
    _ session: MilterSession, from sender: String = "pat.teacher@district.example", to recipient: String = "office@district.example",
    headers: [(String, String)] = [("Subject", "hi")], body: String
) -> (MilterStatus, [String]) {
    session.mailFrom("<\(sender)>")
    session.recipient("<\(recipient)>")
    for (name, value) in headers { session.header(name: name, value: value) }
    session.endOfHeaders()
    _ = Array(body.utf8).withUnsafeBufferPointer { session.body($0) }
    let actions = RecordingActions()
    return (session.endOfMessage(queueID: "4A1B2C3D", actions: actions), actions.calls)
}

@Suite("Milter session")
struct MilterSessionTests {
    static let rejectText = "reply 550 5.7.1 MailGuard refused this message: US Social Security number in body (text/plain) (***-**-4399), rule ssn, guideline 3, to friend@mail.example. Remove the number. Forms that need it go through the district's secure document portal, not email. Questions: the help desk, helpdesk@district.example, 860-555-0100."

    @Test("each verdict becomes its milter actions", arguments: [
        ("office@district.example", "Lunch is at noon.", MilterStatus.proceed, [String]()),
        ("office@district.example", "Sandbox 4111 1111 1111 1111", .proceed,
         ["add X-MailGuard: tag; rules=test-card", "change Subject: [MailGuard] hi"]),
        ("office@district.example", "My SSN is 536-90-4399.", .proceed,
         ["add X-MailGuard: tag; rules=ssn", "change Subject: [MailGuard] hi", "add recipient compliance@district.example"]),
        ("office@district.example", "username: sub12 password: Falcon$2026", .proceed,
         ["add X-MailGuard: quarantine; rules=password", "quarantine MailGuard: rule password (guideline 3)"]),
        ("friend@mail.example", "My SSN is 536-90-4399.", .reject, [rejectText]),
    ])
    func verdicts(_ recipient: String, _ body: String, _ status: MilterStatus, _ calls: [String]) throws {
        let (result, recorded) = deliver(session(try shippedEngine()), to: recipient, body: body)
        #expect(result == status)
        #expect(recorded == calls)
    }

    @Test("without a digest, a held message sends the sender and compliance a notice mail; a bounce gets none")
    func noticeMail() throws {
        let notices = RecordingNotices()
        let shipped = try shippedEngine()
        var config = shipped.config
        config.notices.complianceDigestMinutes = 0
        let perMessage = Engine(config: config, rules: shipped.rules,
                                notices: NoticeWriter(templates: shipped.notices.templates, contact: shipped.notices.contact, complianceCopies: true))
        let milter = session(perMessage, notices: notices)
        _ = deliver(milter, body: "username: sub12 password: Falcon$2026")
        #expect(notices.mails.map(\.recipients) == [["pat.teacher@district.example", "compliance@district.example"]])
        let body = try #require(notices.mails.first?.body)
        #expect(body.contains("Password written in a message"))
        #expect(body.contains("in body (text/plain): ********"))
        #expect(!body.contains("Falcon"))
        _ = deliver(milter, from: "", body: "username: sub12 password: Falcon$2026")
        _ = deliver(milter, headers: [("Subject", "x"), ("Auto-Submitted", "auto-replied")], body: "username: sub12 password: Falcon$2026")
        #expect(notices.mails.count == 1)
    }

    @Test("an internal From from an untrusted network without authentication is outside mail")
    func forgedInternalSender() throws {
        let milter = session(try shippedEngine())
        milter.connected(host: "mx.mail.example", address: "192.0.2.10")
        // Inbound: a parent's message with an SSN is tagged and copied, not rejected.
        let (status, calls) = deliver(milter, to: "friend@mail.example", body: "My SSN is 536-90-4399.")
        #expect(status == .reject)  // relay to an outside address: refused as relay of sensitive data
        #expect(calls.first?.contains("to friend@mail.example") == true)
        let (inbound, inboundCalls) = deliver(milter, to: "office@district.example", body: "My SSN is 536-90-4399.")
        #expect(inbound == .proceed)
        #expect(inboundCalls.contains("add recipient compliance@district.example"))
    }

    /// The shipped engine with `policy.header_on_accept` as given.
    static func engine(headerOnAccept: Bool) throws -> Engine {
        let shipped = try shippedEngine()
        var config = shipped.config
        config.policy.headerOnAccept = headerOnAccept
        return Engine(config: config, rules: shipped.rules, notices: shipped.notices)
    }

    @Test("forged X-MailGuard headers are deleted, last first, before the result is added (if any)", arguments: [
        (false, [String]()), (true, ["add X-MailGuard: accept"]),
    ])
    func forged(_ headerOnAccept: Bool, _ added: [String]) throws {
        let session = session(try Self.engine(headerOnAccept: headerOnAccept))
        let headers = [("X-MailGuard", "accept"), ("Subject", "x"), ("x-mailguard", "accept"), ("X-MailGuard-Score", "0")]
        let (_, calls) = deliver(session, headers: headers, body: "hello")
        #expect(calls == ["delete X-MailGuard[2]", "delete X-MailGuard[1]", "delete X-MailGuard-Score[1]"] + added)
    }

    @Test("clean mail gets X-MailGuard: accept only with policy.header_on_accept; tagged mail always gets its header")
    func headerOnAccept() throws {
        let on = session(try Self.engine(headerOnAccept: true))
        #expect(deliver(on, body: "Lunch is at noon.").1 == ["add X-MailGuard: accept"])
        let off = session(try Self.engine(headerOnAccept: false))
        #expect(deliver(off, body: "Lunch is at noon.").1 == [])
        #expect(deliver(off, body: "Sandbox 4111 1111 1111 1111").1.first == "add X-MailGuard: tag; rules=test-card")
    }

    @Test("several messages on one connection, and abort resets the message")
    func sequence() throws {
        let session = session(try shippedEngine())
        #expect(deliver(session, to: "friend@mail.example", body: "My SSN is 536-90-4399.").0 == .reject)
        session.mailFrom("<a@district.example>")
        _ = Array("My SSN is 536-90-4399.".utf8).withUnsafeBufferPointer { session.body($0) }
        session.abort()
        #expect(deliver(session, body: "clean") == (.proceed, []))
    }

    @Test("a message finishes with the rules it started with")
    func reloadMidMessage() throws {
        let store = EngineStore(try shippedEngine())
        let session = MilterSession(store: store, logger: Logger(label: "test"), notices: RecordingNotices())
        session.mailFrom("<pat.teacher@district.example>")
        session.recipient("<friend@mail.example>")
        session.endOfHeaders()
        _ = Array("My SSN is 536-90-4399.".utf8).withUnsafeBufferPointer { session.body($0) }
        let old = store.engine
        store.replace(with: Engine(config: old.config, rules: RuleSet(rules: [], limits: old.rules.limits), notices: old.notices))
        #expect(session.endOfMessage(queueID: nil, actions: RecordingActions()) == .reject)
        #expect(deliver(session, to: "friend@mail.example", body: "My SSN is 536-90-4399.").0 == .proceed)
    }

    @Test("end of message without a message answers the on-error action", arguments: [
        (Action.tempfail, MilterStatus.tempfail), (.accept, .proceed), (.reject, .reject),
    ])
    func onError(_ action: Action, _ status: MilterStatus) throws {
        var engine = try shippedEngine()
        var config = engine.config
        config.milter.onError = action
        engine = Engine(config: config, rules: engine.rules, notices: engine.notices)
        let session = session(engine)
        #expect(session.endOfMessage(queueID: nil, actions: RecordingActions()) == status)
    }
}

@Suite("SMTP notice")
struct NoticeTests {
    @Test("reply text is safe lines", arguments: [
        ("line one\r\nline two", ["line one", "line two"]),
        ("tab\there  and   spaces", ["tab here and spaces"]),
        ("attachment a.zip › notes.txt", ["attachment a.zip > notes.txt"]),
        ("100% sure", ["100% sure"]),
        ("caf\u{00E9}\u{0000}", ["caf"]),
    ])
    func sanitize(_ input: String, _ expected: [String]) {
        #expect(SMTPReply(code: "550", extended: "5.7.1", text: input).lines == expected)
    }

    @Test("reply text is bounded")
    func bounded() {
        let reply = SMTPReply(code: "550", extended: "5.7.1", text: String(repeating: "word ", count: 500))
        #expect(reply.text.count == SMTPReply.maxTextLength)
        #expect(reply.text.hasSuffix("..."))
        #expect(SMTPReply(code: "550", extended: "5.7.1", text: String(repeating: "x\n", count: 20)).lines.count == SMTPReply.maxLines)
    }

    @Test("the notice names rule, guideline, place, redacted value, recipients and contact, never the value")
    func notice() throws {
        let engine = try shippedEngine()
        var verdict = Verdict(findings: engine.rules.scan("Card 4532 5260 1815 9080 and SSN 536-90-4399", location: "attachment forms.txt"))
        verdict.concernedRecipients = ["friend@mail.example"]
        let reply = try #require(engine.notices.reply(for: verdict, rules: engine.rules))
        #expect(reply.code == "550")
        #expect(reply.text.hasPrefix("MailGuard refused this message: Payment card number in attachment forms.txt (**** **** **** 9080), rule card, guideline 3, to friend@mail.example. Remove the card number"))
        #expect(reply.text.hasSuffix("Questions: the help desk, helpdesk@district.example, 860-555-0100."))
        for secret in ["4532", "536-90", "5260 1815"] { #expect(!reply.text.contains(secret)) }
        #expect(engine.notices.reply(for: Verdict(findings: []), rules: engine.rules) == nil)
    }

    @Test("message content cannot inject lines or template syntax")
    func injection() throws {
        let engine = try shippedEngine()
        var verdict = Verdict(findings: [Finding(
            ruleID: "unscannable", kind: "unscannable", confidence: .high,
            location: "attachment {{contact}}\r\n550 x.txt", redacted: "", action: .reject, note: "{{#findings}}x{{/findings}}"
        )])
        verdict.concernedRecipients = ["a@b.example"]
        let reply = try #require(engine.notices.reply(for: verdict, rules: engine.rules))
        #expect(reply.lines.count == 1)
        #expect(reply.text.contains("attachment {{contact}} 550 x.txt"))
    }
}

@Suite("Policy actions in the milter")
struct PolicyActionTests {
    /// The shipped engine with one extra row in front of the table.
    static func engine(with row: PolicyRule) throws -> Engine {
        let shipped = try shippedEngine()
        var config = shipped.config
        config.policy.rules.insert(row, at: 0)
        return Engine(config: config, rules: shipped.rules, notices: shipped.notices)
    }

    @Test("discard drops the message and tells the sender; tempfail answers 451 with the notice")
    func discardAndTempfail() throws {
        var discard = PolicyRule(name: "drop test cards", action: .discard)
        discard.kinds = ["test-card"]
        let notices = RecordingNotices()
        let (status, calls) = deliver(session(try Self.engine(with: discard), notices: notices), body: "Sandbox 4111 1111 1111 1111")
        #expect(status == .discard)
        #expect(calls.isEmpty)
        #expect(notices.mails.first?.subject == "MailGuard: Your message was not delivered")

        var tempfail = PolicyRule(name: "later", action: .tempfail)
        tempfail.kinds = ["test-card"]
        let (later, replies) = deliver(session(try Self.engine(with: tempfail)), body: "Sandbox 4111 1111 1111 1111")
        #expect(later == .tempfail)
        #expect(replies.first?.hasPrefix("reply 451 4.7.1 MailGuard could not deliver this message now: Published test card number") == true)
    }

    @Test("a row's own notice template is used")
    func rowTemplate() throws {
        var row = PolicyRule(name: "cards out", action: .reject)
        row.kinds = ["test-card"]
        row.notice = "tempfail"
        let (_, calls) = deliver(session(try Self.engine(with: row)), to: "friend@mail.example", body: "Sandbox 4111 1111 1111 1111")
        #expect(calls.first?.contains("could not deliver this message now") == true)
    }
}

/// A reader that answers as told, for the milter side's handling of each outcome.
struct ScriptedReading: InspectionSource {
    let outcome: ReadingOutcome
    func inspect(_ message: MessageSpool, engine: Engine, queueID: String, scope: ConductScope) -> ReadingOutcome { outcome }
}

@Suite("Milter session bounds and reader outcomes")
struct SessionBoundsTests {
    static func engine(maxMessage: Int = 64 << 20) throws -> Engine {
        let engine = try shippedEngine()
        var config = engine.config
        config.buffering.maxMessageBytes = maxMessage
        return Engine(config: config, rules: engine.rules, notices: engine.notices)
    }

    @Test("a message past max_message_mib is held unread; one just under is read", arguments: [
        (2_000, "add X-MailGuard: quarantine; rules=unscannable"), (20_000, nil),
    ])
    func messageBound(_ bound: Int, _ expected: String?) throws {
        let budget = BufferBudget(limit: 1 << 20)
        let session = MilterSession(store: EngineStore(try Self.engine(maxMessage: bound)), logger: Logger(label: "test"),
                                    notices: RecordingNotices(), buffers: budget)
        let (status, calls) = deliver(session, body: String(repeating: "Lunch is at noon. ", count: 500))
        #expect(status == .proceed)
        #expect(expected.map(calls.contains) ?? calls.isEmpty, "\(calls)")
        #expect(budget.buffered == 0)
    }

    @Test("past the bound of all sessions new data is tempfailed with 451 4.3.2, and the bytes come back")
    func sharedBound() throws {
        let budget = BufferBudget(limit: 1_000)
        let first = MilterSession(store: EngineStore(try shippedEngine()), logger: Logger(label: "test"), notices: RecordingNotices(), buffers: budget)
        let second = MilterSession(store: EngineStore(try shippedEngine()), logger: Logger(label: "test"), notices: RecordingNotices(), buffers: budget)
        for session in [first, second] {
            session.mailFrom("<pat.teacher@district.example>")
            session.recipient("<office@district.example>")
        }
        #expect(first.header(name: "Subject", value: String(repeating: "a", count: 600)) == .proceed)
        guard case .tempfail(let reply) = second.header(name: "Subject", value: String(repeating: "b", count: 600)) else {
            Issue.record("the second session was not tempfailed")
            return
        }
        #expect(reply.code == "451" && reply.extended == "4.3.2")
        first.abort()
        #expect(budget.buffered == 0)
        // Nothing more is buffered for it, and its end of message gets the same answer (an
        // MTA that does not wait for header replies learns it there).
        #expect(second.header(name: "Subject", value: "small") == .proceed)
        #expect(budget.buffered == 0)
        let actions = RecordingActions()
        #expect(second.endOfMessage(queueID: "Q2", actions: actions) == .tempfail)
        #expect(actions.calls == ["reply 451 4.3.2 MailGuard is busy (too much mail in progress); please try again later."])
        second.mailFrom("<pat.teacher@district.example>")
        #expect(second.header(name: "Subject", value: "small") == .proceed)
        #expect(budget.buffered > 0)
    }

    @Test("a busy pool tempfails with 451 4.3.2; a dead reader's message is held with the reason")
    func readerOutcomes() throws {
        let busy = MilterSession(store: EngineStore(try shippedEngine()), logger: Logger(label: "test"), notices: RecordingNotices(),
                                 reading: ScriptedReading(outcome: .busy("no reader free")))
        let (status, calls) = deliver(busy, body: "hello")
        #expect(status == .tempfail)
        #expect(calls == ["reply 451 4.3.2 MailGuard is busy; please try again later."])
        let notices = RecordingNotices()
        let died = MilterSession(store: EngineStore(try shippedEngine()), logger: Logger(label: "test"), notices: notices,
                                 reading: ScriptedReading(outcome: .inspected(.unread("attachment a.pdf", .damaged, "reader crashed (signal 11)", action: .quarantine))))
        let (heldStatus, heldCalls) = deliver(died, body: "hello")
        #expect(heldStatus == .proceed)
        #expect(heldCalls.contains("quarantine MailGuard: rule unscannable"), "\(heldCalls)")
        #expect(notices.mails.count == 1)
    }

    @Test("forged verdict headers are counted per name without case, in one pass")
    func headerCounts() {
        var counts = HeaderCounts()
        for name in ["X-MailGuard", "x-mailguard", "X-MailGuard-Score", "X-MAILGUARD"] { counts.add(name) }
        #expect(counts.counts.map(\.name) == ["X-MailGuard", "X-MailGuard-Score"])
        #expect(counts.counts.map(\.count) == [3, 1])
    }
}

@Suite("Buffer budget under concurrency")
struct BufferBudgetConcurrencyTests {
    @Test("many sessions reserving and freeing at once never pass the limit, and all comes back")
    func concurrent() async {
        let budget = BufferBudget(limit: 1_000)
        let over = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var seenOver = 0
                    for _ in 0..<2_000 {
                        if budget.reserve(100) {
                            if budget.buffered > budget.limit { seenOver += 1 }
                            budget.free(100)
                        }
                    }
                    return seenOver
                }
            }
            return await group.reduce(0, +)
        }
        #expect(over == 0)
        #expect(budget.buffered == 0)
    }
}
