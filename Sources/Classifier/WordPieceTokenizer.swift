import Foundation

/// BERT's uncased WordPiece tokenizer, as `tokenizer.json` of the sentence model describes it:
/// the special tokens taken whole; then clean text (controls dropped, whitespace made
/// spaces), CJK ideographs parted, accents stripped (NFD, nonspacing marks dropped), lower
/// case; words split at whitespace and punctuation; each word cut greedily into the longest
/// vocabulary pieces (`##` marks a continuation), or `[UNK]` whole when a piece is missing
/// or the word is longer than 100 characters. The ids match the reference tokenizer exactly
/// (`Tests/ClassifierTests/Reference`).
public struct WordPieceTokenizer: Sendable {
    public static let classifyID: Int32 = 101
    public static let separatorID: Int32 = 102
    public static let unknownID: Int32 = 100
    static let maxWordCharacters = 100

    private let vocabulary: [String: Int32]
    /// Special tokens matched in the raw text before normalisation (`[CLS]` typed in a mail is
    /// that token, as in the reference).
    private let specials: [(String, Int32)]

    /// Reads the vocabulary from a Hugging Face `tokenizer.json` (WordPiece model).
    public init(tokenizerFile path: String) throws(ModelError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw ModelError(path, "cannot read") }
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let model = root["model"] as? [String: Any], model["type"] as? String == "WordPiece",
              let vocab = model["vocab"] as? [String: Int], !vocab.isEmpty
        else { throw ModelError(path, "not a WordPiece tokenizer.json") }
        var vocabulary: [String: Int32] = [:]
        vocabulary.reserveCapacity(vocab.count)
        for (piece, id) in vocab {
            guard let id = Int32(exactly: id), id >= 0 else { throw ModelError(path, "vocabulary id of '\(piece)' is out of range") }
            vocabulary[piece] = id
        }
        guard vocabulary["[CLS]"] == Self.classifyID, vocabulary["[SEP]"] == Self.separatorID, vocabulary["[UNK]"] == Self.unknownID else {
            throw ModelError(path, "special token ids differ from BERT's ([CLS] 101, [SEP] 102, [UNK] 100)")
        }
        self.vocabulary = vocabulary
        let added = (root["added_tokens"] as? [[String: Any]]) ?? []
        specials = added.compactMap { token in
            guard let content = token["content"] as? String, let id = (token["id"] as? Int).flatMap(Int32.init(exactly:)),
                  !content.isEmpty else { return nil }
            return (content, id)
        }
    }

    /// `[CLS]`, the pieces of `text`, `[SEP]`; with `limit`, no more than that many ids (the
    /// first pieces, then `[SEP]`): the encoder reads no more, so no more work is done.
    public func ids(_ text: String, limit: Int = .max) -> [Int32] {
        var ids: [Int32] = [Self.classifyID]
        let pieces = max(limit, 2) - 1
        reading: for (part, special) in splitSpecials(text) {
            if let special { ids.append(special) } else {
                for word in Self.words(Self.normalized(part)) {
                    appendPieces(of: word, to: &ids)
                    if ids.count >= pieces { break }
                }
            }
            if ids.count >= pieces { break reading }
        }
        if ids.count > pieces { ids.removeLast(ids.count - pieces) }
        ids.append(Self.separatorID)
        return ids
    }

    // MARK: Special tokens

    private func splitSpecials(_ text: String) -> [(Substring, Int32?)] {
        guard text.contains("[") else { return [(text[...], nil)] }
        var parts: [(Substring, Int32?)] = []
        var start = text.startIndex
        var index = start
        while index < text.endIndex {
            if text[index] == "[", let (content, id) = specials.first(where: { text[index...].hasPrefix($0.0) }) {
                if start < index { parts.append((text[start..<index], nil)) }
                parts.append((text[index..<text.index(index, offsetBy: content.count)], id))
                index = text.index(index, offsetBy: content.count)
                start = index
            } else {
                index = text.index(after: index)
            }
        }
        if start < text.endIndex { parts.append((text[start...], nil)) }
        return parts
    }

    // MARK: Normalisation (BertNormalizer)

    static func normalized(_ text: Substring) -> String {
        var cleaned = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            // Controls go before whitespace is mapped: U+0085 is dropped, not a space.
            if scalar.value == 0 || scalar.value == 0xFFFD || isControl(scalar) { continue }
            if isWhitespace(scalar) { cleaned.append(" "); continue }
            if isCJK(scalar) {
                cleaned.append(" ")
                cleaned.append(scalar)
                cleaned.append(" ")
            } else {
                cleaned.append(scalar)
            }
        }
        // Lower case character by character, as the reference does (Σ is σ, never a final ς).
        var result = ""
        for scalar in String(cleaned).decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            result += scalar.properties.lowercaseMapping
        }
        return result
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar.properties.isWhitespace
    }

    /// Tab, line feed and carriage return are whitespace, not controls. Unassigned code points
    /// stay (and make their word `[UNK]`), as in the reference.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\t" || scalar == "\n" || scalar == "\r" { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .privateUse, .surrogate: return true
        default: return false
        }
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F, 0x2B740...0x2B81F,
             0x2B820...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F: return true
        default: return false
        }
    }

    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (33...47).contains(value) || (58...64).contains(value) || (91...96).contains(value) || (123...126).contains(value)
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .closePunctuation, .finalPunctuation, .initialPunctuation,
             .otherPunctuation, .openPunctuation: return true
        default: return false
        }
    }

    // MARK: Words (BertPreTokenizer) and pieces (WordPiece)

    /// Words parted by whitespace; each punctuation character a word of its own.
    static func words(_ text: String) -> [[Unicode.Scalar]] {
        var words: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                if !current.isEmpty { words.append(current); current = [] }
            } else if isPunctuation(scalar) {
                if !current.isEmpty { words.append(current); current = [] }
                words.append([scalar])
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private func appendPieces(of word: [Unicode.Scalar], to ids: inout [Int32]) {
        guard word.count <= Self.maxWordCharacters else { ids.append(Self.unknownID); return }
        var pieces: [Int32] = []
        var start = 0
        while start < word.count {
            var end = word.count
            var found: Int32?
            while start < end {
                var piece = start > 0 ? "##" : ""
                piece.unicodeScalars.append(contentsOf: word[start..<end])
                if let id = vocabulary[piece] { found = id; break }
                end -= 1
            }
            guard let found else { ids.append(Self.unknownID); return }
            pieces.append(found)
            start = end
        }
        ids.append(contentsOf: pieces)
    }
}
