import Extraction
import Foundation

extension StringProtocol {
    func trimmingCharacters(in set: String) -> Substring {
        let trimmedStart = drop { set.contains($0) }
        var end = trimmedStart.endIndex
        while end > trimmedStart.startIndex, set.contains(trimmedStart[trimmedStart.index(before: end)]) {
            end = trimmedStart.index(before: end)
        }
        return Substring(trimmedStart[trimmedStart.startIndex..<end])
    }
}

extension Substring.UTF8View {
    /// The bytes without the spaces and tabs at either end: `trimmingCharacters(in: " \t")`
    /// of ASCII text.
    var trimmingSpacesAndTabs: Substring.UTF8View {
        let start = drop { $0 == 32 || $0 == 9 }
        return start.dropLast(start.reversed().prefix { $0 == 32 || $0 == 9 }.count)
    }
}

extension String {
    /// Runs of letters and digits (see `Substring.alphanumericWords`).
    var alphanumericWords: [Substring] { self[...].alphanumericWords }
}

extension Substring {
    /// Runs of letters and digits: what `split { !($0.isLetter || $0.isNumber) }` gives, read
    /// on the bytes where every scalar is a character of its own (ASCII, Latin letters and
    /// punctuation), by characters otherwise (accents as marks, scripts with vowel signs, emoji).
    var alphanumericWords: [Substring] {
        var words: [Substring] = []
        forEachAlphanumericWord { word in
            words.append(word)
            return true
        }
        return words
    }

    /// `alphanumericWords` one by one, until `body` says stop, without a list of them.
    func forEachAlphanumericWord(_ body: (Substring) -> Bool) {
        guard !forEachAlphanumericWordSpan({ body(utf8Slice($1)) }) else { return }
        for word in split(whereSeparator: { !($0.isLetter || $0.isNumber) }) { guard body(word) else { return } }
    }

    /// `alphanumericWords` one by one as ranges of the text's UTF-8 bytes, until `body` says
    /// stop; false, and nothing read, unless every scalar is a character of its own. Read on
    /// the bytes, a scalar decoded only past ASCII.
    func forEachAlphanumericWordSpan(_ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Bool) -> Bool {
        let read = utf8.withContiguousStorageIfAvailable { buffer -> Bool in
            guard buffer.scalarsStandAlone else { return false }
            var offset = 0
            var start: Int?
            while offset <= buffer.count {
                var length = 1
                let inWord: Bool
                if offset == buffer.count {
                    inWord = false
                } else if buffer[offset] < 0x80 {
                    inWord = isAlphanumeric(buffer[offset])
                } else {
                    let decoded = buffer.scalar(at: offset)
                    length = decoded.length
                    inWord = isAlphanumeric(decoded.scalar)
                }
                if inWord {
                    if start == nil { start = offset }
                } else if let first = start {
                    start = nil
                    guard body(buffer, first..<offset) else { return true }
                }
                offset += length
            }
            return true
        }
        return read == true
    }

    /// The text between two UTF-8 offsets that fall between scalars.
    func utf8Slice(_ range: Range<Int>) -> Substring {
        let start = utf8.index(startIndex, offsetBy: range.lowerBound)
        return Substring(utf8[start..<utf8.index(start, offsetBy: range.count)])
    }

    /// Whether `split(separator: " ")` gives four words or more.
    var hasFourWords: Bool {
        guard scalarsStandAlone else { return split(separator: " ").count >= 4 }
        // A space is a character by itself: count the runs between space bytes.
        var words = 0
        var inWord = false
        for byte in utf8 {
            if byte == 32 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words == 4 { return true }
            }
        }
        return false
    }

    /// Runs of letters and apostrophes (`'`, `’`): `split { !$0.isLetter && $0 != "'" && $0 != "’" }`.
    var letterWords: [Substring] {
        guard scalarsStandAlone else { return split { !$0.isLetter && $0 != "'" && $0 != "’" } }
        return unicodeScalars.split { scalar in
            switch scalar.value {
            case 65...90, 97...122, 39, 0x2019: false
            case 0..<0x80: true
            default: !scalar.properties.isAlphabetic
            }
        }.map { Substring($0) }
    }
}

private func isAlphanumeric(_ byte: UInt8) -> Bool {
    let folded = byte | 0x20
    return (folded >= 97 && folded <= 122) || (byte >= 48 && byte <= 57)
}

/// What `Character.isLetter || Character.isNumber` says of a character of one scalar.
private func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? isAlphanumeric(UInt8(scalar.value)) : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
}
