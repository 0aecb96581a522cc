import Foundation

/// Base64 as mail clients read it: characters outside the alphabet ignored, and a final
/// group that lacks its `=` padding kept (Python's email package and most clients decode
/// it; GMime drops it, which loses the last digits of a number).
enum Base64 {
    static func decode(_ encoded: some Collection<UInt8>) -> [UInt8] {
        var clean: [UInt8] = []
        clean.reserveCapacity(encoded.count)
        for byte in encoded {
            if byte == UInt8(ascii: "=") { break }
            if isAlphabet(byte) { clean.append(byte) }
        }
        switch clean.count % 4 {
        case 1: clean.removeLast()  // six bits make no byte
        case 2: clean += [UInt8(ascii: "="), UInt8(ascii: "=")]
        case 3: clean.append(UInt8(ascii: "="))
        default: break
        }
        return Data(base64Encoded: Data(clean)).map { [UInt8]($0) } ?? []
    }

    private static func isAlphabet(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == 43 || byte == 47
    }

    /// RFC 2047 encoded words (`=?charset?B?...?=`) with their missing padding restored, so a
    /// header decoder keeps the last group. A word is looked for only within `maxWord` bytes
    /// of its `=?` (RFC 2047 allows 75), so a header of unclosed `=?` stays linear.
    static func padEncodedWords(_ header: String, maxWord: Int = 1024) -> String {
        var result = ""
        var rest = Substring(header)
        while let start = rest.range(of: "=?") {
            result += rest[..<start.lowerBound]
            let word = rest[start.lowerBound...]
            let window = word.dropFirst(2).prefix(maxWord)
            // =?charset?B?payload?=
            let fields = window.split(separator: "?", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, fields[1].lowercased() == "b", let end = fields[2].range(of: "?=") else {
                result += "=?"
                rest = word.dropFirst(2)
                continue
            }
            let payload = fields[2][..<end.lowerBound]
            let padding = String(repeating: "=", count: (4 - payload.count % 4) % 4)
            result += "=?\(fields[0])?\(fields[1])?\(payload)\(payload.count % 4 == 1 ? "" : padding)?="
            rest = word[end.upperBound...]
        }
        return result + rest
    }
}
