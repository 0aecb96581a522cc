@testable import Inspection
import Testing

/// Words are cut on bytes or scalars where every scalar is a character of its own; the words
/// must be those that reading characters gives.
@Suite("Alphanumeric words")
struct AlphanumericWordsTests {
    @Test("random texts of ASCII, Latin letters, marks, joiners, other scripts and emoji")
    func randomTexts() {
        let pieces = ["word", "Ann", "42", " ", ",", "-", "\r\n", "é", "ß", "Ł", "ǅ", "\u{A0}", "—", "’", "\u{301}", "e\u{301}",
                      "\u{93F}", "क", "\u{D4E}", "\u{600}", "٣", "²", "½", "\u{200D}", "👩‍👩‍👧", "\u{2028}", "\u{AD}", "Ω", "\u{85}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = text[...].split { !($0.isLetter || $0.isNumber) }
            #expect(text.alphanumericWords == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}

/// Label colons are found on bytes; the answer must be the first colon or tab character.
@Suite("Label marks")
struct LabelMarkTests {
    @Test("random texts of colons, tabs, accents on them, prefixes and words")
    func randomTexts() {
        let pieces = ["Student", " ", ":", "\t", ":\u{301}", "\u{600}", "\u{D4E}", "é", "Ann", "\r\n", "👩‍👩‍👧", "\u{200D}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = text[...].firstIndex { $0 == ":" || $0 == "\t" }
            #expect(RecordVocabulary.labelMark(in: text[...]) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
