@testable import Configuration
import Detectors
import Foundation
import Logging
@testable import MailGuard
@testable import Milter
@testable import Operations
import Policy
import Testing

/// The pieces `mailguard run` reports through: own-mail marks, metrics, the digest, settings.
@Suite("Operations")
struct OperationsTests {
    @Test("a mark is accepted once, for the Message-ID it was made for, by the instance that made it")
    func marks() throws {
        let marks = OwnMailMark(domain: "district.example")
        let stamp = marks.stamp()
        #expect(stamp.messageID.hasPrefix("<mailguard.") && stamp.messageID.hasSuffix("@district.example>"))
        #expect(!marks.accept(messageID: "<other@district.example>", mark: stamp.mark))
        #expect(!OwnMailMark(domain: "district.example").accept(messageID: stamp.messageID, mark: stamp.mark))
        #expect(!marks.accept(messageID: stamp.messageID, mark: String(repeating: "ab", count: 32)))
        #expect(!marks.accept(messageID: stamp.messageID, mark: "not hex"))
        #expect(!marks.accept(messageID: nil, mark: stamp.mark))
        #expect(marks.accept(messageID: " \(stamp.messageID)", mark: stamp.mark.uppercased()))
        // Copied into a second message: already used.
        #expect(!marks.accept(messageID: stamp.messageID, mark: stamp.mark))
    }

    @Test("the milter accepts its own mail unjudged and removes the mark; a forged or doubled mark is judged")
    func ownMailInTheMilter() throws {
        let marks = OwnMailMark(domain: "district.example")
        // With the verdict header on clean mail too, every judged message shows its verdict.
        let session = MilterSession(store: EngineStore(try MilterSessionTests.engine(headerOnAccept: true)), logger: Logger(label: "test"),
                                    notices: RecordingNotices(), reporting: Reporting(marks: marks))
        let threat = "bringing my dad's gl0ck to school tomorrow"
        func send(_ headers: [(String, String)]) -> (MilterStatus, [String]) {
            deliver(session, from: "", to: "counselor@district.example", headers: [("Subject", "alert")] + headers, body: threat)
        }
        let stamp = marks.stamp()
        #expect(send([("Message-ID", stamp.messageID), (OwnMailMark.header, stamp.mark)]) == (.proceed, ["delete X-MailGuard-Mark[1]"]))
        let forged = send([("Message-ID", stamp.messageID), (OwnMailMark.header, stamp.mark)])
        #expect(forged.1.contains { $0.hasPrefix("add X-MailGuard: ") })
        let second = marks.stamp()
        let doubled = send([("Message-ID", second.messageID), (OwnMailMark.header, second.mark), (OwnMailMark.header, second.mark)])
        #expect(doubled.1.contains { $0.hasPrefix("add X-MailGuard: ") })
        let third = marks.stamp()
        let withSender = deliver(session, from: "kid@students.district.example", to: "friend@students.district.example",
                                 headers: [("Message-ID", third.messageID), (OwnMailMark.header, third.mark)], body: threat)
        #expect(withSender.1.contains { $0.hasPrefix("quarantine ") })
    }

    @Test("metrics listen addresses", arguments: [
        ("127.0.0.1:9487", "127.0.0.1", 9487), ("[::1]:9100", "::1", 9100), ("0.0.0.0:80", "0.0.0.0", 80),
        ("localhost:9487", nil, 0), ("127.0.0.1", nil, 0), ("127.0.0.1:0", nil, 0), ("127.0.0.1:70000", nil, 0), ("::1:9487", "::1", 9487),
    ] as [(String, String?, Int)])
    func listen(_ text: String, _ host: String?, _ port: Int) {
        let parsed = MetricsSettings.parse(text)
        #expect(parsed?.host == host)
        if host != nil { #expect(parsed?.port == port) }
    }

    @Test("the Postfix instance: the setting, else $MAIL_CONFIG, else Postfix's default")
    func postfixInstance() {
        #expect(QuarantineSettings(postfixConfigDirectory: "/etc/postfix-out").configDirectory(environment: ["MAIL_CONFIG": "/x"]) == "/etc/postfix-out")
        #expect(QuarantineSettings().configDirectory(environment: ["MAIL_CONFIG": "/x"]) == "/x")
        #expect(QuarantineSettings().configDirectory(environment: ["MAIL_CONFIG": ""]) == nil)
        #expect(QuarantineSettings().configDirectory(environment: [:]) == nil)
    }

    @Test("unscannable notes are counted by their fixed reason", arguments: [
        ("password-protected: encrypted zip archive", "password-protected"),
        ("took too long: time limit of 20 seconds per message reached", "took too long"),
        ("too large: expands more than 100 times (zip bomb?)", "too large"),
        ("too deep: nested deeper than 10 levels", "too deep"),
        ("damaged: reader crashed (signal 11)", "damaged"),
        ("unsupported format: Word 6.0/95", "unsupported format"),
        ("damaged", "damaged"),
        ("encrypted zip archive", "other"),
        ("something new: with a colon", "other"),
    ])
    func reasonClasses(_ reason: String, _ expected: String) {
        #expect(MailMetrics.reasonClass(reason) == expected)
    }

    @Test("metrics count messages by verdict and most outward direction, findings by rule")
    func metricsText() throws {
        let metrics = MailMetrics()
        var verdict = Verdict(findings: [Finding(ruleID: "ssn", kind: "ssn", confidence: .high, location: "body", redacted: "***-**-6789", action: .reject)])
        verdict.directions = ["a@district.example": .internal, "b@mail.example": .outbound]
        metrics.count(verdict, scanSeconds: 0.002, totalSeconds: 0.003)
        metrics.count(verdict, scanSeconds: nil, totalSeconds: 0.003)
        let text = metrics.text
        #expect(text.contains(#"mailguard_messages_total{verdict="reject",direction="outbound"} 2"#))
        #expect(text.contains(#"mailguard_findings_total{rule="ssn"} 2"#))
        #expect(text.contains("mailguard_scan_seconds_count 1") && text.contains("mailguard_message_seconds_count 2"))
        #expect(text.contains(#"mailguard_reloads_total{result="failed"} 0"#))
        #expect(!text.contains("6789"))
    }

    @Test("the digest lists held and dropped messages with rules and commands, and empties")
    func digest() throws {
        let engine = try shippedEngine()
        let digest = ComplianceDigest(store: EngineStore(engine), sender: RecordingNotices(), logger: Logger(label: "test"))
        var held = Verdict(findings: [Finding(ruleID: "ssn", kind: "ssn", confidence: .high, location: "attachment roster.csv",
                                              redacted: "***-**-6789", action: .quarantine, section: "3")])
        let envelope = Envelope(sender: "pat.teacher@district.example", recipients: ["vendor@outside.example"])
        digest.add(held, envelope: envelope, queueID: "4A1B2C3D")
        held.monitored = .quarantine
        digest.add(held, envelope: envelope, queueID: "MONITORED")
        digest.add(Verdict(findings: []), envelope: envelope, queueID: "ACCEPTED")
        let mail = try #require(digest.mail(engine: engine))
        #expect(mail.recipients == ["compliance@district.example"])
        #expect(mail.subject == "MailGuard digest: 1 message(s) held or dropped")
        #expect(mail.body.contains("queue id 4A1B2C3D  HELD") && mail.body.contains("- ssn (guideline 3) in attachment roster.csv"))
        #expect(mail.body.contains("mailguard quarantine release 4A1B2C3D --config"))
        #expect(!mail.body.contains("MONITORED") && !mail.body.contains("ACCEPTED") && !mail.body.contains("6789"))
        #expect(!mail.body.contains("more;"))
        #expect(digest.mail(engine: engine) == nil)
    }

    @Test("with [console] public_url the digest, the alert and the held notice link to the message's console page instead of commands")
    func consoleLinks() throws {
        let shipped = try shippedEngine()
        var config = shipped.config
        config.console.publicURL = "https://mailguard.district.example"
        let engine = Engine(config: config, rules: shipped.rules, notices: NoticeWriter(
            templates: shipped.notices.templates, contact: shipped.notices.contact, complianceCopies: true, consoleURL: config.console.publicURL
        ), conduct: shipped.conduct)
        let digest = ComplianceDigest(store: EngineStore(engine), sender: RecordingNotices(), logger: Logger(label: "test"))
        var held = Verdict(findings: [Finding(ruleID: "threat", kind: "threat", confidence: .high, location: "body (text/plain)",
                                              redacted: "", action: .quarantine, section: "8")])
        held.alerts = ["counselor@district.example"]
        held.senderInternal = true
        let envelope = Envelope(sender: "riley.kid@students.district.example", recipients: ["jordan.kid@students.district.example"])
        digest.add(held, envelope: envelope, queueID: "4A1B2C3D")
        let link = "https://mailguard.district.example/holds/4A1B2C3D"
        let mails = [
            try #require(digest.mail(engine: engine)),
            try #require(engine.notices.alert(for: held, rules: engine.rules, envelope: envelope, queueID: "4A1B2C3D")),
            try #require(engine.notices.mail(for: held, rules: engine.rules, sender: envelope.sender, compliance: nil, queueID: "4A1B2C3D")),
        ]
        for mail in mails {
            #expect(mail.body.contains(link), "\(mail.subject)")
            #expect(!mail.body.contains("mailguard quarantine"), "\(mail.subject)")
        }
        #expect(mails[0].body.contains("https://mailguard.district.example/holds\n") || mails[0].body.contains("https://mailguard.district.example/holds "))
    }

    @Test("with a digest the per-hold notice goes to the sender only")
    func noticeWithoutCompliance() throws {
        let engine = try shippedEngine()
        #expect(engine.config.notices.complianceDigestMinutes == 60)
        let verdict = Verdict(findings: [Finding(ruleID: "ssn", kind: "ssn", confidence: .high, location: "body", redacted: "***-**-6789", action: .quarantine)])
        var internalVerdict = verdict
        internalVerdict.senderInternal = true
        let mail = engine.notices.mail(for: internalVerdict, rules: engine.rules, sender: "pat.teacher@district.example", compliance: "compliance@district.example")
        #expect(mail?.recipients == ["pat.teacher@district.example"])
    }
}

@Suite("Terminal output")
struct TerminalOutputTests {
    @Test("what a sender wrote reaches the admin's terminal without control sequences", arguments: [
        "evil\u{1B}]0;pwned\u{07}.csv", "x\u{1B}[2J\u{1B}[Hy", "a\u{9B}31mb", "line\r\nFake: header", "del\u{7F}",
    ])
    func noControls(_ cell: String) {
        let table = TextColumns.render(header: ["FILE"], rows: [[cell]])
        #expect(!table.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x7F || $0.value == 0x0D })
        #expect(table.split(separator: "\n").count == 2)
    }
}
