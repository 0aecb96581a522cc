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
        var text = text
        return text.withUTF8 { bytes in
            // Words as byte ranges, one list for the whole text, and where each sentence ends in
            // it: a sentence is a run of words, so no word is copied until its sentence is made.
            var words: [Range<Int>] = []
            var ends: [Int] = []
            func end() {
                if words.count > (ends.last ?? 0) { ends.append(words.count) }
            }
            Self.forEachLine(of: bytes) { line, length in
                if ends.count >= maxSentences { return false }
                if line.isEmpty { end(); return true }
                for word in line {
                    words.append(word)
                    if Self.endsSentence(bytes, word) || words.count - (ends.last ?? 0) >= maxWords { end() }
                }
                if length < wrappedLine { end() }
                return true
            }
            end()
            return merged(ends.prefix(maxSentences)).map { run in
                var sentence: [UInt8] = []
                for index in run {
                    if index > run.lowerBound { sentence.append(32) }
                    sentence.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[words[index]]))
                }
                return String(decoding: sentence, as: UTF8.self)
            }
        }
    }

    /// Short fragments joined to the next sentence, while the result stays short: runs of word
    /// indexes, from the sentences' ends.
    private func merged(_ ends: ArraySlice<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var pending = 0..<0
        var start = 0
        for end in ends {
            pending = (pending.isEmpty ? start : pending.lowerBound)..<end
            start = end
            if pending.count >= shortWords { result.append(pending); pending = end..<end }
            if pending.count > mergedWords { result.append(pending); pending = end..<end }
        }
        if !pending.isEmpty {
            if let last = result.last, last.count + pending.count <= mergedWords {
                result[result.count - 1] = last.lowerBound..<pending.upperBound
            } else {
                result.append(pending)
            }
        }
        return result
    }

    /// Each line's words (byte ranges of `text`), quote markers dropped, and its length in
    /// characters, until `body` says stop. Lines are cut on bytes (`\n`, `\r`, `\r\n`,
    /// vertical tab, form feed: every break a character can be, unless the text has U+0085,
    /// U+2028 or U+2029). An ASCII line (most mail) is cut into words on its bytes, where a
    /// character is a byte; other lines by their characters.
    static func forEachLine(of bytes: UnsafeBufferPointer<UInt8>, _ body: ([Range<Int>], Int) -> Bool) {
        guard !hasWideLineBreak(bytes) else {
            let text = String(decoding: bytes, as: UTF8.self)
            for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
                let (words, length) = wordsAndLength(rawLine)
                guard body(words.map { offsets(of: $0, in: text) }, length) else { return }
            }
            return
        }
        var start = 0
        var words: [Range<Int>] = []  // one line's, the buffer kept from line to line
        while true {
            var end = start
            var ascii = true
            while end < bytes.count, !(10...13).contains(bytes[end]) {
                ascii = ascii && bytes[end] < 0x80
                end += 1
            }
            if ascii {
                var lineStart = start
                // Quote markers and the blanks around them.
                while lineStart < end, bytes[lineStart] == 32 || bytes[lineStart] == 9 || bytes[lineStart] == 62 { lineStart += 1 }
                words.removeAll(keepingCapacity: true)
                var wordStart = -1
                for index in lineStart..<end {
                    let blank = bytes[index] == 32 || bytes[index] == 9
                    if blank, wordStart >= 0 {
                        words.append(wordStart..<index)
                        wordStart = -1
                    } else if !blank, wordStart < 0 {
                        wordStart = index
                    }
                }
                if wordStart >= 0 { words.append(wordStart..<end) }
                guard body(words, end - lineStart) else { return }
            } else {
                let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                let (words, length) = wordsAndLength(line[...])
                guard body(words.map { offsets(of: $0, in: line).shifted(by: start) }, length) else { return }
            }
            guard end < bytes.count else { return }
            start = end + 1
            if bytes[end] == 13, start < bytes.count, bytes[start] == 10 { start += 1 }
        }
    }

    /// Where `part` of `text` stands in its UTF-8 bytes.
    private static func offsets(of part: Substring, in text: String) -> Range<Int> {
        text.utf8.distance(from: text.utf8.startIndex, to: part.startIndex)..<text.utf8.distance(from: text.utf8.startIndex, to: part.endIndex)
    }

    private static func wordsAndLength(_ rawLine: Substring) -> ([Substring], Int) {
        let line = unquoted(rawLine)
        return (line.split(whereSeparator: \.isWhitespace), line.count)
    }

    /// NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR in UTF-8.
    private static func hasWideLineBreak(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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

    /// Whether the word at `range` ends with a mark that ends a sentence. An ASCII ending is
    /// read on bytes; any other ending as the word's scalars.
    static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for index in range.reversed() {
            switch bytes[index] {
            case 0x80...: return endsSentence(Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)))
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"): continue
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return true
            default: return false
            }
        }
        return false
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

extension Range<Int> {
    func shifted(by distance: Int) -> Range<Int> { (lowerBound + distance)..<(upperBound + distance) }
}
