@testable import Detectors
import Foundation
import TestSupport
import Testing

/// PCRE2 searched only where the prefilter lets a match start (`MatchStarts.within`): the
/// same matches as a search of the whole text.
@Suite("Match windows")
struct MatchWindowTests {
    /// Source, flags, the stand-in Vectorscan is given.
    static let standIns: [(source: String, flags: PatternFlags, standIn: String)] = [
        (#"DOB:\s*\K\d{8}"#, [], #"DOB:\s*\d{8}"#),
        (#"\d{3}([- .])\d{2}\1\d{4}"#, [], #"\d{3}([- .])\d{2}(?:[- .])\d{4}"#),
        (#"(?<sep>[/.])\d\1\d"#, [], #"(?<sep>[/.])\d(?:[/.])\d"#),
        (#"(a|b)x\1"#, [.caseless], #"(a|b)x(?:a|b)"#),
        // Look-alikes: left as written.
        (#"\\1(a)"#, [], #"\\1(a)"#),
        (#"(a)[\1]"#, [], #"(a)[\1]"#),
        (#"(a)\12"#, [], #"(a)\12"#),
        (#"(a(b))\1"#, [], #"(a(b))\1"#),
        (#"(?i:(a))\1"#, [], #"(?i:(a))\1"#),
        (#"(?i:dob)\s\K\d(.)\1"#, [], #"(?i:dob)\s\d(.)\1"#),
        (#"(?|(a)|(b))\1"#, [], #"(?|(a)|(b))\1"#),
        (#"\Q(a)\E\1"#, [], #"\Q(a)\E\1"#),
        (#"(a) \1 # x"#, [.extended], #"(a) \1 # x"#),
        (#"[]\K](a)\1"#, [], #"[]\K](a)(?:a)"#),
        (#"(?#(a))(b)\1"#, [], #"(?#(a))(b)\1"#),
    ]

    @Test("the stand-in drops \\K and writes a simple group's regex for its backreference", arguments: standIns.indices)
    func standIn(index: Int) {
        let test = Self.standIns[index]
        #expect(PrefilterSource.approximating(test.source, flags: test.flags) == test.standIn)
    }

    /// Regexes with lookarounds, backreferences, `\K`, alternations and multibyte text, and
    /// texts around them.
    static let regexes: [(source: String, flags: PatternFlags)] = [
        (#"(?<![\d-])\d{3}([- .])\d{2}\1\d{4}(?!\d|[-.]\d)"#, []),
        (#"(?<![\d-])(?<!\d\.)(?:\d{13,19}|\d{3,6}([ .-])\d{3,6}(?:\1\d{3,6}){0,3}\1\d{1,6})(?!\d|[-.]\d)"#, []),
        (#"(?i:(?<![a-z])dob)[^\w\n]{0,6}\K\d{8}"#, []),
        (#"\b(?:jan|feb|mar)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}"#, [.caseless]),
        (#"é{2,3}\d"#, []),
        (#"(?<=ab)c{1,4}"#, []),
        (#"x?\d{2}"#, []),
    ]
    static let texts = [
        "SSN 536-90-4399, 536 90 4399 and 536-90 4399; 1536-90-4399-1",
        "card 4532 5260 1815 9080 or 4532-5260-1815-9080 then 4532526018159080 and 4532.5260.1815.9080.5",
        "dob: 20120412 DOB 20120412 dob:::::20120412 xdob 20120412",
        "Born Jan 5, 2012 and FEBRUARY 29th 2012; mar. 3 2010",
        "ééé1 éé2 é3 éééé4",
        "abccccc abc xabcc",
        "x12 x1 123456 x",
        String(repeating: "536-90-4399 ", count: 300) + String(repeating: "ab", count: 500) + "éé9",
    ]

    static func isWithin(_ starts: MatchStarts) -> Bool {
        if case .within = starts { true } else { false }
    }

    @Test("every match of a whole-text search is found in the windows, and only those")
    func sameMatches() throws {
        let session = MatchSession(limits: ScanLimits())
        for regex in Self.regexes {
            let pattern = try CompiledPattern(regex.source, flags: regex.flags)
            let prefilter = RulePrefilter([pattern])
            #expect(prefilter.isWindowed(0), "\(regex.source) has no bounded stand-in")
            for text in Self.texts + Self.texts.map({ "\($0) \($0.uppercased())" }) {
                let bytes = Array(text.utf8)
                let starts = bytes.withUnsafeBufferPointer { prefilter.starts(in: $0, scratch: prefilter.makeScratch())[0] }
                let everywhere = try bytes.withUnsafeBufferPointer { try session.matches(of: pattern, in: $0) }
                let windowed = try bytes.withUnsafeBufferPointer { try session.matches(of: pattern, in: $0, startingIn: starts) }
                #expect(windowed == everywhere, "\(regex.source) in \(text.prefix(60))")
                // A text with matches is searched in windows, not whole.
                if !everywhere.isEmpty, !Self.isWithin(starts) {
                    Issue.record("\(regex.source): \(starts) for a text with matches")
                }
            }
        }
    }

    @Test("a window starting inside a character starts the search at that character")
    func characterStart() throws {
        let pattern = try CompiledPattern(#"é\d"#)
        let bytes = Array("xé1".utf8)
        // 2 is the second byte of é.
        let found = try bytes.withUnsafeBufferPointer { try MatchSession(limits: ScanLimits()).matches(of: pattern, in: $0, startingIn: .within([2...2])) }
        #expect(found == [1..<4])
    }

    @Test("a text of more places than the window bound is searched whole, with the same matches")
    func tooManyWindows() throws {
        let pattern = try CompiledPattern(#"(?<!\d)\d{7,9}(?!\d)"#)
        let prefilter = RulePrefilter([pattern])
        let session = MatchSession(limits: ScanLimits())
        for count in [10, StartCollector.maxWindows + 1] {
            let bytes = Array(String(repeating: "12345678 ", count: count).utf8)
            let starts = bytes.withUnsafeBufferPointer { prefilter.starts(in: $0, scratch: prefilter.makeScratch())[0] }
            #expect(Self.isWithin(starts) == (count == 10), "\(count) places: \(count == 10 ? "windows" : "whole text")")
            let everywhere = try bytes.withUnsafeBufferPointer { try session.matches(of: pattern, in: $0) }
            let found = try bytes.withUnsafeBufferPointer { try session.matches(of: pattern, in: $0, startingIn: starts) }
            #expect(found == everywhere && found.count == count)
        }
    }

    @Test("the shipped number rules are searched in windows")
    func shippedRulesPlaced() throws {
        let windowed = Set(try shippedRules().windowedRules)
        for id in ["ssn", "ssn-bare", "itin", "itin-bare", "card", "test-card", "phone", "phone-digits", "student-id"] {
            #expect(windowed.contains(id), "\(id) is searched over the whole text")
        }
    }

    @Test("the shipped rules' windows hold on their examples, look-alikes and generated texts")
    func shippedRulesAgree() throws {
        let rules = try shippedRules()
        let texts = rules.rules.flatMap { ($0.examples + $0.counterExamples).map(\.text) }
            + ScannerComparisonTests.generated(count: 400, seed: 29)
        for text in texts {
            let disagreeing = rules.rulesMatchingOutsideWindows(in: text)
            #expect(disagreeing.isEmpty, "\(disagreeing) in \(text.prefix(80))")
        }
    }
}
