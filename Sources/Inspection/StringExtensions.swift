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

extension String {
    /// Runs of letters and digits (see `Substring.alphanumericWords`).
    var alphanumericWords: [Substring] { self[...].alphanumericWords }
}

extension Substring {
    /// Runs of letters and digits. ASCII text (most mail) is split on its bytes: the same
    /// words, without looking up each character's properties.
    var alphanumericWords: [Substring] {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split { !($0.isLetter || $0.isNumber) } }
        return utf8.split { !isAlphanumeric($0) }.map { Substring($0) }
    }
}

private func isAlphanumeric(_ byte: UInt8) -> Bool {
    let folded = byte | 0x20
    return (folded >= 97 && folded <= 122) || (byte >= 48 && byte <= 57)
}
