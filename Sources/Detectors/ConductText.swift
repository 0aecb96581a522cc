import Foundation

/// The view of a text that word lists are matched against: what a person reads, however it is
/// disguised. Lower case; accents removed; inside a word, leetspeak becomes letters (`$h1t`);
/// single letters parted by single dots, spaces, dashes or underscores are one word (`f.u.c.k`);
/// a `*` inside a word stays, for masked entries (`f*ck`); any other character parts words, and
/// words are parted by one space. Each byte of the view knows the byte of the text it came from,
/// so a finding points at the original. Computed once per text, for the word-list rules only:
/// leetspeak folding would break the number rules.
struct ConductText {
    /// The view: `a`-`z`, `0`-`9`, `*` and single spaces between words.
    private(set) var bytes: [UInt8] = []
    /// For each view byte, the offset of the text byte it came from.
    private(set) var origins: [Int] = []

    /// The view of `text`, with runs of three or more equal letters cut to `keep` (1 or 2):
    /// "stuuupid" is "stupid" with 1, "asssss" is "ass" with 2.
    init(_ text: ScanText, keep: Int, folding: inout ScalarFolding) {
        let words = Self.words(in: text, folding: &folding)
        for word in Self.joiningSpacedLetters(words, in: text) {
            if !bytes.isEmpty { bytes.append(32); origins.append(word.origins[0]) }
            var start = 0
            while start < word.letters.count {
                var end = start + 1
                while end < word.letters.count, word.letters[end] == word.letters[start] { end += 1 }
                let length = end - start >= 3 && Self.isLetter(word.letters[start]) ? keep : end - start
                bytes += repeatElement(word.letters[start], count: length)
                origins += word.origins[start..<(start + length)]
                start = end
            }
        }
    }

    /// Whether the text has a run of three or more equal letters (then a second view is read).
    static func hasLongRuns(_ text: ScanText) -> Bool {
        var run = 0
        var previous: UInt8 = 0
        for byte in text.lowered {
            run = byte == previous && isLetter(byte) ? run + 1 : 1
            if run >= 3 { return true }
            previous = byte
        }
        return false
    }

    /// A word of the view before joining: its bytes and where each came from.
    struct Word {
        var letters: [UInt8] = []
        var origins: [Int] = []
        /// The separator that ended it (for joining spaced letters), and where.
        var separator: UInt8 = 0
        var end = 0
    }

    /// Leetspeak inside a word that has letters.
    static let leet: [UInt8: UInt8] = [
        48: 111, 49: 105, 51: 101, 52: 97, 53: 115, 55: 116,  // 0 o, 1 i, 3 e, 4 a, 5 s, 7 t
        64: 97, 36: 115, 33: 105,  // @ a, $ s, ! i
    ]

    private static func words(in text: ScanText, folding: inout ScalarFolding) -> [Word] {
        var words: [Word] = []
        var current = Word()
        var hasLetter = false
        func finish(separator: UInt8, at offset: Int) {
            // A symbol is leetspeak only between word characters: a final "!" is punctuation.
            while let last = current.letters.last, last == 33 || last == 42 {
                current.letters.removeLast()
                current.origins.removeLast()
            }
            if hasLetter {
                current.letters = current.letters.map { leet[$0] ?? $0 }
            } else if current.letters.contains(where: { !isWordByte($0) }) {
                // "$5": no letters, so no leetspeak; only the digits remain.
                let kept = current.letters.indices.filter { isWordByte(current.letters[$0]) }
                current.letters = kept.map { current.letters[$0] }
                current.origins = kept.map { current.origins[$0] }
            }
            if !current.letters.isEmpty {
                current.separator = separator
                current.end = offset
                words.append(current)
            }
            current = Word()
            hasLetter = false
        }
        let bytes = text.bytes
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte < 0x80 {
                let lowered = text.lowered[offset]
                if isLetter(lowered) || (lowered >= 48 && lowered <= 57) {
                    hasLetter = hasLetter || isLetter(lowered)
                    current.letters.append(lowered)
                    current.origins.append(offset)
                } else if (lowered == 36 || lowered == 64) && offset + 1 < bytes.count && isWordByte(text.lowered[offset + 1]) {
                    // "$h1t", "@ss": a symbol that starts or continues a word.
                    current.letters.append(lowered)
                    current.origins.append(offset)
                } else if (lowered == 33 || lowered == 42) && !current.letters.isEmpty {
                    // "sh!t", "f*ck": kept while the word goes on, dropped at its end.
                    current.letters.append(lowered)
                    current.origins.append(offset)
                } else {
                    finish(separator: lowered, at: offset)
                }
                offset += 1
            } else {
                let (scalar, length) = decodeScalar(bytes, at: offset)
                let folded = folding.fold(scalar)
                if folded.isEmpty {
                    finish(separator: 32, at: offset)
                } else {
                    hasLetter = true
                    for letter in folded {
                        current.letters.append(letter)
                        current.origins.append(offset)
                    }
                }
                offset += length
            }
        }
        finish(separator: 32, at: bytes.count)
        return words
    }

    /// "f u c k", "f.u.c.k", "d.m", "u r": two or more single letters, each parted from the next
    /// by one separator, are one word (entries are read the same way, so "u r stupid" and
    /// "ur stupid" are one entry).
    private static func joiningSpacedLetters(_ words: [Word], in text: ScanText) -> [Word] {
        var joined: [Word] = []
        var index = 0
        while index < words.count {
            var end = index
            while end + 1 < words.count, isSingleLetter(words[end]), isSingleLetter(words[end + 1]),
                  [32, 46, 45, 95].contains(words[end].separator), words[end + 1].origins[0] == words[end].end + 1 {
                end += 1
            }
            if end > index {
                var word = Word()
                for part in words[index...end] {
                    word.letters += part.letters
                    word.origins += part.origins
                }
                word.separator = words[end].separator
                word.end = words[end].end
                joined.append(word)
                index = end + 1
            } else {
                joined.append(words[index])
                index += 1
            }
        }
        return joined
    }

    private static func isSingleLetter(_ word: Word) -> Bool { word.letters.count == 1 && isLetter(word.letters[0]) }

    static func isLetter(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }

    private static func isWordByte(_ byte: UInt8) -> Bool { isLetter(byte) || (byte >= 48 && byte <= 57) }

    /// The Unicode scalar starting at `offset` of valid UTF-8, and its length.
    private static func decodeScalar(_ bytes: [UInt8], at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[offset]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : length == 2 ? 0x1F : 0x7F)
        for index in 1..<length where offset + index < bytes.count {
            value = value << 6 | UInt32(bytes[offset + index] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? " ", min(length, bytes.count - offset))
    }
}

/// Non-ASCII letters as the ASCII letters a reader takes them for (`ü` → `u`, `ß` → `ss`);
/// anything else (punctuation, symbols, other scripts) parts words. Remembered per scan.
struct ScalarFolding {
    private var known: [UInt32: [UInt8]] = [:]

    mutating func fold(_ scalar: Unicode.Scalar) -> [UInt8] {
        if let folded = known[scalar.value] { return folded }
        let folded: [UInt8]
        if scalar.properties.isAlphabetic {
            let plain = String(Character(scalar)).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            folded = Array(plain.utf8.filter { $0 >= 97 && $0 <= 122 })
        } else {
            folded = []
        }
        known[scalar.value] = folded
        return folded
    }
}
