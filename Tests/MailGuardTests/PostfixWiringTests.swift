import Configuration
import Foundation
@testable import Operations
import Testing

/// `mailguard postfix-check`: what Postfix's settings reach, and what is said about them.
@Suite("Postfix wiring")
struct PostfixWiringTests {
    static let socket = MilterSocket.unix(path: "/var/spool/postfix/mailguard/mailguard.sock")

    @Test("a milter list's entries, braces and all", arguments: [
        ("unix:mailguard/mailguard.sock", ["unix:mailguard/mailguard.sock"]),
        ("unix:a, inet:127.0.0.1:8891", ["unix:a", "inet:127.0.0.1:8891"]),
        ("inet:localhost:8891 unix:b", ["inet:localhost:8891", "unix:b"]),
        ("{ unix:a, connect_timeout=10s, default_action=accept }, unix:b", ["unix:a", "unix:b"]),
        ("{unix:a}", ["unix:a"]),
        ("", []),
        (" , ", []),
    ])
    func entries(list: String, expected: [String]) {
        #expect(PostfixWiring.entries(list) == expected)
    }

    @Test("the socket an entry reaches, chrooted or not", arguments: [
        ("unix:mailguard/mailguard.sock", true, "unix:/var/spool/postfix/mailguard/mailguard.sock"),
        ("unix:mailguard/mailguard.sock", false, "unix:/var/spool/postfix/mailguard/mailguard.sock"),
        ("unix:/mailguard/mailguard.sock", true, "unix:/var/spool/postfix/mailguard/mailguard.sock"),
        ("unix:/mailguard/mailguard.sock", false, "unix:/mailguard/mailguard.sock"),
        // Inside the chroot an absolute path is under the queue directory: this one is not ours.
        ("unix:/var/spool/postfix/mailguard/mailguard.sock", true, "unix:/var/spool/postfix/var/spool/postfix/mailguard/mailguard.sock"),
        ("unix:/var/spool/postfix/mailguard/mailguard.sock", false, "unix:/var/spool/postfix/mailguard/mailguard.sock"),
        ("unix:./mailguard/../mailguard/mailguard.sock", false, "unix:/var/spool/postfix/mailguard/mailguard.sock"),
        ("inet:127.0.0.1:8891", true, "inet:loopback:8891"),
        ("inet:[::1]:8891", true, "inet:loopback:8891"),
        ("inet:mx.district.example:8891", true, "inet:mx.district.example:8891"),
        ("inet:nohost", true, nil),
        ("unix:", true, nil),
        ("mailguard.sock", true, nil),
        // Postfix has no inet6 transport: such an entry reaches nothing.
        ("inet6:[::1]:8891", true, nil),
    ] as [(String, Bool, String?)])
    func reached(entry: String, chrooted: Bool, expected: String?) {
        let socket = PostfixWiring.reached(by: entry, queueDirectory: "/var/spool/postfix", chrooted: chrooted)
        #expect(socket.map(PostfixWiring.identity) == expected)
    }

    static func wired() -> PostfixWiring.Settings {
        var settings = PostfixWiring.Settings()
        settings.smtpdMilters = "unix:mailguard/mailguard.sock"
        settings.nonSmtpdMilters = "unix:mailguard/mailguard.sock"
        settings.defaultAction = "tempfail"
        settings.smtpdChrooted = true
        settings.cleanupChrooted = true
        return settings
    }

    static func problems(_ settings: PostfixWiring.Settings, socket: MilterSocket = socket,
                         probe: PostfixWiring.SocketState = .answers, canConnect: Bool = true) -> [String] {
        PostfixWiring(settings: settings, socket: socket).checks(probe: { _ in probe }, canConnect: { _ in canConnect })
            .filter { !$0.ok }.map(\.text)
    }

    @Test("Postfix wired as the package says: every check passes")
    func wiredAsSaid() {
        let checks = PostfixWiring(settings: Self.wired(), socket: Self.socket).checks(probe: { _ in .answers }, canConnect: { _ in true })
        #expect(checks.count == 5)
        #expect(checks.allSatisfy { $0.ok })
    }

    @Test("each miswiring is named, with what to write", arguments: [
        ("milter_default_action", "accept", "milter_default_action = accept"),
        ("smtpd_milters", "", "smtpd_milters is empty: add smtpd_milters = unix:mailguard/mailguard.sock"),
        ("non_smtpd_milters", "", "non_smtpd_milters is empty: add non_smtpd_milters = $smtpd_milters"),
        ("smtpd_milters", "unix:/var/spool/postfix/mailguard/mailguard.sock", "smtpd reaches unix:/var/spool/postfix/var/spool/postfix/mailguard/mailguard.sock"),
        ("smtpd_milters", "inet:127.0.0.1:8891", "write unix:mailguard/mailguard.sock"),
    ])
    func miswired(name: String, value: String, expected: String) {
        var settings = Self.wired()
        switch name {
        case "milter_default_action": settings.defaultAction = value
        case "smtpd_milters": settings.smtpdMilters = value
        default: settings.nonSmtpdMilters = value
        }
        let problems = Self.problems(settings)
        #expect(problems.count == 1, "\(name): \(problems)")
        #expect(problems.first?.contains(expected) == true, "\(name): \(problems)")
    }

    @Test("master.cf overrides: a service's own milters, default action or no milters at all", arguments: [
        ("submission/inet/smtpd_milters = inet:127.0.0.1:8891", "master.cf submission/inet: smtpd_milters does not name MailGuard's socket"),
        ("submission/inet/smtpd_milters =", "master.cf submission/inet: smtpd_milters is empty"),
        ("submission/inet/milter_default_action = accept", "master.cf submission/inet sets milter_default_action=accept"),
        ("smtp/inet/receive_override_options = no_address_mappings,no_milters", "master.cf smtp/inet sets receive_override_options with no_milters"),
        ("pickup/unix/receive_override_options = no_milters", "master.cf pickup/unix sets receive_override_options with no_milters"),
    ])
    func overrides(line: String, expected: String) {
        var settings = Self.wired()
        settings.overrides = PostfixWiring.Settings.overrides(in: "smtp/inet/smtpd_tls_security_level = may\n" + line + "\n")
        let problems = Self.problems(settings)
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.hasPrefix(expected) == true, "\(problems)")
    }

    @Test("overrides that keep MailGuard in the path pass: its socket named again, tempfail, a content filter's loopback return", arguments: [
        "submission/inet/smtpd_milters = unix:mailguard/mailguard.sock",
        "submission/inet/milter_default_action = tempfail",
        "127.0.0.1:10025/inet/receive_override_options = no_unknown_recipient_checks,no_milters",
        "submission/inet/syslog_name = postfix/submission",
    ])
    func harmlessOverrides(line: String) {
        var settings = Self.wired()
        settings.overrides = PostfixWiring.Settings.overrides(in: line)
        #expect(settings.overrides.count == 1)
        #expect(Self.problems(settings) == [])
    }

    @Test("a braced entry's own default_action other than tempfail is named")
    func braceDefaultAction() {
        var settings = Self.wired()
        settings.smtpdMilters = "{ unix:mailguard/mailguard.sock, default_action=accept }"
        #expect(Self.problems(settings) == ["smtpd_milters gives unix:mailguard/mailguard.sock default_action=accept: Postfix would accept mail unchecked while MailGuard is down"])
        settings.smtpdMilters = "{ unix:mailguard/mailguard.sock, default_action=tempfail }"
        #expect(Self.problems(settings) == [])
    }

    @Test("a socket that is missing, refuses, is out of Postfix's reach, or lies outside its chroot")
    func socketProblems() {
        #expect(Self.problems(Self.wired(), probe: .missing).first?.contains("does not exist: is mailguard running") == true)
        #expect(Self.problems(Self.wired(), probe: .refused("Connection refused")).first?.contains("does not answer: Connection refused") == true)
        #expect(Self.problems(Self.wired(), canConnect: false).first?.contains("may not connect") == true)
        var settings = Self.wired()
        settings.smtpdMilters = "unix:/run/mailguard/mailguard.sock"
        settings.nonSmtpdMilters = "unix:/run/mailguard/mailguard.sock"
        let outside = Self.problems(settings, socket: .unix(path: "/run/mailguard/mailguard.sock"))
        #expect(outside.contains { $0.contains("runs chrooted in /var/spool/postfix, but the socket /run/mailguard/mailguard.sock is outside it") })
    }

    @Test("an inet socket matches however each side writes it")
    func inet() {
        var settings = Self.wired()
        settings.smtpdMilters = "inet:localhost:8891"
        settings.nonSmtpdMilters = "inet:[::1]:8891"
        #expect(Self.problems(settings, socket: .inet(port: 8891, host: "127.0.0.1")) == [])
        #expect(Self.problems(settings, socket: .inet(port: 8892, host: "127.0.0.1")).count == 2)
    }

    @Test("master.cf: a command is chrooted only when every service running it is", arguments: [
        ("smtp      inet  n       -       y       -       -       smtpd", true),
        ("smtp      inet  n       -       n       -       -       smtpd", false),
        ("smtp      inet  n       -       -       -       -       smtpd", false),
        ("smtp      inet  n       -       y       -       -       smtpd\nsubmission inet n       -       n       -       -       smtpd", false),
        ("pickup    unix  n       -       y       60      1       pickup", false),
    ])
    func chroot(services: String, expected: Bool) {
        #expect(PostfixWiring.Settings.chrooted(command: "smtpd", in: services) == expected)
    }

    @Test("the socket's owner, group and mode decide whether Postfix's user may connect")
    func permissions() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wiring-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("s.sock").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let nobody = "nobody"
        chmod(directory.path, 0o755)
        chmod(path, 0o660)
        #expect(!PostfixWiring.userCanConnect(nobody, to: path))
        chmod(path, 0o666)
        #expect(PostfixWiring.userCanConnect(nobody, to: path))
        chmod(directory.path, 0o750)
        #expect(!PostfixWiring.userCanConnect(nobody, to: path))
        #expect(PostfixWiring.userCanConnect("root", to: path))
        #expect(!PostfixWiring.userCanConnect("no-such-user-here", to: path))
        #expect(PostfixWiring.probe(path) != .answers)
        #expect(PostfixWiring.probe(directory.appendingPathComponent("none").path) == .missing)
    }
}
