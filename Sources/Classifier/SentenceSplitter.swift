/// Cuts a text into the pieces the conduct model scores: sentences, as a reader sees them.
/// Quote markers (`> `) are dropped; a line break ends a sentence unless the line looks wrapped
/// (long and without an ending mark); `.`, `!`, `?` and `…` followed by a space end one too. A
/// fragment of fewer than `shortWords` words is scored with the sentence after it ("tomorrow.
/// at lunch." is one thought), and a sentence longer than `maxWords` words is cut into pieces.
/// Linear in the text, and never more than `maxSentences` pieces.
public struct SentenceSplitter: Sendable {
    public var shortWords = 5
    public var mergedWords = 25
    public var maxWords = 60
    public var maxSentences = 2000
    /// A line at least this long without an ending mark continues on the next line.
    public var wrappedLine = 60

    public init() {}

    public func sentences(in text: String) -> [String] {
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
