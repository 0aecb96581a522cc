@testable import Extraction
import TestSupport
import Testing

/// Rows are cut a run of bytes at a time; the rows must be those that reading byte by byte
/// gives (RFC 4180 quotes, doubled quotes, quotes inside a field, CR, LF and CRLF).
@Suite("Delimited rows")
struct DelimitedRowTests {
    /// The reading as first written, byte by byte: the oracle.
    static func byteByByte(_ text: String, separator: UInt8) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var quoted = false
        let bytes = Array(text.utf8)
        var index = 0
        func endField() {
            row.append(String(decoding: field, as: UTF8.self))
            field.removeAll()
        }
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == 34 {
                    if index + 1 < bytes.count, bytes[index + 1] == 34 {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
            } else if byte == 34 && field.isEmpty {
                quoted = true
            } else if byte == separator {
                endField()
            } else if byte == 10 || byte == 13 {
                if byte == 13, index + 1 < bytes.count, bytes[index + 1] == 10 { index += 1 }
                endField()
                rows.append(row)
                row = []
            } else {
                field.append(byte)
            }
            index += 1
        }
        if !field.isEmpty || !row.isEmpty {
            endField()
            rows.append(row)
        }
        return rows
    }

    @Test("random texts of fields, separators, quotes and line breaks")
    func randomTexts() {
        let pieces = ["Ann", "Lee", "536-90-4399", ",", ";", "\t", "\"", "\"\"", "\"a,b\"", "\n", "\r", "\r\n", " ", "é", "x\"y"]
        var random = SeededGenerator(seed: 9)
        var differing = 0
        for _ in 0..<20_000 {
            let text = (0..<(random.nextInt() % 30)).map { _ in pieces[random.nextInt() % pieces.count] }.joined()
            for separator in [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
            where DelimitedText.parse(text, separator: separator) != Self.byteByByte(text, separator: separator) {
                differing += 1
            }
        }
        #expect(differing == 0)
    }
}
