import Detectors
import Policy
import Testing

@Suite("Policy rows")
struct PolicyTests {
    static func finding(_ kind: String, value: Int, action: Action = .reject) -> Finding {
        Finding(ruleID: kind, kind: kind, confidence: .high, location: "body", redacted: "***", action: action, valueID: value)
    }

    static let directory: Directory = {
        var directory = Directory()
        directory.internalDomains = ["district.example"]
        directory.trustedNetworks = [Network("10.0.0.0/8")!]
        directory.groups = [Group(name: "students", domains: ["students.district.example"])]
        directory.complianceMailbox = "compliance@district.example"
        return directory
    }()

    static func facts(_ sender: String, _ recipients: [String], authenticated: Bool = true, client: String? = nil) -> MessageFacts {
        MessageFacts(envelope: Envelope(sender: sender, recipients: recipients, authenticated: authenticated, clientAddress: client), directory: directory)
    }

    @Test("the first matching row decides; none: the finding's own action")
    func firstMatch() {
        var strict = PolicyRule(name: "strict", action: .reject)
        strict.kinds = ["ssn"]
        strict.directions = [.outbound]
        var lenient = PolicyRule(name: "lenient", action: .tag)
        lenient.kinds = ["ssn"]
        let policy = DistrictPolicy(directory: Self.directory, rules: [strict, lenient])
        #expect(policy.decide([Self.finding("ssn", value: 1)], facts: Self.facts("a@district.example", ["b@mail.example"])).action == .reject)
        #expect(policy.decide([Self.finding("ssn", value: 1)], facts: Self.facts("a@district.example", ["b@district.example"])).action == .tag)
        #expect(policy.decide([Self.finding("card", value: 1, action: .quarantine)], facts: Self.facts("a@district.example", ["b@district.example"])).action == .quarantine)
    }

    @Test("thresholds count distinct values", arguments: [(1, Action.tag), (3, .quarantine), (4, .quarantine)])
    func threshold(_ distinct: Int, _ expected: Action) {
        var roster = PolicyRule(name: "roster", action: .quarantine)
        roster.kinds = ["ssn"]
        roster.minValues = 3
        var single = PolicyRule(name: "single", action: .tag)
        single.kinds = ["ssn"]
        let findings = (0..<distinct).map { Self.finding("ssn", value: $0) } + [Self.finding("ssn", value: 0)]
        let verdict = DistrictPolicy(directory: Self.directory, rules: [roster, single]).decide(findings, facts: Self.facts("a@district.example", ["b@district.example"]))
        #expect(verdict.action == expected)
    }

    @Test("partner domains and their subdomains are exempt from a row", arguments: [
        ("hr@partner.example", Action.tag), ("hr@mail.partner.example", .tag), ("hr@notpartner.example", .reject),
    ])
    func partners(_ recipient: String, _ expected: Action) {
        var row = PolicyRule(name: "out", action: .reject)
        row.partners = ["partner.example"]
        var fallback = PolicyRule(name: "partner", action: .tag)
        fallback.kinds = ["ssn"]
        let verdict = DistrictPolicy(directory: Self.directory, rules: [row, fallback]).decide([Self.finding("ssn", value: 1)], facts: Self.facts("a@district.example", [recipient]))
        #expect(verdict.action == expected)
    }

    @Test("hidden findings are decided like visible ones unless limits.hidden_action replaces their action", arguments: [
        (nil, Action.reject), (Action.tag, .tag), (.quarantine, .quarantine), (.reject, .reject),
    ])
    func hidden(_ hiddenAction: Action?, _ expected: Action) {
        var row = PolicyRule(name: "out", action: .reject)
        row.kinds = ["ssn"]
        let policy = DistrictPolicy(directory: Self.directory, rules: [row])
        var hidden = Self.finding("ssn", value: 1)
        hidden.hidden = true
        let verdict = policy.decide([hidden], facts: Self.facts("a@district.example", ["b@mail.example"]), hiddenAction: hiddenAction)
        #expect(verdict.action == expected)
        // Visible findings keep the row's action whatever hidden_action says.
        let visible = policy.decide([Self.finding("ssn", value: 1)], facts: Self.facts("a@district.example", ["b@mail.example"]), hiddenAction: hiddenAction)
        #expect(visible.action == .reject)
    }

    @Test("monitor mode decides and logs, but only tags")
    func monitor() {
        var row = PolicyRule(name: "out", action: .reject)
        row.monitor = true
        let verdict = DistrictPolicy(directory: Self.directory, rules: [row]).decide([Self.finding("ssn", value: 1)], facts: Self.facts("a@district.example", ["b@mail.example"]))
        #expect(verdict.action == .tag)
        #expect(verdict.monitored == .reject)
        let global = DistrictPolicy(directory: Self.directory, rules: [], monitor: true).decide([Self.finding("ssn", value: 1)], facts: Self.facts("a@district.example", ["b@mail.example"]))
        #expect(global.action == .tag)
        #expect(global.monitored == .reject)
    }

    @Test("internal only with an internal domain and authentication or a trusted network", arguments: [
        ("a@district.example", true, nil, true),
        ("a@district.example", false, "10.1.2.3", true),
        ("a@district.example", false, "192.0.2.1", false),
        ("a@district.example", false, nil, true),      // local submission
        ("a@mail.example", true, nil, false),
        ("kid@students.district.example", true, nil, true),
    ] as [(String, Bool, String?, Bool)])
    func internalSender(_ sender: String, _ authenticated: Bool, _ client: String?, _ expected: Bool) {
        #expect(Self.facts(sender, ["x@district.example"], authenticated: authenticated, client: client).senderInternal == expected)
    }

    @Test("networks", arguments: [
        ("10.0.0.0/8", "10.255.1.1", true), ("10.0.0.0/8", "11.0.0.1", false), ("127.0.0.1/32", "127.0.0.1", true),
        ("127.0.0.1/32", "127.0.0.2", false), ("2001:db8::/32", "2001:db8::1", true), ("2001:db8::/32", "10.0.0.1", false),
    ])
    func networks(_ network: String, _ address: String, _ expected: Bool) {
        #expect(Network(network)!.contains(address) == expected)
    }
}
