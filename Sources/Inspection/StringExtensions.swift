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
    /// Runs of letters and digits. ASCII text (most mail) is split on its bytes, and text
    /// whose scalars each stand as a character of their own (ASCII, Latin letters and
    /// punctuation) on its scalars: the same words, without building characters. Other text
    /// (accents as marks, scripts with vowel signs, emoji) by its characters.
    var alphanumericWords: [Substring] {
        if utf8.allSatisfy({ $0 < 0x80 }) { return utf8.split { !isAlphanumeric($0) }.map { Substring($0) } }
        return wordsByScalarsOrCharacters
    }

    /// `alphanumericWords` one by one, until `body` says stop: words are read off the text's
    /// bytes (ASCII) or scalars (each a character of its own) without a list of them.
    func forEachAlphanumericWord(_ body: (Substring) -> Bool) {
        if utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = utf8
            var index = bytes.startIndex
            while index < bytes.endIndex {
                guard isAlphanumeric(bytes[index]) else {
                    bytes.formIndex(after: &index)
                    continue
                }
                let start = index
                while index < bytes.endIndex, isAlphanumeric(bytes[index]) { bytes.formIndex(after: &index) }
                guard body(Substring(bytes[start..<index])) else { return }
            }
        } else if scalarsStandAlone {
            // Each scalar a character: read on the bytes, a scalar decoded where one starts
            // past ASCII.
            let bytes = utf8
            var index = bytes.startIndex
            var start: Substring.Index?
            while index < bytes.endIndex {
                let isWordScalar = bytes[index] < 0x80 ? isAlphanumeric(bytes[index]) : isAlphanumeric(unicodeScalars[index])
                if isWordScalar {
                    if start == nil { start = index }
                } else if let first = start {
                    start = nil
                    guard body(Substring(bytes[first..<index])) else { return }
                }
                index = bytes[index] < 0x80 ? bytes.index(after: index) : unicodeScalars.index(after: index)
            }
            if let first = start { _ = body(Substring(bytes[first..<index])) }
        } else {
            for word in split(whereSeparator: { !($0.isLetter || $0.isNumber) }) { guard body(word) else { return } }
        }
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

    private var wordsByScalarsOrCharacters: [Substring] {
        if scalarsStandAlone { return unicodeScalars.split { !isAlphanumeric($0) }.map { Substring($0) } }
        return split { !($0.isLetter || $0.isNumber) }
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
