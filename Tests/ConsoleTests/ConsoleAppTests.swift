@testable import Configuration
@testable import Console
import Detectors
import Foundation
import Mustache
@testable import Operations
import Policy
import Storage
import Synchronization
import Testing
import TestSupport

/// A hold queue in memory: what the helper or Postfix's tools would answer.
final class MemoryQueue: HoldQueue, Sendable {
    let messages: Mutex<[(PostfixQueue.Message, Data)]>
    let actions = Mutex<[String]>([])

    init(_ messages: [(PostfixQueue.Message, Data)]) { self.messages = Mutex(messages) }

    func held() throws -> [PostfixQueue.Message] { messages.withLock { $0.map(\.0) } }
    func message(_ id: String) throws -> Data {
        guard let data = messages.withLock({ $0.first { $0.0.queueID == id }?.1 }) else { throw QueueHelperError("\(id) is not on hold") }
        return data
    }
    func headers(_ id: String) throws -> [PostfixQueue.Header] {
        let text = String(decoding: try message(id), as: UTF8.self)
        return text.split(separator: "\n").prefix { !$0.isEmpty }.compactMap { line in
            line.firstIndex(of: ":").map { try! JSONDecoder().decode(PostfixQueue.Header.self, from: JSONEncoder().encode(["name": String(line[..<$0]), "value": line[line.index(after: $0)...].trimmingCharacters(in: .whitespaces)])) }
        }
    }
    func release(_ id: String) throws { try remove(id, "release") }
    func delete(_ id: String) throws { try remove(id, "delete") }

    private func remove(_ id: String, _ action: String) throws {
        _ = try message(id)
        messages.withLock { $0.removeAll { $0.0.queueID == id } }
        actions.withLock { $0.append("\(action) \(id)") }
    }
}

final class TestClock: Sendable {
    let value: Mutex<Date>
    init(_ start: Date) { value = Mutex(start) }
    var now: Date { value.withLock { $0 } }
}

/// A console on a temporary config, audit trail and store, with three holds: an SSN
/// (privacy), a threat (safety, alerted) and one with both.
final class ConsoleFixture: Sendable {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let t0 = Date(timeIntervalSince1970: 1_800_000_000)
    static let fullSSN = "287-65-4329"

    let directory: URL
    let app: ConsoleApp
    let queue: MemoryQueue
    let clock = TestClock(t0.addingTimeInterval(600))
    let config: Config

    /// `readerFails`: the contained reader dies on every message (a hostile one).
    init(extraConfig: String = "", readerFails: Bool = false, otherServers: (any OtherServers)? = nil) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("console-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("mailguard.toml")
        try Data("""
            patterns = "\(Self.root.path)/patterns"
            [bulk]
            database = "\(directory.path)/ledger.sqlite"
            [directory]
            safety_team = ["counselors@district.example"]
            [console]
            templates = "\(Self.root.path)/console"
            public_url = "https://mailguard.district.example"
            trusted_proxies = ["10.0.0.5"]
            escalate_minutes = 30
            \(extraConfig)
            """.utf8).write(to: file)
        config = try ConfigLoader.load(file.path).get()
        let trail = try AuditStore(path: config.auditPath)
        let ssn = AuditEntry.Finding(rule: "ssn", kind: "ssn", action: "quarantine", location: "body (text/plain)", redacted: "***-**-4329")
        let threat = AuditEntry.Finding(rule: "threat", kind: "threat", action: "quarantine", location: "body (text/plain)", redacted: "")
        func record(_ id: String, _ findings: [AuditEntry.Finding], minutes: Double, alerted: Bool = false, group: String = "students") -> AuditEntry {
            var entry = AuditEntry(at: Self.t0.addingTimeInterval(minutes * 60), queueID: id, client: "localhost[127.0.0.1]", sender: "kid@students.district.example",
                                   senderGroups: [group], recipients: [AuditEntry.Recipient(address: "friend@students.district.example", direction: "internal")],
                                   verdict: "quarantine", findings: findings, size: 300, scanMilliseconds: 1, totalMilliseconds: 2)
            entry.alerted = alerted
            entry.policyRow = "students-hold"
            entry.notice = "To: kid@students.district.example\nSubject: MailGuard: Your message is held for review\n\nssn in body (text/plain): ***-**-4329"
            return entry
        }
        var inSubject = ssn
        inSubject.location = "subject"
        try trail.write([record("P1", [ssn, inSubject], minutes: 1), record("S1", [threat], minutes: 2, alerted: true), record("B1", [ssn, threat], minutes: 3, group: "=HYPERLINK(\"x\")")])
        func message(_ id: String, _ body: String, minutes: Double) -> (PostfixQueue.Message, Data) {
            // What a sender writes reaches the pages: markup in it must stay text.
            let text = "From: kid@students.district.example\nTo: friend@students.district.example\nSubject: about \(id) \(Self.fullSSN) <script>alert(1)</script>\n\n\(body) <img src=x onerror=alert(2)>\n"
            let json = "{\"queueID\":\"\(id)\",\"arrival\":\(Self.t0.addingTimeInterval(minutes * 60).timeIntervalSinceReferenceDate),\"size\":300,\"sender\":\"kid@students.district.example\",\"recipients\":[\"friend@students.district.example\"]}"
            return (try! JSONDecoder().decode(PostfixQueue.Message.self, from: Data(json.utf8)), Data(text.utf8))
        }
        queue = MemoryQueue([
            message("P1", "my mom's ssn is \(Self.fullSSN) for the form", minutes: 1),
            message("S1", "i am going to hurt him tomorrow after school", minutes: 2),
            message("B1", "ssn \(Self.fullSSN) and i will hurt you", minutes: 3),
        ])
        let templates = try ConsoleTemplates.load(config.console).get()
        let rules = try ShippedRules.loaded.get()
        let limits = config.inspection.extraction
        let clock = clock
        app = ConsoleApp(config: config, store: try ConsoleStore(path: config.consolePath), queue: queue, templates: templates,
                         reveal: { data in
                            if readerFails { throw ConsoleError("the message could not be read for display (reader stopped: status 9)") }
                            return Revealer.reveal([UInt8](data), rules: rules, limits: limits)
                         }, mask: { rules.makeScanner().mask($0) }, now: { clock.now }, otherServers: otherServers)
        let cheap = Passwords.Cost(rounds: 1024)
        for (name, role) in [("ada", ConsoleRole.admin), ("aud", .auditor), ("pri", .privacyReviewer), ("saf", .safetyReviewer)] {
            try app.store.addAccount(name, role: role, passwordHash: try Passwords.hash("correct horse \(name)", cost: cheap))
        }
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func advance(minutes: Double) { clock.value.withLock { $0 = $0.addingTimeInterval(minutes * 60) } }

    func get(_ path: String, session: String? = nil, peer: String = "127.0.0.1", headers: [String: String] = [:]) async -> ConsoleResponse {
        let parts = path.split(separator: "?", maxSplits: 1)
        let query = parts.count > 1 ? Form(String(parts[1])).fields : []
        var all = headers
        if let session { all["Cookie"] = "mg_session=\(session)" }
        return await app.handle(ConsoleRequest(method: "GET", path: String(parts[0]), query: query, headers: all, peer: peer))
    }

    func post(_ path: String, _ fields: [(String, String)], session: String? = nil, cookies: String? = nil, peer: String = "127.0.0.1",
              headers: [String: String] = [:]) async -> ConsoleResponse {
        let body = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
        var all = headers
        all["Cookie"] = [session.map { "mg_session=\($0)" }, cookies].compactMap { $0 }.joined(separator: "; ")
        return await app.handle(ConsoleRequest(method: "POST", path: path, headers: all, body: Data(body.utf8), peer: peer))
    }

    /// Signs in through the login form; the session cookie and the CSRF token of its pages.
    func signIn(_ name: String, password: String? = nil, peer: String = "127.0.0.1") async -> (session: String, csrf: String)? {
        let form = await get("/", peer: peer)
        guard let token = Self.cookie("mg_login", in: form) else { return nil }
        let response = await post("/login", [("login_token", token), ("user", name), ("password", password ?? "correct horse \(name)")],
                                  cookies: "mg_login=\(token)", peer: peer)
        guard response.status == 303, let session = Self.cookie("mg_session", in: response), !session.isEmpty else { return nil }
        let page = Self.text(await get("/holds", session: session, peer: peer))
        guard let range = page.range(of: "name=\"csrf\" value=\"") else { return nil }
        return (session, String(page[range.upperBound...].prefix { $0 != "\"" }))
    }

    static func cookie(_ name: String, in response: ConsoleResponse) -> String? {
        for header in response.headers where header.name == "Set-Cookie" && header.value.hasPrefix("\(name)=") {
            return String(header.value.dropFirst(name.count + 1).prefix { $0 != ";" })
        }
        return nil
    }

    static func text(_ response: ConsoleResponse) -> String { String(decoding: response.body, as: UTF8.self) }
}

/// Another server's holds as the shared store would give them, and the requests asked.
final class FakeOtherServers: OtherServers {
    let asked = Mutex<[[String]]>([])
    let answered = Mutex<[RemoteRequest]>([])

    func holds(since: Date) throws -> [AuditEntry] {
        func record(_ id: String, _ kind: String) -> AuditEntry {
            var entry = AuditEntry(at: ConsoleFixture.t0, queueID: id, client: "localhost[127.0.0.1]", sender: "kid@students.district.example",
                                   senderGroups: ["students"], recipients: [.init(address: "pal@students.district.example", direction: "internal")],
                                   verdict: "quarantine", findings: [.init(rule: kind, kind: kind, action: "quarantine", location: "body (text/plain)", redacted: "")],
                                   size: 300, scanMilliseconds: 1, totalMilliseconds: 2)
            entry.server = "mx2"
            return entry
        }
        return [record("T2", "threat"), record("P2", "ssn")]
    }

    func requests() throws -> [RemoteRequest] { answered.withLock { $0 } }

    func ask(_ action: String, server: String, queueID: String, by: String, reason: String) throws -> Int64 {
        asked.withLock { $0.append([action, server, queueID, by, reason]); return Int64($0.count) }
    }
}

@Suite("Review console over HTTP requests")
struct ConsoleAppTests {
    @Test("with a shared store, holds on other servers are listed by review area; a release is asked of the server that holds it, with the reviewer and the reason; without the role, a reason, a form token or such a hold, nothing is asked")
    func otherServers() async throws {
        let other = FakeOtherServers()
        let fixture = try ConsoleFixture(otherServers: other)
        let safety = try #require(await fixture.signIn("saf"))
        let privacy = try #require(await fixture.signIn("pri"))
        let auditor = try #require(await fixture.signIn("aud"))
        let page = ConsoleFixture.text(await fixture.get("/holds", session: safety.session))
        #expect(page.contains("Held on other servers") && page.contains("id=\"elsewhere-mx2-T2\"") && !page.contains("elsewhere-mx2-P2"))
        #expect(page.contains("action=\"/elsewhere/mx2/T2/release\""))
        #expect(ConsoleFixture.text(await fixture.get("/holds", session: privacy.session)).contains("elsewhere-mx2-P2"))
        // The auditor sees every hold and acts on none.
        let audited = ConsoleFixture.text(await fixture.get("/holds", session: auditor.session))
        #expect(audited.contains("elsewhere-mx2-T2") && audited.contains("elsewhere-mx2-P2") && !audited.contains("/elsewhere/mx2/T2/release"))

        let refused: [(String, [(String, String)], String, Int)] = [
            ("/elsewhere/mx2/T2/release", [("csrf", privacy.csrf), ("reason", "not mine")], privacy.session, 403),
            ("/elsewhere/mx2/T2/release", [("csrf", auditor.csrf), ("reason", "looked")], auditor.session, 403),
            ("/elsewhere/mx2/T2/release", [("csrf", safety.csrf), ("reason", "  ")], safety.session, 400),
            ("/elsewhere/mx2/T2/release", [("reason", "no token")], safety.session, 403),
            ("/elsewhere/mx3/T2/release", [("csrf", safety.csrf), ("reason", "wrong server")], safety.session, 404),
            ("/elsewhere/mx2/T9/release", [("csrf", safety.csrf), ("reason", "no such hold")], safety.session, 404),
            ("/elsewhere/mx2/T2/requeue", [("csrf", safety.csrf), ("reason", "no such action")], safety.session, 404),
        ]
        for (path, fields, session, status) in refused {
            #expect(await fixture.post(path, fields, session: session).status == status, "\(path) \(fields)")
        }
        #expect(other.asked.withLock { $0 }.isEmpty)

        let done = await fixture.post("/elsewhere/mx2/T2/release", [("csrf", safety.csrf), ("reason", "safety plan in place")], session: safety.session)
        #expect(done.status == 303 && done.header("Location") == "/holds?done=asked+mx2+to+release+T2")
        #expect(other.asked.withLock { $0 } == [["release", "mx2", "T2", "saf", "safety plan in place"]])
        other.answered.withLock { $0 = [RemoteRequest(server: "mx2", queueID: "T2", action: "release", result: nil)] }
        let waiting = ConsoleFixture.text(await fixture.get("/holds", session: safety.session))
        #expect(waiting.contains("release asked: waiting for mx2") && !waiting.contains("action=\"/elsewhere/mx2/T2/release\""))
        other.answered.withLock { $0 = [RemoteRequest(server: "mx2", queueID: "T2", action: "release", result: "released: delivering to pal@students.district.example")] }
        #expect(ConsoleFixture.text(await fixture.get("/holds", session: safety.session)).contains("release asked: released: delivering to pal@students.district.example"))
        // A request that failed may be asked again.
        other.answered.withLock { $0 = [RemoteRequest(server: "mx2", queueID: "T2", action: "release", result: "failed: T2 is not on hold")] }
        let failed = ConsoleFixture.text(await fixture.get("/holds", session: safety.session))
        #expect(failed.contains("release asked: failed: T2 is not on hold") && failed.contains("action=\"/elsewhere/mx2/T2/release\""))
    }

    @Test("without a shared store the holds page has no section for other servers")
    func noOtherServers() async throws {
        let fixture = try ConsoleFixture()
        let safety = try #require(await fixture.signIn("saf"))
        #expect(!ConsoleFixture.text(await fixture.get("/holds", session: safety.session)).contains("Held on other servers"))
        #expect(await fixture.post("/elsewhere/mx2/T2/release", [("csrf", safety.csrf), ("reason", "x")], session: safety.session).status == 404)
    }

    @Test("without a session, pages redirect to the sign-in page and forms get 401")
    func signedOut() async throws {
        let fixture = try ConsoleFixture()
        for path in ["/holds", "/holds/P1", "/alerts", "/reports", "/reports.csv", "/audit", "/users"] {
            let response = await fixture.get(path)
            #expect(response.status == 303 && response.header("Location") == "/", "\(path)")
        }
        #expect(await fixture.post("/holds/P1/release", [("reason", "x")]).status == 401)
        #expect(await fixture.get("/holds", session: "forged-token").status == 303)
        let login = await fixture.get("/")
        #expect(login.status == 200 && ConsoleFixture.text(login).contains("id=\"login\""))
        #expect(login.header("Content-Security-Policy")?.contains("default-src 'none'") == true)
    }

    @Test("sign-in: the form's token must match its cookie; a wrong password is 401; the cookie is HttpOnly and SameSite=Strict")
    func signIn() async throws {
        let fixture = try ConsoleFixture()
        let noToken = await fixture.post("/login", [("user", "ada"), ("password", "correct horse ada")])
        #expect(noToken.status == 403)
        let mismatched = await fixture.post("/login", [("login_token", "a"), ("user", "ada"), ("password", "correct horse ada")], cookies: "mg_login=b")
        #expect(mismatched.status == 403)
        #expect(await fixture.signIn("ada", password: "wrong password here") == nil)
        let token = ConsoleFixture.cookie("mg_login", in: await fixture.get("/"))!
        let good = await fixture.post("/login", [("login_token", token), ("user", "ADA"), ("password", "correct horse ada")], cookies: "mg_login=\(token)")
        #expect(good.status == 303 && good.header("Location") == "/holds")
        let cookie = good.headers.first { $0.name == "Set-Cookie" && $0.value.hasPrefix("mg_session=") }?.value ?? ""
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && !cookie.contains("Secure"))
    }

    @Test("five failed sign-ins lock an account from that address for 15 minutes, even with the right password; twenty lock the address")
    func throttling() async throws {
        let fixture = try ConsoleFixture()
        let guesser = "192.0.2.7"
        for _ in 0..<5 { #expect(await fixture.signIn("pri", password: "not the password", peer: guesser) == nil) }
        func attempt(_ name: String, from peer: String) async -> Int {
            let token = ConsoleFixture.cookie("mg_login", in: await fixture.get("/", peer: peer))!
            return await fixture.post("/login", [("login_token", token), ("user", name), ("password", "correct horse \(name)")],
                                      cookies: "mg_login=\(token)", peer: peer).status
        }
        #expect(await attempt("pri", from: guesser) == 429)
        #expect(await fixture.signIn("pri", peer: "198.51.100.20") != nil, "the reviewer, elsewhere, still signs in")
        #expect(await fixture.signIn("saf", peer: guesser) != nil, "another account from that address is not locked")
        for index in 0..<15 { #expect(await fixture.signIn("user\(index)", password: "not the password", peer: guesser) == nil) }
        #expect(await attempt("aud", from: guesser) == 429, "twenty failures lock the address")
        fixture.advance(minutes: 16)
        #expect(await fixture.signIn("pri", peer: guesser) != nil)
    }

    @Test("X-Forwarded-For counts only from a trusted proxy; X-Forwarded-Proto https from it makes cookies Secure")
    func proxies() async throws {
        let fixture = try ConsoleFixture()
        let request = { (peer: String) in ConsoleRequest(method: "GET", path: "/", headers: ["X-Forwarded-For": "203.0.113.9, 10.0.0.5", "X-Forwarded-Proto": "https"], peer: peer) }
        #expect(fixture.app.clientAddress(request("10.0.0.5")) == "203.0.113.9")
        #expect(fixture.app.clientAddress(request("198.51.100.7")) == "198.51.100.7")
        #expect(fixture.app.isSecure(request("10.0.0.5")))
        #expect(!fixture.app.isSecure(request("198.51.100.7")))
        let viaProxy = await fixture.get("/", peer: "10.0.0.5", headers: ["X-Forwarded-Proto": "https"])
        #expect(viaProxy.headers.contains { $0.name == "Set-Cookie" && $0.value.contains("; Secure") })
    }

    @Test("sessions end after the idle time, after the session time, on sign-out, on a new password and when the account is disabled")
    func sessionEnds() async throws {
        let fixture = try ConsoleFixture()
        var signed = try #require(await fixture.signIn("ada"))
        fixture.advance(minutes: 59)
        #expect(await fixture.get("/holds", session: signed.session).status == 200)
        fixture.advance(minutes: 61)
        #expect(await fixture.get("/holds", session: signed.session).status == 303, "idle for an hour")
        signed = try #require(await fixture.signIn("ada"))
        for _ in 0..<9 {
            fixture.advance(minutes: 55)
            _ = await fixture.get("/holds", session: signed.session)
        }
        #expect(await fixture.get("/holds", session: signed.session).status == 303, "past 480 minutes")
        signed = try #require(await fixture.signIn("ada"))
        #expect(await fixture.post("/logout", [("csrf", signed.csrf)], session: signed.session).status == 303)
        #expect(await fixture.get("/holds", session: signed.session).status == 303, "signed out")
        signed = try #require(await fixture.signIn("pri"))
        try fixture.app.store.setPassword("pri", hash: Passwords.hash("a new password 1", cost: .init(rounds: 1024)))
        #expect(await fixture.get("/holds", session: signed.session).status == 303, "new password")
        signed = try #require(await fixture.signIn("saf"))
        try fixture.app.store.disable("saf")
        #expect(await fixture.get("/holds", session: signed.session).status == 303, "disabled")
        #expect(await fixture.signIn("saf") == nil)
    }

    @Test("every form needs the session's CSRF token")
    func csrf() async throws {
        let fixture = try ConsoleFixture()
        let signed = try #require(await fixture.signIn("ada"))
        for path in ["/holds/P1/release", "/holds/P1/reveal", "/holds/bulk", "/alerts/S1", "/logout", "/users/pri/disable"] {
            #expect(await fixture.post(path, [("reason", "x")], session: signed.session).status == 403, "\(path) without a token")
            #expect(await fixture.post(path, [("reason", "x"), ("csrf", "guess")], session: signed.session).status == 403, "\(path) with a wrong token")
        }
        #expect(fixture.queue.actions.withLock { $0 }.isEmpty)
        let other = try #require(await fixture.signIn("pri"))
        #expect(await fixture.post("/holds/P1/release", [("reason", "x"), ("csrf", other.csrf)], session: signed.session).status == 403,
                "another session's token")
    }

    @Test("each reviewer sees the holds of their guidelines only, and is refused (403) the others")
    func scopes() async throws {
        let fixture = try ConsoleFixture()
        let cases: [(String, [String], [String])] = [
            ("pri", ["P1", "B1"], ["S1"]), ("saf", ["S1", "B1"], ["P1"]), ("aud", ["P1", "S1", "B1"], []), ("ada", ["P1", "S1", "B1"], []),
        ]
        for (name, visible, refused) in cases {
            let signed = try #require(await fixture.signIn(name))
            let list = ConsoleFixture.text(await fixture.get("/holds", session: signed.session))
            for id in ["P1", "S1", "B1"] { #expect(list.contains("id=\"hold-\(id)\"") == visible.contains(id), "\(name) list \(id)") }
            for id in visible { #expect(await fixture.get("/holds/\(id)", session: signed.session).status == 200, "\(name) \(id)") }
            for id in refused {
                #expect(await fixture.get("/holds/\(id)", session: signed.session).status == 403, "\(name) \(id)")
                for action in ["reveal", "release", "delete"] {
                    #expect(await fixture.post("/holds/\(id)/\(action)", [("reason", "x"), ("csrf", signed.csrf)], session: signed.session).status == 403)
                }
            }
        }
        let auditor = try #require(await fixture.signIn("aud"))
        for action in ["reveal", "release", "delete"] {
            #expect(await fixture.post("/holds/P1/\(action)", [("reason", "x"), ("csrf", auditor.csrf)], session: auditor.session).status == 403)
        }
        #expect(await fixture.get("/users", session: auditor.session).status == 403)
        let seen = ConsoleFixture.text(await fixture.get("/holds/S1", session: auditor.session))
        #expect(seen.contains("(hidden: your role does not read messages)") && !seen.contains("about S1"), "an auditor never reads content")
        let reviewer = try #require(await fixture.signIn("pri"))
        #expect(await fixture.get("/audit", session: reviewer.session).status == 403)
        #expect(await fixture.get("/alerts", session: reviewer.session).status == 403)
        #expect(await fixture.post("/holds/bulk", [("id", "P1"), ("action", "release"), ("reason", "x"), ("confirm", "yes"), ("csrf", reviewer.csrf)],
                                   session: reviewer.session).status == 403)
        #expect(fixture.queue.actions.withLock { $0 }.isEmpty)
    }

    @Test("reading content needs a reason, is recorded first, and shows values still redacted; release and delete are recorded with theirs")
    func readReleaseDelete() async throws {
        let fixture = try ConsoleFixture()
        let signed = try #require(await fixture.signIn("pri"))
        let page = ConsoleFixture.text(await fixture.get("/holds/P1", session: signed.session))
        #expect(page.contains("***-**-4329") && page.contains("students-hold") && page.contains("(hidden: it holds a finding"))
        #expect(!page.contains(ConsoleFixture.fullSSN))
        let admin = try #require(await fixture.signIn("ada"))
        let other = ConsoleFixture.text(await fixture.get("/holds/B1", session: admin.session))
        #expect(other.contains("about B1 ***-**-4329"), "a header with a value no finding named is masked")
        let noReason = await fixture.post("/holds/P1/reveal", [("reason", "  "), ("csrf", signed.csrf)], session: signed.session)
        #expect(ConsoleFixture.text(noReason).contains("Give a reason"))
        let revealed = ConsoleFixture.text(await fixture.post("/holds/P1/reveal", [("reason", "parent called about the form"), ("csrf", signed.csrf)], session: signed.session))
        #expect(revealed.contains("for the form") && revealed.contains("<mark>***-**-4329</mark>"))
        #expect(!revealed.contains(ConsoleFixture.fullSSN) && !revealed.contains("287-65"))
        let release = await fixture.post("/holds/P1/release", [("reason", "the form goes to the nurse"), ("csrf", signed.csrf)], session: signed.session)
        #expect(release.status == 303)
        let safety = try #require(await fixture.signIn("saf"))
        #expect(await fixture.post("/holds/S1/delete", [("reason", "spoke with the student"), ("csrf", safety.csrf)], session: safety.session).status == 303)
        #expect(fixture.queue.actions.withLock { $0 } == ["release P1", "delete S1"])
        let reviews = try AuditStore(path: fixture.config.auditPath, readOnly: true).reviews(matching: ReviewQuery())
        #expect(reviews.map { "\($0.action) \($0.queueID ?? "") \($0.by) \($0.reason ?? "")" } == [
            "deleted S1 saf spoke with the student", "released P1 pri the form goes to the nurse", "read P1 pri parent called about the form",
        ])
        let auditor = try #require(await fixture.signIn("aud"))
        let audit = ConsoleFixture.text(await fixture.get("/audit", session: auditor.session))
        #expect(audit.contains("parent called about the form") && audit.contains("released"))
    }

    @Test("a message the reader cannot display gives an error page; the reading is recorded all the same, and the message can still be decided")
    func readerFails() async throws {
        let fixture = try ConsoleFixture(readerFails: true)
        let signed = try #require(await fixture.signIn("saf"))
        let failed = await fixture.post("/holds/S1/reveal", [("reason", "looks odd"), ("csrf", signed.csrf)], session: signed.session)
        #expect(failed.status == 500 && ConsoleFixture.text(failed).contains("could not be read for display"))
        #expect(try AuditStore(path: fixture.config.auditPath, readOnly: true).reviews(matching: ReviewQuery()).map(\.action) == ["read"])
        #expect(await fixture.post("/holds/S1/delete", [("reason", "unreadable attachment"), ("csrf", signed.csrf)], session: signed.session).status == 303)
    }

    @Test("text cut for display ends at a space, never inside a number", arguments: [
        ("ssn 287-65-4329 end", 12, "ssn…"), ("ssn 287-65-4329 end", 15, "ssn…"), ("ssn 287-65-4329 end", 16, "ssn 287-65-4329…"), ("short", 10, "short"), ("2876543290000", 5, "…"),
    ])
    func cutAtSpace(text: String, limit: Int, expected: String) {
        #expect(cut(text, at: limit, marking: "…") == expected)
    }

    @Test("bulk release asks to confirm first, then acts and records each")
    func bulk() async throws {
        let fixture = try ConsoleFixture()
        let admin = try #require(await fixture.signIn("ada"))
        let ask = await fixture.post("/holds/bulk", [("id", "P1"), ("id", "B1"), ("action", "delete"), ("reason", "test mail"), ("csrf", admin.csrf)], session: admin.session)
        #expect(ask.status == 200 && ConsoleFixture.text(ask).contains("id=\"confirm\""))
        #expect(fixture.queue.actions.withLock { $0 }.isEmpty)
        let done = await fixture.post("/holds/bulk", [("id", "P1"), ("id", "B1"), ("action", "delete"), ("reason", "test mail"), ("confirm", "yes"), ("csrf", admin.csrf)],
                                      session: admin.session)
        #expect(done.status == 303)
        #expect(fixture.queue.actions.withLock { $0 } == ["delete P1", "delete B1"])
    }

    @Test("safety alerts: cards for guideline-8 holds, status and notes by the safety team, false alarms counted per rule for the admin")
    func alerts() async throws {
        let fixture = try ConsoleFixture()
        let safety = try #require(await fixture.signIn("saf"))
        #expect(ConsoleFixture.text(await fixture.get("/holds/S1", session: safety.session)).contains("id=\"alert-status\">new"))
        let page = ConsoleFixture.text(await fixture.get("/alerts", session: safety.session))
        #expect(page.contains("id=\"alert-S1\"") && page.contains("id=\"alert-B1\"") && !page.contains("id=\"alert-P1\""))
        #expect(await fixture.post("/alerts/S1", [("status", "in-review"), ("assignee", "saf"), ("note", "calling the family"), ("csrf", safety.csrf)],
                                   session: safety.session).status == 303)
        #expect(await fixture.post("/alerts/B1", [("status", "false-alarm"), ("csrf", safety.csrf)], session: safety.session).status == 303)
        let states = try fixture.app.store.alerts(["S1", "B1"])
        #expect(states["S1"]?.status == .inReview && states["S1"]?.assignee == "saf" && states["S1"]?.notes.map(\.text) == ["calling the family"])
        let auditor = try #require(await fixture.signIn("aud"))
        #expect(await fixture.get("/alerts", session: auditor.session).status == 200)
        #expect(await fixture.post("/alerts/S1", [("status", "resolved"), ("csrf", auditor.csrf)], session: auditor.session).status == 403)
        let admin = try #require(await fixture.signIn("ada"))
        let adminPage = ConsoleFixture.text(await fixture.get("/alerts", session: admin.session))
        #expect(adminPage.contains("id=\"false-alarms\"") && adminPage.contains("<td>ssn</td><td>1</td>"))
    }

    @Test("an alert still new past escalate_minutes is mailed once per interval, even with two console processes on one store")
    func escalation() async throws {
        let fixture = try ConsoleFixture()
        let sent = Mutex<[NoticeMail]>([])
        let first = Escalation(app: fixture.app) { mail in sent.withLock { $0.append(mail) } }
        let secondApp = ConsoleApp(config: fixture.config, store: try ConsoleStore(path: fixture.config.consolePath), queue: fixture.queue,
                                   templates: fixture.app.templates, reveal: { _ in [] }, mask: { $0 }, now: fixture.app.now)
        let second = Escalation(app: secondApp) { mail in sent.withLock { $0.append(mail) } }
        #expect(try first.run() == nil, "ten minutes old: not yet")
        fixture.advance(minutes: 30)
        let mail = try #require(try first.run())
        #expect(try second.run() == nil)
        #expect(mail.recipients == ["counselors@district.example"])
        #expect(mail.body.contains("https://mailguard.district.example/holds/S1") && mail.body.contains("/holds/B1"))
        fixture.advance(minutes: 31)
        try fixture.app.store.updateAlert("B1", status: .inReview, assignee: nil, note: nil, by: "saf")
        let again = try #require(try second.run())
        #expect(again.body.contains("/holds/S1") && !again.body.contains("/holds/B1"))
        #expect(sent.withLock { $0.count } == 2)
    }

    @Test("every screen renders for the admin, and no page or CSV holds a full SSN; CSV cells cannot run as formulas")
    func screens() async throws {
        let fixture = try ConsoleFixture()
        let admin = try #require(await fixture.signIn("ada"))
        _ = await fixture.post("/holds/B1/reveal", [("reason", "check"), ("csrf", admin.csrf)], session: admin.session)
        for path in ["/holds", "/holds?rule=ssn&group=students", "/holds/P1", "/holds/S1", "/alerts", "/reports", "/reports?by=day&since=2020-01-01",
                     "/reports.csv?since=2020-01-01", "/audit", "/audit?verdict=quarantine&since=2020-01-01", "/users"] {
            let response = await fixture.get(path, session: admin.session)
            let text = ConsoleFixture.text(response)
            #expect(response.status == 200, "\(path)")
            #expect(!text.contains(ConsoleFixture.fullSSN) && !text.contains("287654329"), "\(path)")
            #expect(!text.contains("nil"), "\(path): an absent value printed")
        }
        let markup = ConsoleFixture.text(await fixture.get("/holds/B1", session: admin.session))
        #expect(markup.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !markup.contains("<script>"))
        let body = ConsoleFixture.text(await fixture.post("/holds/S1/reveal", [("reason", "check"), ("csrf", admin.csrf)], session: admin.session))
        #expect(body.contains("&lt;img src=x onerror=alert(2)&gt;") && !body.contains("<img"))
        var large = ConsoleRequest(method: "POST", path: "/login", body: Data(count: 70_000))
        large.headers["content-type"] = "application/x-www-form-urlencoded"
        #expect(await fixture.app.handle(large).status == 413)
        let filtered = ConsoleFixture.text(await fixture.get("/holds?kind=threat", session: admin.session))
        #expect(filtered.contains("hold-S1") && filtered.contains("hold-B1") && !filtered.contains("hold-P1"))
        let reports = ConsoleFixture.text(await fixture.get("/reports?since=2020-01-01", session: admin.session))
        #expect(reports.contains("<svg") && reports.contains("3 held"))
        let csv = ConsoleFixture.text(await fixture.get("/reports.csv?since=2020-01-01", session: admin.session))
        #expect(csv.contains("'=HYPERLINK") && !csv.contains(",=HYPERLINK"))
        let revealed = ConsoleFixture.text(await fixture.post("/holds/B1/reveal", [("reason", "check"), ("csrf", admin.csrf)], session: admin.session))
        #expect(!revealed.contains(ConsoleFixture.fullSSN) && revealed.contains("hurt you"))
    }

    /// Requests an attacker would send, signed out and signed in as the least trusted role:
    /// mangled paths, queue ids, cookies, percent-encoding and forms, from a fixed seed.
    @Test("thousands of hostile requests get an ordinary answer, act on nothing and leak nothing")
    func hostileRequests() async throws {
        let fixture = try ConsoleFixture()
        let signed = try #require(await fixture.signIn("aud"))
        var generator = SeededGenerator(seed: 27)
        let pieces = ["holds", "P1", "S1", "..", "%2e%2e", "release", "reveal", "delete", "bulk", "alerts", "users", "ada", "disable", "audit",
                      "reports.csv", "login", "logout", "console.css", "%00", "A\u{0}B", String(repeating: "Z", count: 300), "holds?x=", "\u{202E}", "é"]
        let fields = ["csrf", "reason", "id", "action", "confirm", "status", "assignee", "note", "user", "password", "login_token"]
        let values = ["", "x", "%", "%zz", "%0A", "=cmd", "<script>", "release", "delete", "yes", "P1", "S1", "in-review", signed.csrf,
                      String(repeating: "%41", count: 2000)]
        for round in 0..<1500 {
            let path = "/" + (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: "/")
            let body = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                "\(fields.randomElement(using: &generator)!)=\(values.randomElement(using: &generator)!)"
            }.joined(separator: "&")
            let cookie = [signed.session, "", "x", "mg_session=\(signed.session)"].randomElement(using: &generator)!
            let method = ["GET", "POST", "HEAD", "PUT", "DELETE"].randomElement(using: &generator)!
            let request = ConsoleRequest(method: method, path: path, query: Form(body).fields,
                                         headers: ["Cookie": round % 3 == 0 ? "mg_session=\(cookie)" : cookie], body: Data(body.utf8))
            let response = await fixture.app.handle(request)
            #expect([200, 303, 400, 401, 403, 404, 405, 413, 429].contains(response.status), "\(method) \(path): \(response.status)")
            #expect(!ConsoleFixture.text(response).contains(ConsoleFixture.fullSSN))
        }
        #expect(fixture.queue.actions.withLock { $0 }.isEmpty, "the auditor changed nothing")
        #expect(try fixture.app.store.accounts().allSatisfy { !$0.disabled })
    }
}


/// The shipped rules, compiled once for every console test (compiling takes seconds).
enum ShippedRules {
    static let loaded: Result<RuleSet, LoadProblems> = {
        guard var config = try? ConfigLoader.load(Repository.config.path).get() else {
            return .failure(LoadProblems([LoadProblem(SourceLine(file: Repository.config.path, line: 0), "shipped config does not load")]))
        }
        config.patternsDirectory = Repository.patterns.path
        return RuleLoader.load(config)
    }()
}
