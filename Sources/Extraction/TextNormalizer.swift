/// Rewrites characters that look like separators or are invisible, so that a number a reader
/// sees whole is seen whole by the detectors: `536\u{00A0}90\u{2011}4399` becomes `536 90-4399`,
/// and a zero-width space inside a number disappears.
public enum TextNormalizer {
    public static func normalize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x80 }) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                scalars.append(" ")
            case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
                scalars.append("-")
            case 0x00AD, 0x200B...0x200D, 0x2060, 0xFEFF:
                continue
            case 0xFF10...0xFF19:
                scalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
