@testable import Extraction
import Testing

/// Label lines ("Student: Ann Lee") are mostly told apart on bytes; the answer must be the one
/// reading characters gives, for any line.
@Suite("Label lines read on bytes")
struct ColonLineTests {
    @Test("the byte look agrees with reading characters", arguments: [
        "Student: Ann Lee", "  DOB:\t21 October 2018", "ID Number: 68794", "The bus leaves at 10:15 from the east lot",
        "https://district.example/form", ":", " : x", "1st grade: Ann", "Name:", "Name :Ann", "Notes: see below",
        "A label that is far too long to be any label on a printed form: value", "Name\u{301}: Ann", "Name:\u{301} Ann",
        "Élève: Ann", "e\u{301}le\u{300}ve: Ann", "\u{D4E}: x", "Nom : Ann", "x\r: y", "   ", "",
        // Labels of 40 characters and of 41 (the longest there is, and one more).
        "Emergency Contact Primary Guardian Phone: 555", "Emergency Contact Primary Guardians Phone: 555",
        // Labels of five words and of six (the most there is, and one more), parted by spaces only.
        "One two three four five: x", "One two three four five six: x", "One  two\tthree four five six: x", " a b c d e f : x",
    ])
    func examples(line: String) {
        #expect(TableFinder.colonLine(line[...]) == TableFinder.colonLineByCharacters(line[...]))
    }

    @Test("random lines of labels, colons, accents and marks")
    func randomLines() {
        let pieces = ["Student", "Name", " ", "  ", "\t", ":", "10", "Ann Lee", "é", "e\u{301}", "\u{301}", "\u{D4E}", "\r",
                      "https", "//", "x", "A very long label that goes on", "ID", "(100)", "1234", "—", "\u{200D}",
                      "Emergency Contact", "Guardian"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let line = (0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(TableFinder.colonLine(line[...]) == TableFinder.colonLineByCharacters(line[...]), "\(line.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}

/// Each line's separators are counted once for all four; the counts must be those a count of
/// each separator alone gives (outside double quotes).
@Suite("Separator counts")
struct SeparatorCountTests {
    @Test("random lines of separators and quotes")
    func randomLines() {
        let pieces = ["a", "\t", "|", ";", ",", "\"", "Ann, Lee", "\"x,y\"", " ", "é"]
        let separators: [UInt8] = [9, 124, 59, 44]
        var generator = SystemRandomNumberGenerator()
        let lines: [Substring] = (0..<2000).map { _ in
            Substring((0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        var counts = TableFinder.SeparatorCounts(count: lines.count)
        for (index, line) in lines.enumerated() {
            for (which, separator) in separators.enumerated() {
                var quoted = false
                var expected = 0
                for byte in line.utf8 {
                    if byte == 34 { quoted.toggle() } else if byte == separator, !quoted { expected += 1 }
                }
                #expect(counts.count(which, in: index, of: lines) == expected, "\(line)")
            }
        }
    }
}

/// Cells are trimmed on bytes; the answer must be the one trimming scalars gives.
@Suite("Cells trimmed on bytes")
struct TrimmedCellTests {
    @Test("random cells of spaces, tabs, CRs, marks and letters")
    func randomCells() {
        let pieces = [" ", "\t", "\r", "\r\n", "\n", "Ann", "é", "\u{301}", "\u{A0}", "👩‍👩‍👧", "7", ""]
        for cell in randomJoins(of: pieces, upTo: 6) {
            let scalars = cell.unicodeScalars
            let isKept = { (scalar: Unicode.Scalar) in scalar != " " && scalar != "\t" && scalar != "\r" }
            let expected = scalars.firstIndex(where: isKept).map { first in
                String(String.UnicodeScalarView(scalars[first...scalars.lastIndex(where: isKept)!]))
            } ?? ""
            #expect(cell.trimmingSpaces == expected, "\(scalars.map { String($0.value, radix: 16) })")
            #expect(cell[...].trimmingSpaces == expected)
        }
    }
}

/// A page's wide gaps are read on bytes where each scalar is a character; the text must be the
/// one reading characters gives.
@Suite("Field gaps on bytes")
struct FieldGapTests {
    @Test("random pages of spaces, line ends, marks and words")
    func randomPages() {
        let pieces = [" ", "    ", "     ", "\n", "\r\n", "\r", "\t", "ID:", "4821", "é", "’", "\u{301}", "\u{600}", "👩‍👩‍👧", "x"]
        for page in randomJoins(of: pieces, upTo: 10) {
            let expected = ExtractionContext.fieldGapsByCharacters(page)
            if page.scalarsStandAlone {
                #expect(ExtractionContext.fieldGapsOnBytes(page) == expected, "\(page.unicodeScalars.map { String($0.value, radix: 16) })")
            }
            #expect(ExtractionContext.fieldGaps(page) == expected || !page.contains("    "))
        }
    }

    @Test("scalars encoded at once are the string appended one by one")
    func scalarsEncoded() {
        for text in ["", "SSN  536-90-4399", "é’👩‍👩‍👧\u{301}\r\n", String(repeating: "x\u{10FFFF}", count: 100)] {
            #expect(String(scalars: Array(text.unicodeScalars)) == text)
            #expect(String(scalars: Array(text.unicodeScalars)).utf8.elementsEqual(text.utf8))
        }
    }
}

/// Scalars are decoded from a string's bytes where a reader looks past ASCII; they must be the
/// string's own scalars.
@Suite("Scalars read on bytes")
struct ScalarBytesTests {
    @Test("random texts of every UTF-8 length, joiners and marks")
    func randomTexts() {
        let pieces = ["a", "é", "ǅ", "\u{250}", "’", "\u{200D}", "\u{200C}", "\u{301}", "क", "€", "👩‍👩‍👧", "\u{10FFFF}", "\r\n", "\u{85}", "\u{2070}"]
        for text in randomJoins(of: pieces, upTo: 8) {
            var decoded: [Unicode.Scalar] = []
            let standsAlone = text.utf8.withContiguousStorageIfAvailable { bytes in
                var offset = 0
                while offset < bytes.count {
                    let (scalar, length) = bytes.scalar(at: offset)
                    decoded.append(scalar)
                    offset += length
                }
                return bytes.scalarsStandAlone
            }
            #expect(decoded == Array(text.unicodeScalars))
            #expect(standsAlone == text.unicodeScalars.allSatisfy(\.standsAlone))
        }
    }
}

/// 5,000 texts of up to `count` pieces each, drawn at random.
func randomJoins(of pieces: [String], upTo count: Int) -> [String] {
    var generator = SystemRandomNumberGenerator()
    return (0..<5000).map { _ in
        (0..<Int.random(in: 0...count, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }
}
