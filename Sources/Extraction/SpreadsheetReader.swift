import CivilCalendar
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Cells of an xlsx workbook as a reader sees them: shared and inline strings, and numbers
/// shown through their number format (`000-00-0000` restores an SSN's leading zero). Each
/// cell is one text, "Header: value", at `Sheet1!C4`.
struct SpreadsheetReader {
    let parts: OfficeParts
    let context: ExtractionContext
    let location: String

    func read() {
        // Shared strings and styles are optional parts; when present they must parse.
        let strings = parts.archive["xl/sharedStrings.xml"] == nil ? [] : parts.parse("xl/sharedStrings.xml", location: location, SharedStrings.parse)
        let formats = parts.archive["xl/styles.xml"] == nil ? CellFormats() : parts.parse("xl/styles.xml", location: location, CellFormats.parse)
        guard let sharedStrings = strings, let formats else { return }
        for sheet in sheets() where context.inTime(at: location) {
            guard let sheetCells = parts.parse(sheet.path, location: "\(location) › \(sheet.name)", SheetCells.parse) else { continue }
            // A reference or index outside what Excel allows is a crafted file: never clamp
            // it into something that reads as clean, report the sheet instead.
            var cells: [(reference: String, position: (column: Int, row: Int)?, value: String)] = []
            var damaged: String?
            for cell in sheetCells {
                guard let value = cell.display(sharedStrings: sharedStrings, formats: formats) else {
                    // The value is the sender's: quote only a short, single-line piece of it.
                    damaged = "shared string index \(cell.value.prefix(20).filter { !$0.isNewline }) out of range"
                    break
                }
                let position = CellReference.parse(cell.reference)
                if case .outOfRange = position {
                    damaged = "cell reference out of range"
                    break
                }
                cells.append((cell.reference, position.valid, value))
            }
            if let damaged {
                context.unscannable("\(location) › \(sheet.name)", .damaged, damaged)
                continue
            }
            let table = "\(location) › \(sheet.name)"
            Self.emit(cells.compactMap { cell in cell.position.map { ($0.row, $0.column, cell.value) } }, table: table, context: context)
            // A cell without a reference (OOXML allows it) is still read, with no header.
            for cell in cells where cell.position == nil && !cell.value.isEmpty {
                context.add(ColumnHeader.unnamed.location("\(table)!\(cell.reference)"), ColumnHeader.unnamed.text(cell.value))
            }
        }
    }

    /// One sheet's cells (rows from 1) as texts: a form when it reads as one, else each cell
    /// "Header: value" at `table!C4 (Header)`.
    static func emit(_ cells: [(row: Int, column: Int, value: String)], table: String, context: ExtractionContext) {
        // A sheet of two columns, labels down the first ("Student | Xavier Fontaine",
        // "Student ID | 833550"), is a form about one student or thing.
        if let form = Self.form(cells) {
            context.addForm(form, at: table)
            return
        }
        let (headerRow, headers) = Self.header(of: cells)
        let subject = TableSubject.isStudents(Array(headers.values)) ? "Student" : nil
        let columns = headers.mapValues { ColumnHeader($0, subject: subject) }
        for cell in cells where !cell.value.isEmpty {
            let heading = cell.row <= headerRow ? .unnamed : columns[cell.column] ?? .unnamed
            let place = cell.row <= headerRow || headers.isEmpty ? nil : heading.cell(of: table, row: cell.row)
            context.add(CellPlace(table: table, separator: "!", column: cell.column, row: cell.row, header: heading.shown), heading.text(cell.value), cell: place)
        }
    }

    /// The sheet's rows as a form, when it has two columns (A and B) and reads as one
    /// (`TextTable.isForm`); bounded like a form on a page: a long two-column list is a table.
    static func form(_ cells: [(row: Int, column: Int, value: String)]) -> TextTable? {
        guard cells.count <= 200, cells.allSatisfy({ $0.column <= 1 }) else { return nil }
        let rows = Dictionary(grouping: cells, by: \.row).sorted { $0.key < $1.key }.map { entry in
            (0...1).map { column in entry.value.first { $0.column == column }?.value ?? "" }
        }
        let table = TextTable(rows: rows, hasHeader: false)
        return table.isForm ? table : nil
    }

    /// The header row (one of the first rows with cells, see `TableHeader.position`)
    /// and its cells by column; row 0 and none when the sheet has no cells.
    static func header(of cells: [(row: Int, column: Int, value: String)]) -> (row: Int, cells: [Int: String]) {
        let rowNumbers = Array(Set(cells.map(\.row))).sorted().prefix(TableHeader.candidateRows)
        let rows = rowNumbers.map { number in
            let inRow = cells.filter { $0.row == number }
            let width = (inRow.map(\.column).max() ?? -1) + 1
            var row = [String](repeating: "", count: min(width, 1000))
            for cell in inRow where cell.column < row.count { row[cell.column] = cell.value.trimmingSpaces }
            return row
        }
        guard !rows.isEmpty else { return (0, [:]) }
        let index = TableHeader.position(in: rows)
        var headers: [Int: String] = [:]
        for (column, value) in rows[index].enumerated() where !value.isEmpty { headers[column] = value }
        return (rowNumbers[index], headers)
    }

    /// Sheet names in workbook order, with their part paths.
    private func sheets() -> [(name: String, path: String)] {
        guard let sheets = parts.parse("xl/workbook.xml", location: location, { xml throws(DamagedXML) in try XMLElements.parse(xml, named: "sheet") }) else { return [] }
        let relations = parts.parse("xl/_rels/workbook.xml.rels", location: location, optional: true) { xml throws(DamagedXML) in
            try XMLElements.parse(xml, named: "Relationship")
        } ?? []
        var targets: [String: String] = [:]
        for relation in relations {
            guard let id = relation["Id"], let target = relation["Target"] else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        return sheets.compactMap { sheet in
            guard let name = sheet["name"], let id = sheet["r:id"], let path = targets[id] else { return nil }
            return (LocationName.safe(name), path)
        }
    }
}

/// Attributes of every element with a given name.
final class XMLElements: NSObject, XMLParserDelegate {
    private let name: String
    private var found: [[String: String]] = []
    private init(name: String) { self.name = name }

    static func parse(_ xml: [UInt8], named name: String) throws(DamagedXML) -> [[String: String]] {
        try XMLElements(name: name).parsing(xml).found
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if element == name { found.append(attributes) }
    }
}

/// xl/sharedStrings.xml: one string per `<si>`, its `<t>` pieces joined (phonetic runs skipped).
final class SharedStrings: NSObject, XMLParserDelegate {
    private var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    static func parse(_ xml: [UInt8]) throws(DamagedXML) -> [String] {
        try SharedStrings().parsing(xml).strings
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "si": current = ""
        case "t": inText = true
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText && !inPhonetic { current += string }
    }
}

/// xl/styles.xml: the number format code of each cell style index.
final class CellFormats: NSObject, XMLParserDelegate {
    private var codes: [Int: String] = [:]
    private var styleFormats: [Int] = []
    private var inCellXfs = false

    static func parse(_ xml: [UInt8]) throws(DamagedXML) -> CellFormats {
        try CellFormats().parsing(xml)
    }

    /// The format code for a cell's style index, if it has a custom one.
    func code(forStyle style: Int) -> String? {
        guard style >= 0, style < styleFormats.count else { return nil }
        let id = styleFormats[style]
        // Built-in formats 14-22 are dates (and times); their codes are not in the file.
        return codes[id] ?? ((14...22).contains(id) ? "m/d/yyyy" : nil)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { codes[id] = code }
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs: styleFormats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "cellXfs" { inCellXfs = false }
    }
}

/// The `<c>` cells of a worksheet: reference, type, style and raw value.
final class SheetCells: NSObject, XMLParserDelegate {
    struct Cell {
        var reference: String
        var type: String
        var style: Int
        var value = ""

        /// The text a reader sees; nil for a shared-string index that is not in the table.
        func display(sharedStrings: [String], formats: CellFormats) -> String? {
            switch type {
            case "s":
                // Most indexes are bare digits: no trimming for them.
                let trimmed = value.utf8.allSatisfy({ (48...57).contains($0) }) ? value : value.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { return "" }
                guard let index = Int(trimmed), sharedStrings.indices.contains(index) else { return nil }
                return sharedStrings[index]
            case "inlineStr", "str", "e": return value
            case "b": return value == "1" ? "TRUE" : "FALSE"
            default: return NumberFormat.display(value, code: formats.code(forStyle: style))
            }
        }
    }

    private var cells: [Cell] = []
    private var current: Cell?
    private var collecting = false

    static func parse(_ xml: [UInt8]) throws(DamagedXML) -> [Cell] {
        try SheetCells().parsing(xml).cells
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "c":
            current = Cell(reference: attributes["r"] ?? "", type: attributes["t"] ?? "n", style: attributes["s"].flatMap(Int.init) ?? 0)
        case "v", "t": collecting = current != nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "c":
            if let current { cells.append(current) }
            current = nil
        case "v", "t": collecting = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { current?.value += string }
    }
}

/// Shows a stored number the way its format code does, for the codes that matter here:
/// digit placeholders with literal separators (`000-00-0000`, `0000 0000 0000 0000`).
enum NumberFormat {
    static func display(_ raw: String, code: String?) -> String {
        if let code, isDate(code), let serial = Double(raw), let date = date(serial: serial) { return date }
        let integer = integerText(raw)
        guard let code, let integer else { return integer ?? raw }
        let pattern = literalPattern(code)
        let placeholders = pattern.filter { $0 == "0" || $0 == "#" }.count
        let zeros = pattern.filter { $0 == "0" }.count
        guard placeholders > 0, pattern.allSatisfy({ "0#- ()".contains($0) }), integer.count <= placeholders else {
            return integer
        }
        var digits = Array(String(repeating: "0", count: max(0, zeros - integer.count)) + integer)
        var output = ""
        for character in pattern.reversed() {
            if character == "0" || character == "#" {
                if let digit = digits.popLast() { output.insert(digit, at: output.startIndex) }
            } else {
                output.insert(character, at: output.startIndex)
            }
        }
        return String(digits) + output
    }

    /// A format that shows a date: day or year placeholders outside quotes and brackets.
    static func isDate(_ code: String) -> Bool {
        var quoted = false
        var bracketed = false
        var escaped = false
        for character in code.prefix(while: { $0 != ";" }) {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracketed = true
            case "]" where !quoted: bracketed = false
            case _ where "dDyY".contains(character) && !quoted && !bracketed: return true
            default: break
            }
        }
        return false
    }

    /// An Excel date serial (days since 1899-12-30) as a reader sees it: `10/07/2012`.
    static func date(serial: Double) -> String? {
        guard serial >= 1, serial < 2_958_466 else { return nil }  // 1900-01-01 ... 9999-12-31
        let (year, month, day) = ExcelSerial.civilDate(Int(serial.rounded(.down)))
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(pad(month))/\(pad(day))/\(year)"
    }

    /// "536904399", "5.36904399E8" → "536904399"; nil when not a whole number.
    static func integerText(_ raw: String) -> String? {
        if !raw.isEmpty, raw.allSatisfy(\.isNumber) { return raw }
        guard let value = Double(raw), value.rounded() == value, abs(value) < 1e15 else { return nil }
        return String(Int64(value))
    }

    /// The first section of a format code, with escapes and quoted literals unwrapped.
    static func literalPattern(_ code: String) -> String {
        var pattern = ""
        var quoted = false
        var escaped = false
        for character in code.prefix(while: { $0 != ";" }) {
            if escaped { pattern.append(character); escaped = false }
            else if character == "\\" { escaped = true }
            else if character == "\"" { quoted.toggle() }
            else { pattern.append(character) }
        }
        return pattern
    }
}
