@testable import Classifier
import Testing

/// The splitter cuts lines and words on bytes where it can; the lines, words and lengths must
/// be those that reading characters gives.
@Suite("Sentence lines read on bytes")
struct SentenceLinesTests {
    static func byCharacters(_ text: String) -> [[Substring]] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { raw in
            let line = SentenceSplitter.unquoted(raw)
            return line.split(whereSeparator: \.isWhitespace) + [Substring(String(line.count))]
        }
    }

    static func byLines(_ text: String) -> [[Substring]] {
        var lines: [[Substring]] = []
        var text = text
        text.withUTF8 { bytes in
            SentenceSplitter.forEachLine(of: bytes) { words, length in
                lines.append(words.map { Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)) } + [Substring(String(length))])
                return true
            }
        }
        return lines
    }

    @Test("random texts of ASCII, accents, marks, wide spaces and every line break")
    func randomTexts() {
        let pieces = ["word", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "> ", ">", "é", "e\u{301}", " \u{301}", "\u{A0}",
                      "\u{2003}", "\u{85}", "\u{2028}", "\u{2029}", "\n\u{301}", "kill.", "🙂", "\u{200D}", "ok"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Self.byLines(text) == Self.byCharacters(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
