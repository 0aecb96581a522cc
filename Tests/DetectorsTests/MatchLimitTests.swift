import Detectors
import Testing

@Suite("Regex limits")
struct MatchLimitTests {
    static func rule(_ pattern: String) -> String {
        "rule slow\nsection 3\nmatch /\(pattern)/\naction reject\nexample aaa\n"
    }

    @Test("catastrophic backtracking ends with a scan-error finding, not a hang")
    func catastrophicBacktracking() throws {
        let limits = ScanLimits(matchLimit: 100_000, onScanError: .quarantine)
        // The lookahead keeps the prefilter from ruling the text out (it widens lookarounds),
        // so PCRE2 itself runs into the limit.
        let rules = try RuleSet.load([PatternSource(name: "slow.rules", text: Self.rule("^(?=(a+)+$)a"))], limits: limits).get()
        let hostile = String(repeating: "a", count: 64) + "!"
        let findings = rules.scan(hostile, location: "body (text/plain)")
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.kind == Finding.scanErrorKind)
        #expect(finding.ruleID == "slow")
        #expect(finding.action == .quarantine)
        #expect(finding.note?.contains("match limit") == true)
    }

    @Test("a JIT stack too small for the text is a scan-error finding too")
    func jitStackLimit() throws {
        let limits = ScanLimits(matchLimit: 100_000_000, jitStackBytes: 32 * 1024, onScanError: .tempfail)
        let rules = try RuleSet.load([PatternSource(name: "deep.rules", text: "rule deep\nmatch /^(?:(a)|b)*$/\naction tag\nexample abab\n")], limits: limits).get()
        let findings = rules.scan(String(repeating: "a", count: 200_000), location: "x")
        #expect(findings.map(\.kind) == [Finding.scanErrorKind])
        #expect(findings.first?.action == .tempfail)
    }

    @Test("an example that hits the limit fails the load with the rule named")
    func limitAtLoad() {
        let text = "rule slow\nmatch /^(a+)+$/\naction tag\nexample aaa\nnot aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n"
        guard case .failure(let problems) = RuleSet.load([PatternSource(name: "slow.rules", text: text)], limits: ScanLimits(matchLimit: 10_000)) else {
            Issue.record("loaded"); return
        }
        #expect(problems.description.hasPrefix("slow.rules:5: slow: rule could not finish scanning: match limit exceeded"))
    }
}

/// A rule whose base confidence is below its minimum needs a label: without one of its words
/// in the text (and no context pattern) its regex is not run at all. A regex that runs into
/// the match limit on the text shows whether it ran.
@Suite("Rules that need a label")
struct LabelGateTests {
    static func rule(_ context: String) -> [PatternSource] {
        [PatternSource(name: "gated.rules", text: "rule gated\nmatch /(?=(a+)+$)a/\nconfidence low\nminimum medium\n\(context)\naction reject\nexample code a\n")]
    }

    static let cases: [(context: String, text: String, runs: Bool)] = [
        ("near code", "", false),
        ("near code", "code ", true),
        ("near code", "the zip code is ", true),
        ("near code", "codes ", false),
        ("near code\nlabel-match /\\bkey\\b/", "", true),
        ("near code\nnear-match /\\d{4}/", "", true),
    ]

    @Test("the regex runs only when the text holds a label, or the rule has a context pattern", arguments: cases.indices)
    func gate(index: Int) throws {
        let test = Self.cases[index]
        let rules = try RuleSet.load(Self.rule(test.context), limits: ScanLimits(matchLimit: 100_000)).get()
        let findings = rules.scan(test.text + String(repeating: "a", count: 64) + "!", location: "body")
        #expect(findings.map(\.kind) == (test.runs ? [Finding.scanErrorKind] : []), "\(test.context) / \(test.text)")
    }
}
