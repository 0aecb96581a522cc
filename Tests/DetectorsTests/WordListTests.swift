import Detectors
import Testing

/// Word-list rules (`words FILE`): whole words on the normalised view of a text, one automaton
/// for every list.
@Suite("Word lists")
struct WordListTests {
    static let rules: RuleSet = {
        let rule = """
            rule        rude
            kind        profanity
            words       lists/rude.words
            action      accept
            example     what the fuck
            not         a class assessment in Sussex

            rule        hurt
            kind        threat
            words       lists/hurt.words
            action      accept
            example     i will kill you
            not         kill the lights
            """
        let sources = [
            PatternSource(name: "p/test.rules", text: rule),
            PatternSource(name: "p/lists/rude.words", text: "# test list\nfuck\nshit\nass\nstupid\nbitch*\n"),
            PatternSource(name: "p/lists/hurt.words", text: "kill you\nshoot up the school\n"),
        ]
        return try! RuleSet.load(sources, limits: ScanLimits()).get()
    }()

    static func found(_ text: String) -> [String] {
        rules.makeScanner().scan(text, location: "body").map(\.ruleID)
    }

    @Test("a person cannot trivially evade: case, accents, leetspeak, repeats, spaced letters, masks", arguments: [
        ("WHAT THE FUCK", ["rude"]), ("what the fück", ["rude"]), ("this is $h1t", ["rude"]), ("sh!t happens", ["rude"]),
        ("you are stuuupid", ["rude"]), ("what an asssss", ["rude"]), ("f.u.c.k this", ["rude"]), ("f u c k this", ["rude"]),
        ("f-u-c-k", ["rude"]), ("what the f*ck", ["rude"]), ("f**k it", ["rude"]), ("sh*t", ["rude"]), ("bitches be", ["rude"]),
        ("I will KILL   you.", ["hurt"]), ("k1ll y0u", ["hurt"]), ("we shoot up the school", ["hurt"]),
        ("<b>fuck</b>", ["rude"]), ("fuck!", ["rude"]), ("shøøt up the schøøl", ["hurt"]), ("u r d.e.a.d", []),
    ])
    func evasions(_ text: String, _ expected: [String]) {
        #expect(Self.found(text) == expected)
    }

    @Test("whole words only: the classic false positives", arguments: [
        "The class will assess the Sussex trip.", "Scunthorpe United", "shiitake mushrooms", "a cocktail recipe",
        "kill the lights", "we will shoot the yearbook photos", "assignment", "passed", "bass guitar", "I killed it, you know",
        "Room 4B", "$5 lunch", "the shoot up at the school", "hello!", "f.u.n stuff", "a s s e m b l y",
    ])
    func lookalikes(_ text: String) {
        #expect(Self.found(text).isEmpty, "found \(Self.found(text))")
    }

    @Test("each entry once per text; the finding points at the original and shows no word")
    func placement() throws {
        let text = "ok then $h1t and shit again"
        let placed = Self.rules.makeScanner().placedFindings(in: text, location: "body")
        #expect(placed.map(\.offset) == [8, 17])
        #expect(placed.map(\.repeated) == [false, true])
        #expect(placed.first?.finding.redacted == "********")
        #expect(placed.first?.finding.kind == "profanity")
    }

    @Test("word lists load with their rule; bad entries and missing lists name file and line")
    func loading() {
        func problems(_ list: String?, rule: String = "words lists/l.words") -> [String] {
            var sources = [PatternSource(name: "p/t.rules", text: "rule r\n\(rule)\naction accept\nexample x\n")]
            if let list { sources.append(PatternSource(name: "p/lists/l.words", text: list)) }
            guard case .failure(let failure) = RuleSet.load(sources, limits: ScanLimits()) else { return [] }
            return failure.problems.map(\.description)
        }
        #expect(problems(nil).contains { $0.contains("p/t.rules:2: r: no word list 'lists/l.words'") })
        #expect(problems("ok\nBad Word\n").contains { $0.hasPrefix("p/lists/l.words:2: r: 'Bad Word' is not a word list entry") })
        #expect(problems("# only comments\n").contains { $0.contains("has no entries") })
        #expect(problems("x\n", rule: "words lists/l.words\nmatch /x/").contains { $0.contains("either 'match' or 'words'") })
        #expect(problems("x\n", rule: "words lists/l.words\nnear word").contains { $0.contains("'near' reads a regex match") })
        #expect(problems("x\n").isEmpty)
    }
}
