@testable import Extraction
@testable import Operations
import Policy
import Testing

@Suite("Control characters")
struct ControlCharacterTests {
    /// C0, DEL and C1 (U+009B is CSI: a terminal obeys it as it does ESC [).
    static let controls: [Unicode.Scalar] = ["\u{0}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "\u{9F}"]
    /// Look-alikes that are text: NBSP, soft hyphen, and printable Latin-1.
    static let text: [Unicode.Scalar] = ["\u{A0}", "\u{AD}", "é", "~"]

    @Test("the log line escapes every control character, C1 included, and no look-alike")
    func logLine() {
        for scalar in Self.controls {
            let quoted = MailLogHandler.quoted("name\(scalar)x")
            #expect(!quoted.unicodeScalars.contains(scalar), "U+\(String(scalar.value, radix: 16)) reached the log")
            #expect(quoted.contains("\\x\(String(scalar.value, radix: 16))"))
        }
        for scalar in Self.text {
            #expect(MailLogHandler.quoted("name\(scalar)x").unicodeScalars.contains(scalar))
        }
    }

    @Test("notices, logs and locations agree on what a control character is")
    func oneDefinition() {
        for scalar in Self.controls {
            #expect(ControlCharacters.spaced("a\(scalar)b") == "a b")
            #expect(LocationName.safe("a\(scalar)b.pdf") == "a b.pdf")
        }
        for scalar in Self.text {
            #expect(ControlCharacters.spaced("a\(scalar)b") == "a\(scalar)b")
            #expect(LocationName.safe("a\(scalar)b.pdf") == "a\(scalar)b.pdf")
        }
    }
}
