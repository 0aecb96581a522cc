@testable import Classifier
import TestSupport
import Testing

/// Sentences cut on byte offsets (`SentenceSplitter`) against the splitter they replaced, which
/// kept each word as a substring: the same sentences for every text.
@Suite("Sentences against the previous splitter")
struct SentenceOracleTests {
    @Test("random texts of words, marks, quotes, wide spaces and every line break")
    func randomTexts() {
        let pieces = ["word", "Stop!", "end.", "\"ok.\"", "no?)", "fine…", "“yes.”", "mark.\u{301}", " ", "  ", "\t", "\n", "\r\n", "\r",
                      "\u{0B}", "\u{0C}", "> ", ">", "é", "\u{A0}", "\u{2003}", "\u{85}", "\u{2028}", "🙂", "kill", "a", "b",
                      String(repeating: "long words ", count: 7), "\n\n"]
        var random = SeededGenerator(seed: 11)
        var splitter = SentenceSplitter()
        var previous = PreviousSplitter()
        var differing = 0
        var first = ""
        for round in 0..<20000 {
            // Some rounds with small bounds, so that cutting and merging are reached often.
            let small = round % 3 == 0
            splitter.maxWords = small ? 4 : 60
            previous.maxWords = splitter.maxWords
            splitter.maxSentences = small ? 3 : 2000
            previous.maxSentences = splitter.maxSentences
            let text = (0..<(random.nextInt() % 40)).map { _ in pieces[random.nextInt() % pieces.count] }.joined()
            if splitter.sentences(in: text) != previous.sentences(in: text) {
                differing += 1
                if first.isEmpty { first = text }
            }
        }
        #expect(differing == 0, "first: \(first.unicodeScalars.map { String($0.value, radix: 16) })")
    }
}

/// The splitter as it was, kept as the oracle.
struct PreviousSplitter {
    var shortWords = 5
    var mergedWords = 25
    var maxWords = 60
    var maxSentences = 2000
    var wrappedLine = 60

    func sentences(in text: String) -> [String] {
        var sentences: [[Substring]] = []
        var current: [Substring] = []
        func end() {
            if !current.isEmpty { sentences.append(current); current = [] }
        }
        Self.forEachLine(of: text) { words, length in
            if sentences.count >= maxSentences { return false }
            if words.isEmpty { end(); return true }
            for word in words {
                current.append(word)
                if Self.endsSentence(word) || current.count >= maxWords { end() }
            }
            if length < wrappedLine { end() }
            return true
        }
        end()
        return merged(sentences.prefix(maxSentences)).map { $0.joined(separator: " ") }
    }

    /// Short fragments joined to the next sentence, while the result stays short.
    private func merged(_ sentences: ArraySlice<[Substring]>) -> [[Substring]] {
        var result: [[Substring]] = []
        var pending: [Substring] = []
        for sentence in sentences {
            pending += sentence
            if pending.count >= shortWords { result.append(pending); pending = [] }
            if pending.count > mergedWords { result.append(pending); pending = [] }
        }
        if !pending.isEmpty {
            if let last = result.last, last.count + pending.count <= mergedWords {
                result[result.count - 1] = last + pending
            } else {
                result.append(pending)
            }
        }
        return result
    }

    /// Each line's words, quote markers dropped, and its length in characters, until `body`
    /// says stop. Lines are cut on bytes (`\n`, `\r`, `\r\n`, vertical tab, form feed: every
    /// break a character can be, unless the text has U+0085, U+2028 or U+2029). An ASCII line
    /// (most mail) is cut into words on its bytes, where a character is a byte; other lines
    /// by their characters.
    static func forEachLine(of text: String, _ body: ([Substring], Int) -> Bool) {
        guard !hasWideLineBreak(text.utf8) else {
            for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
                let (words, length) = wordsAndLength(rawLine)
                guard body(words, length) else { return }
            }
            return
        }
        let bytes = text.utf8
        var start = bytes.startIndex
        while true {
            var end = start
            var ascii = true
            while end < bytes.endIndex, !(10...13).contains(bytes[end]) {
                ascii = ascii && bytes[end] < 0x80
                end = bytes.index(after: end)
            }
            if ascii {
                var lineStart = start
                // Quote markers and the blanks around them.
                while lineStart < end, bytes[lineStart] == 32 || bytes[lineStart] == 9 || bytes[lineStart] == 62 { lineStart = bytes.index(after: lineStart) }
                let words = bytes[lineStart..<end].split { $0 == 32 || $0 == 9 }.map { Substring($0) }
                guard body(words, bytes.distance(from: lineStart, to: end)) else { return }
            } else {
                let (words, length) = wordsAndLength(Substring(bytes[start..<end]))
                guard body(words, length) else { return }
            }
            guard end < bytes.endIndex else { return }
            start = bytes.index(after: end)
            if bytes[end] == 13, start < bytes.endIndex, bytes[start] == 10 { start = bytes.index(after: start) }
        }
    }

    private static func wordsAndLength(_ rawLine: Substring) -> ([Substring], Int) {
        let line = unquoted(rawLine)
        return (line.split(whereSeparator: \.isWhitespace), line.count)
    }

    /// NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR in UTF-8.
    private static func hasWideLineBreak(_ bytes: String.UTF8View) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if byte == 0x85, previous.1 == 0xC2 { return true }
            if byte == 0xA8 || byte == 0xA9, previous == (0xE2, 0x80) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    static func unquoted(_ line: Substring) -> Substring {
        var rest = line.drop { $0 == " " || $0 == "\t" }
        while rest.first == ">" { rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" } }
        return rest
    }

    static func endsSentence(_ word: Substring) -> Bool {
        // Closing quotes and brackets after the mark: `"Stop!"`. Read as scalars from the end: a
        // mark with an accent on it is no mark, as a character too.
        for scalar in word.unicodeScalars.reversed() {
            switch scalar {
            case "\"", "'", ")", "]", "”", "’", "»": continue
            case ".", "!", "?", "…": return true
            default: return false
            }
        }
        return false
    }
}
