import Foundation
import Glibc

/// Bytes in a declared (or undeclared) charset to text.
///
/// Order: a byte-order mark wins; then the declared charset through iconv, unless the bytes
/// contradict it; then undeclared detection (UTF-16 by its zero bytes, valid UTF-8), and last
/// Windows-1252, which maps every byte, so nothing is ever dropped. A declaration
/// "contradicts" the bytes when iconv rejects them (UTF-8 or ASCII declared, Latin-1 sent) or
/// when UTF-16 is declared for text without zero bytes (ASCII sent as "UTF-16").
public enum CharsetDecoder {
    public static func decode(_ bytes: [UInt8], declared: String?) -> String {
        let (text, wide) = reading(bytes, declared: declared)
        // Wide text (UTF-16/32) spliced with 8-bit text: each part reads as nonsense in the
        // other's charset, so a number typed in the 8-bit part would vanish. Read the bytes
        // as 8-bit text too whenever they hold three ASCII digits in a row (in real UTF-16 or
        // UTF-32 text a zero byte or another byte of the character stands between digits).
        if wide, bytes.hasDigitRun(3) { return text + "\n" + eightBit(bytes) }
        return text
    }

    /// The text, and whether it was read as UTF-16 or UTF-32.
    private static func reading(_ bytes: [UInt8], declared: String?) -> (text: String, wide: Bool) {
        if let reading = decodeWithByteOrderMark(bytes) { return reading }
        if let declared = declared?.lowercased().trimmingCharacters(in: .whitespaces), !declared.isEmpty,
           !(declared.hasPrefix("utf-16") && !looksLikeUTF16(bytes)),
           let text = convert(bytes, from: declared) {
            return (text, declared.hasPrefix("utf-16") || declared.hasPrefix("utf-32") || declared.hasPrefix("ucs"))
        }
        // UTF-32 before UTF-16: its Latin text has zero bytes too, three in every four.
        if let orientation = utf32Orientation(bytes), let text = convert(bytes, from: orientation) { return (text, true) }
        if looksLikeUTF16(bytes), let text = convert(bytes, from: utf16Orientation(bytes)) { return (text, true) }
        return (eightBit(bytes), false)
    }

    /// Valid UTF-8, else Windows-1252, which maps every byte.
    private static func eightBit(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return convert(bytes, from: "WINDOWS-1252") ?? String(decoding: bytes, as: UTF8.self)
    }

    private static func decodeWithByteOrderMark(_ bytes: [UInt8]) -> (text: String, wide: Bool)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (String(decoding: bytes.dropFirst(3), as: UTF8.self), false) }
        // FF FE 00 00 is UTF-32LE's mark, and starts like UTF-16LE's: test it first.
        let marks: [(mark: [UInt8], charset: String)] = [
            ([0xFF, 0xFE, 0x00, 0x00], "UTF-32LE"), ([0x00, 0x00, 0xFE, 0xFF], "UTF-32BE"),
            ([0xFF, 0xFE], "UTF-16LE"), ([0xFE, 0xFF], "UTF-16BE"),
        ]
        guard let (mark, charset) = marks.first(where: { bytes.starts(with: $0.mark) }),
              let text = convert(Array(bytes.dropFirst(mark.count)), from: charset) else { return nil }
        return (text, true)
    }

    /// Text in UTF-16 has a zero byte in most characters of Latin script, all on the same
    /// side of each pair. Zeros on both sides (a run of NULs padding ASCII text) are not
    /// UTF-16: reading such text as UTF-16 would hide every number in it.
    static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 4 else { return false }
        let sample = bytes.prefix(4096)
        var even = 0, odd = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { even += 1 } else { odd += 1 }
        }
        let (more, fewer) = (max(even, odd), min(even, odd))
        return (more + fewer) * 4 >= sample.count && fewer * 8 <= more
    }

    /// "UTF-32LE" or "UTF-32BE" when most 4-byte units are one character below U+10000 with
    /// its zero bytes where that byte order puts them; nil otherwise.
    static func utf32Orientation(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 8, bytes.count % 4 == 0 else { return nil }
        let sample = Array(bytes.prefix(4096))
        var little = 0, big = 0
        for unit in stride(from: 0, to: sample.count - 3, by: 4) {
            if sample[unit + 2] == 0 && sample[unit + 3] == 0 { little += 1 }
            if sample[unit] == 0 && sample[unit + 1] == 0 { big += 1 }
        }
        let units = sample.count / 4
        if little * 10 >= units * 9 && little > big { return "UTF-32LE" }
        if big * 10 >= units * 9 && big > little { return "UTF-32BE" }
        return nil
    }

    private static func utf16Orientation(_ bytes: [UInt8]) -> String {
        let sample = Array(bytes.prefix(4096))
        let zerosAtOdd = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
        let zerosAtEven = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
        return zerosAtOdd >= zerosAtEven ? "UTF-16LE" : "UTF-16BE"
    }

    /// iconv conversion to UTF-8; nil for an unknown charset or bytes invalid in it.
    static func convert(_ bytes: [UInt8], from charset: String) -> String? {
        let name = charset == "utf-16" ? "UTF-16" : charset.uppercased()
        let converter = iconv_open("UTF-8", name)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
        let converted: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress
                var outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let converted else { return nil }
        return String(decoding: output[0..<converted].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Windows-1252 by table: Office's 8-bit text comes in many small pieces (cells, pieces,
    /// atoms), too many for a converter each. The five unassigned bytes keep their Latin-1 value.
    static func windows1252(_ bytes: some Collection<UInt8>) -> String {
        String(decoding: bytes.map(windows1252Unit), as: UTF16.self)
    }

    /// One Windows-1252 byte as its UTF-16 code unit (every one is in the BMP).
    static func windows1252Unit(_ byte: UInt8) -> UInt16 {
        byte >= 0x80 && byte <= 0x9F ? windows1252High[Int(byte) - 0x80] : UInt16(byte)
    }

    private static let windows1252High: [UInt16] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
