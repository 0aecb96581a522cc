import Detectors
import Testing

@Suite("Pattern files")
struct PatternFileTests {
    static let valid = """
        # a comment
        rule      employee-id
        describe  District employee number
        section   3
        match     /\\bE\\d{6}\\b/
        near      employee "staff id"
        action    tag
        redact    last4
        example   Employee E123456 joined.
        not       Room E12 is free.
        """

    @Test("a valid file loads with every field")
    func valid() throws {
        let rules = try RuleSet.load([PatternSource(name: "local.rules", text: Self.valid)], limits: ScanLimits()).get()
        let rule = try #require(rules.rules.first)
        #expect(rule.id == "employee-id")
        #expect(rule.kind == "employee-id")
        #expect(rule.section == "3")
        #expect(rule.action == .tag)
        #expect(rule.context.words == ["employee", "staff id"])
        #expect(rule.origin == SourceLine(file: "local.rules", line: 2))
        #expect(rules.scan("Employee E654321", location: "x").map(\.redacted) == ["***4321"])
    }

    @Test("a broken file names file, line, rule and cause", arguments: [
        ("rule x\nmatch /(\\d+/\naction tag\nexample 1", "bad.rules:2: x: bad regex at offset 4: missing closing parenthesis"),
        ("rule x\nmatch /\\d+/\naction tag\nexample 1\nfrobnicate yes", "bad.rules:5: x: unknown keyword 'frobnicate'"),
        ("rule x\nmatch /\\d+/\nexample 1", "bad.rules:1: x: missing 'action'"),
        ("rule x\nmatch /\\d+/\naction explode\nexample 1", "bad.rules:3: x: unknown action 'explode'"),
        ("rule x\nmatch /\\d+/\naction tag\nvalidate luhn md5\nexample 1", "bad.rules:4: x: unknown validator 'md5'"),
        ("rule x\nmatch /\\d+/\naction tag", "bad.rules:1: x: no 'example' line"),
        ("rule x\nmatch /\\d+/\naction tag\nexample none here", "bad.rules:4: x: example is not found by the rule"),
        ("rule x\nmatch /\\d+/\naction tag\nexample 1\nnot 2", "bad.rules:5: x: 'not' example is found by the rule"),
        ("rule x\nmatch \\d+\naction tag\nexample 1", "bad.rules:2: x: 'match' must be written /regex/flags"),
        ("rule x\nmatch /\\d+/q\naction tag\nexample 1", "bad.rules:2: x: unknown regex flag"),
        ("rule x\nmatch /\\d+/\nmatch /\\w+/\naction tag\nexample 1", "bad.rules:3: x: 'match' given twice (first at line 2)"),
        ("rule x\nmatch /\\d+/\naction tag\nwindow lots\nexample 1", "bad.rules:4: x: window must be"),
        ("rule x\nmatch /\\d+/\naction tag\nconfidence sure\nexample 1", "bad.rules:4: x: 'confidence' must be low, medium or high"),
        ("rule x\nmatch /\\d+/\naction tag\nnear \"social security\nexample 1", "bad.rules:4: x: unclosed quote"),
        ("match /\\d+/", "bad.rules:1: 'match' outside a rule block"),
        ("rule Bad Id\nmatch /\\d+/\naction tag\nexample 1", "bad.rules:1: Bad Id: rule id must start with a letter"),
        ("rule x\nmatch /\\d+/\naction tag\nexample 1\nrule x\nmatch /\\d/\naction tag\nexample 2", "bad.rules:5: x: rule id already used at bad.rules:1"),
    ])
    func broken(_ text: String, _ expected: String) {
        switch RuleSet.load([PatternSource(name: "bad.rules", text: text)], limits: ScanLimits()) {
        case .success:
            Issue.record("a broken file loaded")
        case .failure(let problems):
            #expect(problems.problems.contains { $0.description.hasPrefix(expected) }, "got: \(problems)")
        }
    }

    @Test("one broken rule fails the whole load, so a half-valid set never goes live")
    func allOrNothing() {
        let text = Self.valid + "\nrule y\nmatch /(/\naction tag\nexample 1\n"
        #expect(throws: LoadProblems.self) {
            try RuleSet.load([PatternSource(name: "mixed.rules", text: text)], limits: ScanLimits()).get()
        }
    }

    @Test("problems in several files are all reported")
    func allProblems() throws {
        let result = RuleSet.load([
            PatternSource(name: "a.rules", text: "rule a\nmatch /(/\naction tag\nexample 1"),
            PatternSource(name: "b.rules", text: "rule b\nmatch /x/\naction nope\nexample x"),
        ], limits: ScanLimits())
        guard case .failure(let problems) = result else { Issue.record("loaded"); return }
        #expect(problems.problems.map(\.origin.file) == ["a.rules", "b.rules"])
    }
}
