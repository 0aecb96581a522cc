/// The characters no text MailGuard shows may carry: C0, DEL and C1 (a terminal obeys C1's
/// CSI as it does ESC's). One definition for every place a sender's text is printed: notices,
/// log lines, locations, admin tables and header values from the config.
public enum ControlCharacters {
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    public static func contains(in text: String) -> Bool {
        text.unicodeScalars.contains(where: contains)
    }

    /// The text on one line: every control character becomes a space.
    public static func spaced(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { contains($0) ? " " : $0 }))
    }
}
