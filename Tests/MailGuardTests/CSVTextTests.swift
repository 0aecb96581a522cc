@testable import MailGuard
@testable import Operations
import Testing

@Suite("Audit CSV")
struct CSVTextTests {
    @Test("a cell a spreadsheet would run as a formula stays text; look-alikes are left as they are", arguments: [
        ("=HYPERLINK(\"http://x.example\")@district.example", "\"'=HYPERLINK(\"\"http://x.example\"\")@district.example\""),
        ("+1-555-0100", "'+1-555-0100"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\tcmd", "'\tcmd"),
        ("a=b@district.example", "a=b@district.example"),
        ("***-**-6789", "***-**-6789"),
        ("2026-12-05T10:00:00Z", "2026-12-05T10:00:00Z"),
        ("", ""),
    ])
    func formulas(_ cell: String, _ written: String) {
        #expect(CSVText.render([[cell]]) == written + "\r\n")
    }
}
