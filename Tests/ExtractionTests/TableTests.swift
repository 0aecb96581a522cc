import Testing
@testable import Extraction

@Suite("Tables in text")
struct TableTests {
    @Test("tables a person sees become rows of cells", arguments: [
        // Tab-separated, pasted from a spreadsheet, between prose lines.
        ("Roster:\nID\tName\tSSN\n1\tAnn\t536904399\n2\tBo\t212674532\nThanks", [["ID", "Name", "SSN"], ["1", "Ann", "536904399"], ["2", "Bo", "212674532"]], true),
        // Pipes, with a Markdown rule line and outer pipes.
        ("| Name | SSN |\n|---|---|\n| Ann | 536904399 |\n| Bo | 212674532 |", [["Name", "SSN"], ["Ann", "536904399"], ["Bo", "212674532"]], true),
        // Semicolons, blank lines between rows, CRLF.
        ("Name;SSN\r\n\r\nAnn;536904399\r\n\r\nBo;212674532\r\n", [["Name", "SSN"], ["Ann", "536904399"], ["Bo", "212674532"]], true),
        // Commas (two or more a line), a quoted field.
        ("Name,Site,SSN\n\"Doe, Ann\",West,536904399\nBo,East,212674532", [["Name", "Site", "SSN"], ["Doe, Ann", "West", "536904399"], ["Bo", "East", "212674532"]], true),
        // Columns aligned with spaces, a name with one space inside its column.
        ("Report\n\nName        Soc. Sec. #   Grade\nAnn Lee     536904399     4\nBo Roe      212674532     5\n",
         [["Name", "Soc. Sec. #", "Grade"], ["Ann Lee", "536904399", "4"], ["Bo Roe", "212674532", "5"]], true),
        // A grid printed with "+---+" borders.
        ("+------+-----------+\n| Name | SSN       |\n+======+===========+\n| Ann  | 536904399 |\n| Bo   | 212674532 |\n+------+-----------+",
         [["Name", "SSN"], ["Ann", "536904399"], ["Bo", "212674532"]], true),
        // A cell wrapped onto the next line, and a blank line between rows.
        ("Name    SSN          Notes\nAnn     536904399    called twice\n                     about it\n\nBo      212674532    ok\nCy      401234567    fine",
         [["Name", "SSN", "Notes"], ["Ann", "536904399", "called twice about it"], ["Bo", "212674532", "ok"], ["Cy", "401234567", "fine"]], true),
        // A header set on two lines.
        ("        Soc Sec      Home\nName    Number       Room\nAnn     536904399    104\nBo      212674532    105\nCy      401234567    106",
         [["Name", "Soc Sec Number", "Home Room"], ["Ann", "536904399", "104"], ["Bo", "212674532", "105"], ["Cy", "401234567", "106"]], true),
        // A title with a run date above the header is not part of the table.
        ("Roster        Run date: 11/6/21\nName          SSN              Grade\nAnn           536904399        4\nBo            212674532        5",
         [["Name", "SSN", "Grade"], ["Ann", "536904399", "4"], ["Bo", "212674532", "5"]], true),
        // No header row: the first row holds numbers, and a footer of words is no header.
        ("Ann     536904399\nBo      212674532\nCy      401234567\nTotal   three", [["Ann", "536904399"], ["Bo", "212674532"], ["Cy", "401234567"], ["Total", "three"]], false),
        // No header row: the first row holds numbers.
        ("Ann\t536904399\nBo\t212674532\nCy\t401234567", [["Ann", "536904399"], ["Bo", "212674532"], ["Cy", "401234567"]], false),
        // A "#" column heads a printed list.
        ("#\tStudent\tStudent ID\n1\tAnn Lee\t536904399\n2\tBo Roe\t212674532",
         [["#", "Student", "Student ID"], ["1", "Ann Lee", "536904399"], ["2", "Bo Roe", "212674532"]], true),
        // A header and one row of tabs (a Word table about one student).
        ("Student\tStudent No.\tGrade\nReid Treadwell\t536904399\t4", [["Student", "Student No.", "Grade"], ["Reid Treadwell", "536904399", "4"]], true),
        // Lines of "Label: value" are a form's rows, the label keeping its colon.
        ("Student: Esposito, Priya\nID Number: 536904399\nDOB: 21 October 2018\n\nThe plan follows.",
         [["Student:", "Esposito, Priya"], ["ID Number:", "536904399"], ["DOB:", "21 October 2018"]], false),
    ])
    func finds(_ text: String, _ rows: [[String]], _ hasHeader: Bool) {
        let split = TableFinder.split(text)
        #expect(split.tables == [TextTable(rows: rows, hasHeader: hasHeader)])
        // Cells are not read again as prose.
        #expect(!split.prose.contains("536904399"))
    }

    @Test("a bare ID is the student's in a table about students, and nobody's elsewhere", arguments: [
        (["#", "Student", "ID", "Grade"], "Student ID"), (["ID", "Name", "Gr", "Absences"], "Student ID"),
        (["ID #", "Pupil", "Score"], "Student ID #"), (["ID", "Employee Name", "Grade"], "ID"), (["ID", "Vendor", "Phone"], "ID"),
        (["ID", "Name", "Department"], "ID"),
    ])
    func bareIDs(_ headers: [String], _ label: String) {
        #expect(ColumnHeader.columns(headers).first { $0.shown.hasPrefix("ID") }?.label == label)
    }

    @Test("a .csv is read with the separator its first line uses", arguments: [
        ("SSID^LocalID^LastName\n1^2^Lee", UInt8(ascii: "^")), ("a;b;c\n1;2;3", UInt8(ascii: ";")), ("a,b;c\n1,2;3", UInt8(ascii: ",")),
        ("a|b|c\n1|2|3", UInt8(ascii: "|")), ("just words", UInt8(ascii: ",")),
    ])
    func separators(_ text: String, _ separator: UInt8) {
        #expect(DelimitedText.separator(of: text, declared: UInt8(ascii: ",")) == separator)
    }

    @Test("a page's wide gaps part fields; indentation and word spaces stay", arguments: [
        ("Student ID:          478554", "Student ID:\t478554"), ("    Indented line", "Indented line"),
        ("two  spaces stay", "two  spaces stay"), ("a\n        b", "a\nb"),
    ])
    func fieldGaps(_ text: String, _ expected: String) {
        #expect(ExtractionContext.fieldGaps(text) == expected)
    }

    @Test("prose is not a table", arguments: [
        "Dear parents,\nthe trip is on Friday, weather permitting.\nBring lunch.",
        "Ann\t536904399\nBo\t212674532",                                  // two rows and no header
        "Note: the trip is Friday\nhttps://example.org/a\nBring lunch",  // one label line is no form
        "One comma, a line\nsecond, line\nthird, line",                   // commas need two a line
        "We met on Monday.  It rained.\nShe left at noon.  He stayed.\nAll good.",  // double spaces, not columns
        "Ann\t536904399\nBo 212674532\nCy\t401234567",                      // the count of tabs changes
    ])
    func prose(_ text: String) {
        let split = TableFinder.split(text)
        #expect(split.tables.isEmpty)
        #expect(split.prose == text)
    }

    @Test("a header row is words, not values", arguments: [
        (["Name", "SSN", "Phone"], true),
        (["Student ID", "Soc. Sec. #"], true),
        (["Ann", "536904399"], false),
        (["Grade 4", "Room 104"], false),
        (["Student", "504 Plan", "Homeroom"], true),
        (["Ann", "Plan 504"], false),
        (["Name"], false),
        (["Name", String(repeating: "x", count: 61)], false),
    ])
    func header(_ row: [String], _ reads: Bool) {
        #expect(TableHeader.reads(row) == reads)
    }

    @Test("every cell of a table is read with its column header, and no label crosses a column")
    func cellsWithHeaders() {
        let text = "StudentID\tName\tSSN\tPhone\n123456789\tAnn\t536904399\t860-555-0142\n234567891\tBo\t212674532\t860-555-0143\n"
        var segments: [TextSegment] = []
        let context = ExtractionContext(limits: ExtractionLimits()) { segments.append($0) }
        context.addDocument("attachment export.txt", text)
        let cells = segments.map { "\($0.location)=\($0.text)" }
        #expect(cells.contains("attachment export.txt › table 1 › row 2 (SSN)=SSN: 536904399"))
        #expect(cells.contains("attachment export.txt › table 1 › row 2 (StudentID)=Student ID: 123456789"))
        #expect(cells.contains("attachment export.txt › table 1 › row 3 (Phone)=Phone: 860-555-0143"))
        #expect(!segments.contains { $0.text.contains("SSN") && $0.text.contains("123456789") })
    }

    @Test("in a two-column form the row's first cell labels its value, and the form is one record")
    func formTable() {
        var segments: [TextSegment] = []
        let context = ExtractionContext(limits: ExtractionLimits()) { segments.append($0) }
        context.addDocument("attachment form.docx", "Employee\tJane Doe\nSSN\t536904399\nPhone\t860-555-0142\nSignature: ____\t\tDate: 1/2/2026\n")
        #expect(segments.contains { $0.location == "attachment form.docx › table 1 › row 2 (SSN)" && $0.text == "SSN: 536904399" })
        #expect(segments.contains { $0.location == "attachment form.docx › table 1 › row 1 (Employee)" && $0.text == "Employee: Jane Doe" })
        #expect(Set(segments.compactMap(\.cell?.row)) == [1])
        // Two columns of names and numbers are a list, not a form.
        segments = []
        context.addDocument("list", "Ann\t536904399\nBo\t212674532\nCy\t401234567\n")
        #expect(segments.allSatisfy { $0.cell == nil })
        // A roster's first column is a name, not a label of the number beside it.
        segments = []
        context.addDocument("roster", "Student ID\tSSN\n123456789\t536904399\n234567891\t212674532\n")
        #expect(segments.contains { $0.text == "SSN: 536904399" })
    }

    @Test("a table continued on the next page keeps its header")
    func continuedTable() {
        var segments: [TextSegment] = []
        let context = ExtractionContext(limits: ExtractionLimits()) { segments.append($0) }
        let header = context.addDocument("page 1", "Name    SSN\nAnn     536904399\nBo      212674532\n")
        #expect(header == ["Name", "SSN"])
        context.addDocument("page 2", "Cy      401234567\nDi      301234567\nEd      201234567\n", continuing: header)
        #expect(segments.contains { $0.location == "page 2 › table 1 › row 1 (SSN)" && $0.text == "SSN: Cy: 401234567" })
    }
}

@Suite("PDF layout")
struct PDFLayoutTests {
    /// Glyphs of `text` drawn from `x` on the baseline at `y`, each `width` wide.
    static func glyphs(_ text: String, x: Double, y: Double, width: Double = 5, height: Double = 10) -> [PDFLayout.Glyph] {
        text.unicodeScalars.enumerated().map { offset, scalar in
            let left = x + Double(offset) * width
            return PDFLayout.Glyph(scalar: scalar, x1: left, y1: y, x2: left + width, y2: y + height)
        }
    }

    @Test("cells drawn apart stay apart, a line per baseline, columns where they are drawn")
    func table() {
        // Poppler's order glues the cells of a row ("Jane Doe5425 …") and may give a
        // column before the next.
        let page = Self.glyphs("Name", x: 0, y: 0) + Self.glyphs("Card", x: 100, y: 0)
            + Self.glyphs("Jane Doe", x: 0, y: 20) + Self.glyphs("5425 2334 3010 9903", x: 100, y: 20)
            + Self.glyphs("Amount", x: 250, y: 0) + Self.glyphs("132.25", x: 250, y: 20)
        let text = PDFLayout.layOut(page)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[1].contains("Jane Doe  "))
        #expect(lines[1].contains("5425 2334 3010 9903  "))
        #expect(lines[0].firstRange(of: "Card")?.lowerBound.utf16Offset(in: lines[0]) == lines[1].firstRange(of: "5425")?.lowerBound.utf16Offset(in: lines[1]))
        #expect(TableFinder.split(text + "Bo Roe" + String(repeating: " ", count: 46) + "5425 2334 3010 9903\n").tables.first?.rows.last == ["Bo Roe", "5425 2334 3010 9903", ""])
    }

    @Test("a number drawn in pieces stays one number; a word space stays one space")
    func pieces() {
        let page = Self.glyphs("536-90-", x: 0, y: 0) + Self.glyphs("4399", x: 35, y: 0.5) + Self.glyphs("SSN", x: -30, y: 0)
        #expect(PDFLayout.layOut(page) == "SSN" + String(repeating: " ", count: 12) + "536-90-4399\n")
        let words = Self.glyphs("SSN", x: 0, y: 0) + Self.glyphs("536", x: 18, y: 0)  // a 3-point gap: a word space
        #expect(PDFLayout.layOut(words) == "SSN 536\n")
    }

    @Test("coordinates off any page (NaN, infinite, huge) are dropped, and padding stays bounded")
    func hostile() {
        var page = Self.glyphs("536-90-4399", x: 0, y: 0)
        page.append(PDFLayout.Glyph(scalar: "9", x1: .nan, y1: 0, x2: .infinity, y2: 10))
        page.append(PDFLayout.Glyph(scalar: "8", x1: 0, y1: -.greatestFiniteMagnitude, x2: 5, y2: .greatestFiniteMagnitude))
        for line in 1...2000 {
            let x: Double = line % 2 == 0 ? 9e5 : 0
            page += Self.glyphs("x", x: x, y: Double(line) * 20)
        }
        let text = PDFLayout.layOut(page)
        #expect(text.hasPrefix("536-90-4399"))
        #expect(text.utf8.count < 32 * page.count + 65_536 + 20_000)
    }
}
