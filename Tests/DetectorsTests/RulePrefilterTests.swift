@testable import Detectors
import Foundation
import TestSupport
import Testing

@Suite("Rule prefilter")
struct RulePrefilterTests {
    /// Pattern, text, whether the prefilter must let the pattern run on it.
    static let cases: [(pattern: String, flags: PatternFlags, text: String, mayMatch: Bool)] = [
        (#"(?<![\d-])\d{3}([- .])\d{2}\1\d{4}(?!\d)"#, [], "SSN 536-90-4399 on file", true),
        (#"(?<![\d-])\d{3}([- .])\d{2}\1\d{4}(?!\d)"#, [], "room 536, grade 90, year 2026", false),
        (#"\bpassword\s*:"#, [.caseless], "PASSWORD: x", true),
        (#"\bpassword\s*:"#, [], "PASSWORD: x", false),
        (#"(?i:street|avenue)"#, [], "12 Elm AVENUE", true),
        (#"café"#, [], "un café noir", true),
        (#"caf.!"#, [], "café!", true),
        (#"^(?=(a+)+$)a"#, [], "aaaa!", true),
        (#"\btrip\b"#, [], "no trips today", false),
        // Vectorscan refuses \G and recursion: such patterns always run.
        (#"\Gab"#, [], "xyz", true),
        (#"a(?R)?b"#, [], "xyz", true),
    ]

    @Test("may match whenever PCRE2 matches; rules out texts with no match", arguments: cases.indices)
    func gating(index: Int) throws {
        let test = Self.cases[index]
        let pattern = try CompiledPattern(test.pattern, flags: test.flags)
        let prefilter = RulePrefilter([pattern])
        let verdict = Array(test.text.utf8).withUnsafeBufferPointer { prefilter.candidates(in: $0, scratch: prefilter.makeScratch()) }
        #expect(verdict == [test.mayMatch], "\(test.pattern) on \(test.text)")
        let matches = try Array(test.text.utf8).withUnsafeBufferPointer { try MatchSession(limits: ScanLimits()).matches(of: pattern, in: $0) }
        if !matches.isEmpty { #expect(verdict == [true], "prefilter lost a PCRE2 match") }
    }

    @Test("one refused pattern leaves the others prefiltered")
    func refusedPatternAlone() throws {
        let patterns = try [#"\d{9}"#, #"\Gab"#, #"card"#].map { try CompiledPattern($0) }
        let prefilter = RulePrefilter(patterns)
        #expect(prefilter.covered == [true, false, true])
        let verdict = Array("nothing here".utf8).withUnsafeBufferPointer { prefilter.candidates(in: $0, scratch: prefilter.makeScratch()) }
        #expect(verdict == [false, true, false])
    }

    @Test("the shipped rules find the same with and without the prefilter, in every rule's examples and look-alikes")
    func sameFindings() throws {
        let full = try shippedRules()
        let samples = [
            "SSN 536-90-4399, card 4532 5260 1815 9080, call (860) 555-0142 or 860.555.0199",
            "my password: Tr0ub4dor&3 and I'll smash your face, you stupid idiot",
            "Jamie Ortiz, DOB 04/12/2012, 42 Maple Street, student ID 20481736, has an IEP",
            "Forward this email to 10 friends or bad luck will follow. Don't break the chain!",
            "Field trip on 3/14/2026 at 9:30 am, $12.50, Room 214, order 552301.",
        ]
        let examples = full.rules.flatMap { $0.examples + $0.counterExamples }.map(\.text)
        let unfiltered = RuleSet(rules: full.rules, limits: full.limits, prefiltered: false)
        var found = 0
        for text in samples + examples {
            let a = full.scan(text, location: "body").map { "\($0.ruleID) \($0.redacted)" }
            let b = unfiltered.scan(text, location: "body").map { "\($0.ruleID) \($0.redacted)" }
            #expect(a == b, "\(text)")
            found += a.count
        }
        #expect(found > full.rules.count)
    }

    @Test("a worker's set loads the milter's compiled prefilters; a damaged image is compiled again")
    func images() throws {
        let patterns = try [#"\d{3}-\d{2}-\d{4}"#, #"\Gab"#, #"card"#].map { try CompiledPattern($0) }
        let image = try #require(RulePrefilter(patterns).image)
        #expect(image.included == [0, 2])
        var damaged = image
        damaged.bytes = Data(image.bytes.prefix(20))
        var empty = image
        empty.bytes = Data()
        for loaded in [RulePrefilter(patterns, image: image), RulePrefilter(patterns, image: damaged), RulePrefilter(patterns, image: empty)] {
            #expect(loaded.covered == [true, false, true])
            let verdict = Array("card 536-90-4399".utf8).withUnsafeBufferPointer { loaded.candidates(in: $0, scratch: loaded.makeScratch()) }
            #expect(verdict == [true, true, true])
            let none = Array("nothing".utf8).withUnsafeBufferPointer { loaded.candidates(in: $0, scratch: loaded.makeScratch()) }
            #expect(none == [false, true, false])
        }
    }

    @Test("a short text seen again in the same scan gives the same findings at its own location")
    func rememberedTexts() throws {
        let scanner = try shippedRules().makeScanner()
        let cells = ["SSN: 536-90-4399", "Phone: (860) 555-0142", "Grade: 4", "Note: you stupid idiot"]
        for cell in cells {
            let first = scanner.placedFindings(in: cell, location: "row 1")
            let again = scanner.placedFindings(in: cell, location: "row 2")
            #expect(first.map(\.finding.location).allSatisfy { $0 == "row 1" })
            #expect(again.map(\.finding.location).allSatisfy { $0 == "row 2" })
            #expect(first.map { "\($0.offset) \($0.finding.ruleID) \($0.finding.redacted) \($0.repeated)" }
                    == again.map { "\($0.offset) \($0.finding.ruleID) \($0.finding.redacted) \($0.repeated)" })
        }
        #expect(!scanner.placedFindings(in: cells[0], location: "x").isEmpty)
    }
}
