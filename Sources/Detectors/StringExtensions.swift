import Foundation

extension StringProtocol {
    func trimmingWhitespace() -> Substring {
        let trimmedStart = drop { $0.isWhitespace }
        var end = trimmedStart.endIndex
        while end > trimmedStart.startIndex, trimmedStart[trimmedStart.index(before: end)].isWhitespace {
            end = trimmedStart.index(before: end)
        }
        return Substring(trimmedStart[trimmedStart.startIndex..<end])
    }
}

extension StringProtocol {
    /// The ASCII digits of the text, in order (read as UTF-8 bytes: this runs for every match).
    var digits: String { String(decoding: utf8.filter { $0 >= 48 && $0 <= 57 }, as: UTF8.self) }

    /// The ASCII digits before the first letter (a phone number without its extension). Read
    /// as bytes: any non-ASCII character ends it too (phone patterns match ASCII only).
    var digitsBeforeLetters: [UInt8] {
        utf8.prefix { $0 < 0x80 && !(($0 | 0x20) >= 97 && ($0 | 0x20) <= 122) }.filter { $0 >= 48 && $0 <= 57 }
    }
}

extension String {
    func chunked(by size: Int) -> [Substring] {
        var chunks: [Substring] = []
        var start = startIndex
        while start < endIndex {
            let end = index(start, offsetBy: size, limitedBy: endIndex) ?? endIndex
            chunks.append(self[start..<end])
            start = end
        }
        return chunks
    }
}
