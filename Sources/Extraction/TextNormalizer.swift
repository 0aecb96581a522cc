/// Rewrites characters that look like separators or are invisible, so that a number a reader
/// sees whole is seen whole by the detectors: `536\u{00A0}90\u{2011}4399` becomes `536 90-4399`,
/// and a zero-width space inside a number disappears.
public enum TextNormalizer {
    /// Read on the text's UTF-8 bytes: a text with nothing to rewrite (ASCII, or typographic
    /// quotes and accents only) is returned as it is, without a copy.
    public static func normalize(_ text: String) -> String {
        var text = text
        let rewritten = text.withUTF8 { rewrite($0) }
        return rewritten.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// The bytes of valid UTF-8 `bytes` rewritten, or nil when no scalar changes.
    private static func rewrite(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var output: [UInt8]?
        var copied = 0  // bytes before this offset are in `output` already
        var offset = 0
        while offset < bytes.count {
            guard bytes[offset] >= 0x80 else {
                offset += 1
                continue
            }
            let (scalar, length) = bytes.scalar(at: offset)
            guard let replacement = replacement(of: scalar.value) else {
                offset += length
                continue
            }
            if output == nil {
                output = []
                output?.reserveCapacity(bytes.count)
            }
            output!.append(contentsOf: bytes[copied..<offset])
            if case .byte(let byte) = replacement { output!.append(byte) }
            offset += length
            copied = offset
        }
        output?.append(contentsOf: bytes[copied...])
        return output
    }

    private enum Replacement {
        case byte(UInt8)
        case nothing
    }

    /// What a scalar becomes; nil to keep it.
    private static func replacement(of value: UInt32) -> Replacement? {
        switch value {
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: .byte(32)
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: .byte(45)
        case 0x00AD, 0x200B...0x200D, 0x2060, 0xFEFF: .nothing
        case 0xFF10...0xFF19: .byte(UInt8(value - 0xFF10 + 0x30))
        default: nil
        }
    }
}
