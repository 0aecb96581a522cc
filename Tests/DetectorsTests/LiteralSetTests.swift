@testable import Detectors
import Testing

@Suite("Literal sets")
struct LiteralSetTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func matches(_ set: LiteralSet, _ text: String) -> [(pattern: Int, end: Int)] {
        bytes(text).withUnsafeBufferPointer { set.matches(in: $0, scratch: set.makeScratch()) { _, _ in true } }
    }

    static func automatonMatches(_ patterns: [[UInt8]], _ text: String) -> [(pattern: Int, end: Int)] {
        var found: [(pattern: Int, end: Int)] = []
        bytes(text).withUnsafeBufferPointer { LiteralAutomaton(patterns).forEachMatch(in: $0) { found.append(($0, $1)) } }
        return found
    }

    @Test("every occurrence, overlapping ones too, by end, then longest first, then in pattern order")
    func order() {
        let patterns = ["he", "she", "his", "hers", "she"].map(Self.bytes)
        let expected = [(1, 4), (4, 4), (0, 4), (3, 6)]
        for found in [Self.matches(LiteralSet(patterns), "ushers"), Self.automatonMatches(patterns, "ushers")] {
            #expect(found.map(\.pattern) == expected.map(\.0))
            #expect(found.map(\.end) == expected.map(\.1))
        }
        #expect(Self.matches(LiteralSet(patterns), "no match, xyz").isEmpty)
    }

    @Test("Vectorscan and the automaton agree on random texts and patterns", arguments: [1, 2, 3, 4, 5])
    func agree(seed: UInt64) {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let alphabet = Array("ab c\u{e9}".utf8)
        let patterns = (0..<(1 + next(30))).map { _ in (0..<(1 + next(5))).map { _ in alphabet[next(alphabet.count)] } }
        let text = String(decoding: (0..<2000).map { _ in alphabet[next(alphabet.count)] }, as: UTF8.self)
        let fast = Self.matches(LiteralSet(patterns), text)
        let slow = Self.automatonMatches(patterns, text)
        #expect(fast.count == slow.count)
        #expect(fast.map(\.pattern) == slow.map(\.pattern))
        #expect(fast.map(\.end) == slow.map(\.end))
        #expect(!fast.isEmpty)
    }

    @Test("only the occurrences the caller keeps come back")
    func kept() {
        let set = LiteralSet([Self.bytes("ab"), Self.bytes("b")])
        let found = Self.bytes("abab").withUnsafeBufferPointer { set.matches(in: $0, scratch: set.makeScratch()) { pattern, _ in pattern == 1 } }
        #expect(found.map(\.pattern) == [1, 1])
        #expect(found.map(\.end) == [2, 4])
    }

    @Test("a set Vectorscan cannot take (an empty string) is searched by the automaton")
    func fallback() {
        let set = LiteralSet([Self.bytes("ab"), []])
        #expect(Self.matches(set, "xab").contains { $0.pattern == 0 && $0.end == 3 })
        #expect(Self.matches(LiteralSet([]), "anything").isEmpty)
    }
}
