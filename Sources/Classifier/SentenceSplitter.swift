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
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if sentences.count >= maxSentences { break }
            let line = Self.unquoted(rawLine)
            let words = line.split(whereSeparator: \.isWhitespace)
            if words.isEmpty { end(); continue }
            for word in words {
                current.append(word)
                if Self.endsSentence(word) || current.count >= maxWords { end() }
            }
            if line.count < wrappedLine { end() }
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

    static func unquoted(_ line: Substring) -> Substring {
        var rest = line.drop { $0 == " " || $0 == "\t" }
        while rest.first == ">" { rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" } }
        return rest
    }

    static func endsSentence(_ word: Substring) -> Bool {
        var index = word.endIndex
        // Closing quotes and brackets after the mark: `"Stop!"`.
        while index > word.startIndex {
            let previous = word.index(before: index)
            guard "\"')]”’»".contains(word[previous]) else { break }
            index = previous
        }
        guard index > word.startIndex else { return false }
        return ".!?…".contains(word[word.index(before: index)])
    }
}
