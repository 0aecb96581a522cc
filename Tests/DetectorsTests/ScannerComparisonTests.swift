@testable import Detectors
import Testing
import TestSupport

/// The scanner against the one it replaced (`ReferenceScanner`): with the shipped rules, the
/// same findings at the same places, and the same masked text, on every rule's examples and
/// look-alikes and on generated text built to reach the changed parts (word lists in
/// disguise, labels before and after numbers, links and addresses around them, long texts).
@Suite("Scanner against the reference scanner")
struct ScannerComparisonTests {
    static let rules = try! shippedRules()

    /// Pieces the generated texts are made of: words of the lists, labels, numbers, links.
    static let pieces: [String] = {
        var pieces = [
            "SSN", "ssn:", "social security", "card", "Card:", "Visa", "exp 04/27", "order", "Order #", "tracking", "Tracking",
            "invoice", "phone", "Cell", "call", "text", "student ID", "Student ID:", "DOB", "date of birth", "born",
            "536-90-4399", "536 90 4399", "536904399", "4532 5260 1815 9080", "4532526018159080", "5425-2334-3010-9903",
            "(860) 555-0142", "860.555.0142", "8605550142", "20481736", "04/12/2012", "2012-04-12", "12 Maple Street",
            "https://example.org/536-90-4399", "www.district.example/860-555-0142", "pat@district.example", "a@b.c",
            "password: Tr0ub4dor&3", "IEP", "504 plan", "forward this to 10 friends", "bad luck", "k1ll", "k.i.l.l",
            "f u c k", "sh!t", "stuuupid", "asssss", "aa4", "4aa", "sh1ii", "uüu", "ßs", "a a a", "s$s", "sooo", "oo'o", "oo’o", "i'll", "don’t", "Ünïcödé", "ＳＳＮ", "５３６-９０-４３９９",
            "5\u{200B}3\u{200B}6-90-4399", "\u{202E}9934-09-635\u{202C}", "five three six nine oh four four three nine nine",
            "—", "…", "\t", "\n", "\r\n", ".", ",", ":", "!", "?", "*", "$", "@", "\"", "(", ")", "0", "1", "42", "1999",
        ]
        for rule in rules.rules where !rule.words.isEmpty {
            pieces += rule.words.prefix(12).map { $0.hasSuffix("*") ? String($0.dropLast()) + "ing" : $0 }
        }
        return pieces
    }()

    static func generated(count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next() -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (value ^ (value >> 31)) >> 1)
        }
        return (0..<count).map { _ in
            let length = 1 + next() % 40
            return (0..<length).map { _ in
                let piece = pieces[next() % pieces.count]
                return next() % 4 == 0 ? piece.uppercased() : piece
            }.joined(separator: next() % 3 == 0 ? "" : " ")
        }
    }

    static func compare(_ texts: [String]) -> (differences: [String], findings: Int, rules: Set<String>) {
        var differences: [String] = []
        var findings = 0
        var rulesFound: Set<String> = []
        let scanner = rules.makeScanner()
        let reference = ReferenceScanner(rules: rules)
        for text in texts {
            let new = scanner.placedFindings(in: text, location: "body")
            let old = reference.placedFindings(in: text, location: "body")
            findings += new.count
            rulesFound.formUnion(new.map(\.finding.ruleID))
            if new != old { differences.append(text) }
            if scanner.maskedPieces(text).map(\.text) != reference.maskedPieces(text).map(\.text) {
                differences.append("masked: " + text)
            }
        }
        return (differences, findings, rulesFound)
    }

    /// How many texts differ, and the start of the first.
    static func describe(_ differences: [String]) -> String {
        "\(differences.count) differ" + (differences.first.map { ", the first starts: \($0.prefix(160))" } ?? "")
    }

    @Test("every rule's examples and look-alikes give the same findings and masks")
    func examples() {
        let texts = Self.rules.rules.flatMap { ($0.examples + $0.counterExamples).map(\.text) }
        let result = Self.compare(texts)
        #expect(result.differences.isEmpty, "\(Self.describe(result.differences))")
        // The comparison saw findings of most rules (it compares something).
        #expect(result.rules.count >= Self.rules.rules.count * 3 / 4, "\(result.rules.count) rules found")
    }

    @Test("generated texts of labels, numbers, links and disguised words give the same findings and masks")
    func generatedTexts() {
        let texts = Self.generated(count: 1500, seed: 7)
        let result = Self.compare(texts)
        #expect(result.differences.isEmpty, "\(Self.describe(result.differences)) of \(texts.count)")
        #expect(result.findings > 1500, "\(result.findings) findings")
    }

    /// School mail: ordinary numbers on every line, labels for and against, and now and then
    /// the kind of line that makes a text be read (a score `63/100`, a ZIP code over a phone
    /// number, "one or two", tabs).
    static let prose = [
        "The science fair is on 3/14 at 10:15 in Room 121; buses 4 and 7 leave at 9:30 from the east lot.",
        "Registration is $543.14 per student, due Friday. We have 28 students and 3 chaperones.",
        "If anything changes, call me at 860-555-0175 or leave a message at the main office.",
        "Your order 4532 5260 1815 9080 shipped; the tracking number is on the invoice.",
        "Card on file for the bus deposit, please see the office.",
        "Week 11: chapters 3-10, quiz on 11/20, projects due 12/4 (rubric version 2.1).",
        "Our gym holds 227 people, so we split the day into sessions at 9:00, 11:30 and 1:15.",
        "Thanks again for hosting us last time; the students are still talking about it.", "", "> quoted reply line with 12 items",
    ]
    static let readProse = [
        "Last year 41 of our 90 students finished the project; the top mark was 63/100.",
        "250 Lincoln Avenue, Hartford, CT 06105\n860-555-0175",
        "Teams are one or two students each; judging starts at 10 and results are posted by noon.",
        "Spouse SSN\t677\t09\t3544", "Pat Teacher\tGrade 7\tRoom 104",
    ]

    /// Long texts: a few generated pieces (disguised numbers among them) far apart among
    /// prose lines, so the numbers' reading is read in windows with text between them.
    static func farApart(count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        func line() -> String { next() % 25 == 0 ? readProse[next() % readProse.count] : prose[next() % prose.count] }
        let pieces = generated(count: count * 4, seed: seed)
        return (0..<count).map { index in
            var lines: [String] = []
            for piece in 0..<(1 + next() % 4) {
                lines += (0..<(next() % 60)).map { _ in line() }
                lines.append(next() % 2 == 0 ? pieces[index * 4 + piece] : line() + " " + pieces[index * 4 + piece])
            }
            lines += (0..<(next() % 60)).map { _ in line() }
            return lines.joined(separator: next() % 5 == 0 ? "\r\n" : "\n")
        }
    }

    @Test("disguised numbers far apart among prose with ordinary numbers give the same findings and masks")
    func farApartTexts() {
        let texts = Self.farApart(count: 400, seed: 13)
        let result = Self.compare(texts)
        #expect(result.differences.isEmpty, "\(Self.describe(result.differences)) of \(texts.count)")
        // Most texts were read in windows, not whole (the comparison reaches the windows).
        let windowed = texts.filter { NumberReading(ScanText($0), context: Self.rules.numberContext)?.changes != nil }
        #expect(windowed.count > texts.count / 2, "\(windowed.count) of \(texts.count) read in windows")
    }

    @Test("a long text (read in pieces of a megabyte) gives the same findings")
    func longText() {
        let text = Self.generated(count: 7_000, seed: 11).joined(separator: "\n")
        #expect(text.utf8.count > TextScanner.pieceSize)
        let result = Self.compare([text])
        #expect(result.differences.isEmpty, "\(Self.describe(result.differences))")
    }
}
