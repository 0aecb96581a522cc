/// A table found in running text: its rows of cells, and whether the first row is a header.
struct TextTable: Equatable {
    var rows: [[String]]
    var hasHeader: Bool
}

/// Finds the tables a person sees in plain text: at least three consecutive lines with the
/// same number of tabs, `|` or `;` (one or more) or commas (two or more), or lines whose
/// words stand in the same columns (a report printed with spaces, a PDF page laid out by
/// `PDFLayout`). Written by hand: no library here reads tables out of text.
enum TableFinder {
    static let minimumRows = 3
    /// Longer lines are not a printed report (and keep the column search cheap).
    static let maxFixedWidthLine = 1000
    /// What looking at one line costs the search budget beyond its characters.
    private static let lineCost = 16

    /// The tables in `text`, in order, and the text with their lines left empty, so that
    /// what is read as cells is not read again as prose.
    static func split(_ text: String) -> (prose: String, tables: [TextTable]) {
        guard text.utf8.contains(10) else { return (text, []) }
        var lines = Self.lines(of: text)
        var tables: [TextTable] = []
        var index = 0
        // The search may look at a line again from several starts: bounded, so a crafted
        // text stays linear (past the bound, what is left is read as prose).
        var budget = 16 * text.utf8.count + (1 << 20)
        var labelLines = LabelLines(count: lines.count)
        var separatorCounts = SeparatorCounts(count: lines.count)
        while index < lines.count, budget > 0 {
            if let (end, lined) = delimitedTable(lines, from: index, budget: &budget, counts: &separatorCounts)
                ?? fixedWidthTable(lines, from: index, budget: &budget)
                ?? colonForm(lines, from: index, reading: &labelLines) {
                var rows = lined
                // The header is the row of words that names the most columns. Lines of words
                // above it are the first lines of a header set on two lines ("Payment Card"
                // over "#"); anything else above it (a title with a run date) is not part of
                // the table.
                let position = TableHeader.position(in: rows)
                if position > 0 {
                    guard rows[..<position].allSatisfy(TableHeader.continuesHeader) else {
                        index += 1
                        continue
                    }
                    rows = [TableHeader.joined(Array(rows[...position]))] + rows[(position + 1)...]
                }
                tables.append(TextTable(rows: rows, hasHeader: TableHeader.reads(rows[0])))
                for line in index..<end { lines[line] = "" }
                index = end
            } else {
                index += 1
            }
        }
        return tables.isEmpty ? (text, []) : (lines.joined(separator: "\n"), tables)
    }

    /// The lines of `text`, parted by LF or CRLF, read as bytes (both are ASCII, so every
    /// cut falls between characters).
    static func lines(of text: String) -> [Substring] {
        text.utf8.split(separator: 10, omittingEmptySubsequences: false).map { line in
            Substring(line.last == 13 ? line.dropLast() : line)
        }
    }

    // MARK: Separated values

    private static let separators: [(byte: UInt8, minimum: Int)] = [
        (UInt8(ascii: "\t"), 1), (UInt8(ascii: "|"), 1), (UInt8(ascii: ";"), 1), (UInt8(ascii: ","), 2),
    ]

    private static func delimitedTable(
        _ lines: [Substring], from start: Int, budget: inout Int, counts: inout SeparatorCounts
    ) -> (end: Int, rows: [[String]])? {
        for (which, separator) in separators.enumerated() {
            let count = counts.count(which, in: start, of: lines)
            guard count >= separator.minimum else { continue }
            // Blank lines and rule lines between rows (double-spaced exports, HTML row markup,
            // "+----+" borders of a printed grid) do not end it.
            var end = start + 1
            var probe = end
            while probe < lines.count {
                budget -= lines[probe].utf8.count + lineCost
                guard budget > 0 else { return nil }
                if isRule(lines[probe]) { probe += 1; continue }
                guard counts.count(which, in: probe, of: lines) == count else { break }
                probe += 1
                end = probe
            }
            // Too few lines for a table: most prose lines with commas end here, unparsed. Two
            // lines of tabs or bars are one when they read as a header and its row (a Word
            // table about one student) or as label/value pairs side by side.
            guard end - start >= minimumRows || (end - start == 2 && separator.byte != UInt8(ascii: ",") && separator.byte != UInt8(ascii: ";"))
            else { continue }
            var rows = lines[start..<end].filter { !isRule($0) }.map { line in
                var cells: [String] = []
                DelimitedText.forEachRow(String(line), separator: separator.byte) { cells = $0; return false }
                return cells.map { $0.trimmingSpaces }
            }
            // "| a | b |" and Markdown's "|---|---|" rule lines.
            if rows.allSatisfy({ $0.first?.isEmpty == true && $0.last?.isEmpty == true && $0.count > 2 }) {
                rows = rows.map { Array($0.dropFirst().dropLast()) }
            }
            rows.removeAll { row in row.allSatisfy { $0.allSatisfy { "-:=+ ".contains($0) } } }
            guard rows.count >= 2, let header = rows.first, header.filter({ !$0.isEmpty }).count >= 2 else { continue }
            if rows.count < minimumRows, !TableHeader.reads(header), !rows.allSatisfy({ TextTable.pairs(of: $0).count >= 2 }) { continue }
            return (end, rows)
        }
        return nil
    }

    /// A blank line, or one drawn only with `-`, `=`, `+`, `_`, `:` and spaces.
    private static func isRule(_ line: Substring) -> Bool {
        line.allSatisfy { $0.isWhitespace || "-=+_:".contains($0) }
    }

    /// Each line's count of each separator outside double quotes, counted once for all four
    /// separators when first asked: a table is looked for from every line, with each separator.
    struct SeparatorCounts {
        private var counts: [Int32]

        init(count: Int) { counts = Array(repeating: -1, count: count * separators.count) }

        /// The count of `separators[which]` in line `index`.
        mutating func count(_ which: Int, in index: Int, of lines: [Substring]) -> Int {
            let first = index * separators.count
            if counts[first] < 0 {
                var quoted = false
                var found = [Int32](repeating: 0, count: separators.count)
                for byte in lines[index].utf8 {
                    if byte == UInt8(ascii: "\"") {
                        quoted.toggle()
                    } else if !quoted, let position = separators.firstIndex(where: { $0.byte == byte }) {
                        found[position] += 1
                    }
                }
                counts.replaceSubrange(first..<(first + separators.count), with: found)
            }
            return Int(counts[first + which])
        }
    }

    // MARK: Forms written as lines

    /// Three or more lines in a row of "Label: value" ("Student: Esposito, Priya", "ID Number:
    /// 68794", "DOB: 21 October 2018"), as a form typed into a document or a message: rows of
    /// two cells, the label keeping its colon (a label, not a column's name).
    private static func colonForm(_ lines: [Substring], from start: Int, reading labelLines: inout LabelLines) -> (end: Int, rows: [[String]])? {
        var rows: [[String]] = []
        var index = start
        while index < lines.count, let row = labelLines.row(index, of: lines) {
            rows.append(row)
            index += 1
        }
        return rows.count >= minimumRows ? (index, rows) : nil
    }

    /// Each line's `colonLine`, read once: a form is looked for from every line, and a line
    /// may be read again from the lines before it.
    struct LabelLines {
        private var rows: [[String]??]

        init(count: Int) { rows = Array(repeating: nil, count: count) }

        mutating func row(_ index: Int, of lines: [Substring]) -> [String]? {
            if let known = rows[index] { return known }
            let row = colonLine(lines[index])
            rows[index] = .some(row)
            return row
        }
    }

    static func colonLine(_ line: Substring) -> [String]? {
        guard line.utf8.count <= 200, !isPlainNonLabel(line) else { return nil }
        return colonLineByCharacters(line)
    }

    /// `colonLine` without the look at bytes first.
    static func colonLineByCharacters(_ line: Substring) -> [String]? {
        guard line.utf8.count <= 200, let colon = line.firstIndex(of: ":") else { return nil }
        let label = String(line[..<colon]).trimmingSpaces
        let value = String(line[line.index(after: colon)...]).trimmingSpaces
        // "https://…" and "10:15" are no labels.
        guard !label.isEmpty, !value.isEmpty, label.count <= 40, label.split(separator: " ").count <= 5,
              label.first?.isLetter == true, !value.hasPrefix("//"), TableHeader.isLabel(label)
        else { return nil }
        return [label + ":", value]
    }

    /// Most lines are no label line, told on their bytes without a string: no colon, or ASCII
    /// before the first colon that does not start with a letter or is longer than a label.
    /// (Before a colon byte that is not ASCII or is followed by an accent, characters decide.)
    private static func isPlainNonLabel(_ line: Substring) -> Bool {
        let bytes = line.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return true }
        let before = bytes[..<colon]
        guard before.allSatisfy({ $0 < 0x80 }) else { return false }
        let label = before.drop { $0 == 32 || $0 == 9 || $0 == 13 }
        guard let first = label.first else { return true }
        let lettered = (first | 0x20) >= 97 && (first | 0x20) <= 122
        let trailing = label.reversed().prefix { $0 == 32 || $0 == 9 || $0 == 13 }.count
        guard lettered, label.count - trailing <= 40 else { return true }
        // A label is five words at most (parted by spaces, as `colonLineByCharacters` counts).
        return label.dropLast(trailing).split(separator: 32).count > 5
    }

    // MARK: Fixed-width columns

    /// The longest run of lines from `start` that share at least two columns: character
    /// positions that are blank in every line of the run, two or more wide, part them. A
    /// line with text in one column only, right under a row, is that row's cell wrapped
    /// onto the next line (a Notes column in a PDF report).
    private static func fixedWidthTable(_ lines: [Substring], from start: Int, budget: inout Int) -> (end: Int, rows: [[String]])? {
        guard hasTwoColumns(lines[start]), let table = fixedWidthRun(lines, from: start, budget: &budget) else { return nil }
        // A title line across the columns merges them: starting one line later then
        // finds more columns, and the title stays prose.
        if let later = fixedWidthRun(lines, from: start + 1, budget: &budget), later.rows[0].count > table.rows[0].count { return nil }
        return table
    }

    private static func fixedWidthRun(_ lines: [Substring], from start: Int, budget: inout Int) -> (end: Int, rows: [[String]])? {
        var blank: [Bool] = []
        var columns: [Range<Int>] = []
        var rowLines: [[Unicode.Scalar]] = []
        var wrapped: [Int: [[Unicode.Scalar]]] = [:]  // row → its continuation lines
        var index = start
        var end = start
        while index < lines.count {
            let line = Array(lines[index].unicodeScalars)
            guard line.count <= maxFixedWidthLine else { break }
            // Up to two blank lines between rows (a PDF row drawn tall) do not end the table.
            guard line.contains(where: { !isBlank($0) }) else {
                if rowLines.isEmpty || index - end >= 2 { break }
                index += 1
                continue
            }
            let width = max(blank.count, line.count)
            budget -= width + lineCost
            guard budget > 0 else { return nil }
            let merged = (0..<width).map { position in
                (rowLines.isEmpty || position >= blank.count || blank[position]) && (position >= line.count || isBlank(line[position]))
            }
            let candidate = contentRanges(merged)
            // Rows before need checking again only when the columns changed.
            let rowsToCheck = candidate == columns ? [line] : rowLines + [line]
            // After blank lines only a row with text in two of the columns so far continues
            // the table (a title block above a report does not run into it).
            let afterBlank = index > end
            if afterBlank, filledColumns(line, columns) < 2 { break }
            if candidate.count >= 2, rowsToCheck.allSatisfy({ filledColumns($0, candidate) >= 2 }) {
                rowLines.append(line)
            } else if !rowLines.isEmpty, !afterBlank, candidate.count == columns.count, filledColumns(line, candidate) == 1 {
                wrapped[rowLines.count - 1, default: []].append(line)
            } else {
                break
            }
            blank = merged
            columns = candidate
            index += 1
            end = index
        }
        guard rowLines.count >= minimumRows else { return nil }
        let rows = rowLines.enumerated().map { number, line in
            var row = cells(of: line, in: columns)
            for extra in wrapped[number] ?? [] {
                for (column, text) in cells(of: extra, in: columns).enumerated() where !text.isEmpty {
                    row[column] += row[column].isEmpty ? text : " " + text
                }
            }
            return row
        }
        return (end, rows)
    }

    private static func cells(of line: [Unicode.Scalar], in columns: [Range<Int>]) -> [String] {
        columns.map { column in
            String(String.UnicodeScalarView(line[min(column.lowerBound, line.count)..<min(column.upperBound, line.count)])).trimmingSpaces
        }
    }

    /// Ranges of positions holding text, parted by two or more blank positions.
    private static func contentRanges(_ blank: [Bool]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var position = 0
        while position < blank.count {
            guard !blank[position] else { position += 1; continue }
            var end = position + 1
            while end < blank.count {
                if !blank[end] {
                    end += 1
                } else if end + 1 < blank.count, !blank[end + 1] {
                    end += 2  // one blank inside a column ("Jane Doe")
                } else {
                    break
                }
            }
            ranges.append(position..<end)
            position = end
        }
        return ranges
    }

    private static func filledColumns(_ line: [Unicode.Scalar], _ columns: [Range<Int>]) -> Int {
        columns.filter { column in
            column.lowerBound < line.count && line[column.lowerBound..<min(column.upperBound, line.count)].contains { !isBlank($0) }
        }.count
    }

    /// Whether the line alone has text in two columns: two or more blanks between text. A
    /// run never starts on a line without (most prose lines), so it is not read as scalars.
    private static func hasTwoColumns(_ line: Substring) -> Bool {
        var seenText = false
        var blanks = 0
        for byte in line.utf8 {
            if byte == 32 || byte == 9 {
                blanks += 1
            } else {
                if seenText && blanks >= 2 { return true }
                seenText = true
                blanks = 0
            }
        }
        return false
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t"
    }
}

/// Which row of a table is its header, and how a header reads: two or more short cells of
/// words, none holding a number a detector could want (three or more digits in a row).
enum TableHeader {
    static let maxLength = 60

    /// Rows a header may stand in: a report or sheet may carry title and date lines above it.
    static let candidateRows = 5

    /// Which of the first rows is the header: the one that reads as a header and fills the
    /// most cells (the first of equals); 0 when none does. Once a second row of values has
    /// passed, the data has begun: a footer of words below it is no header.
    static func position(in rows: [[String]]) -> Int {
        var best = (index: 0, filled: 0)
        var valueRows = 0
        for (index, row) in rows.prefix(candidateRows).enumerated() {
            let filled = row.filter { !$0.isEmpty }.count
            if reads(row) {
                if filled > best.filled { best = (index, filled) }
            } else if filled >= 2 {
                valueRows += 1
                if valueRows == 2 { break }
            }
        }
        return best.index
    }

    /// A row that can be the upper line of a two-line header: short words, no digits.
    static func continuesHeader(_ row: [String]) -> Bool {
        row.allSatisfy { $0.isEmpty || ($0.count <= 30 && $0.contains(where: \.isLetter) && !$0.contains(where: \.isNumber)) }
    }

    /// Header lines joined column by column, top to bottom.
    static func joined(_ lines: [[String]]) -> [String] {
        let width = lines.map(\.count).max() ?? 0
        return (0..<width).map { column in
            lines.compactMap { column < $0.count && !$0[column].isEmpty ? $0[column] : nil }.joined(separator: " ")
        }
    }

    static func reads(_ row: [String]) -> Bool {
        // A "#" column (the row's number) heads many printed lists. A label with its colon
        // ("Grade: | 3rd") has its value beside it: a form's line, not a header.
        let cells = row.filter { !$0.isEmpty && $0.trimmingSpaces != "#" }
        return cells.count >= 2 && cells.allSatisfy(isLabel) && !cells.contains { $0.trimmingSpaces.hasSuffix(":") }
    }

    /// Short, with words, and no number a detector could want: three digits are part of a
    /// name only when words follow them ("504 Plan"; "Room 104" is a value); four or more
    /// digits are a value.
    static func isLabel(_ cell: String) -> Bool {
        guard cell.count <= maxLength, cell.contains(where: \.isLetter), !cell.utf8.hasDigitRun(4) else { return false }
        // A gradebook's "Unit 2 Test (100)": the points in parentheses are part of the name.
        let trimmed = cell.trimmingSpaces
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("), trimmed[..<open].contains(where: \.isLetter) {
            return !trimmed[..<open].utf8.hasDigitRun(3)
        }
        return !cell.utf8.hasDigitRun(3) || trimmed.last?.isLetter == true
    }

    /// An export's column name as the words it stands for: `SocSecNum` → `Soc Sec Num`,
    /// `SOC_SEC_NO` → `SOC SEC NO`, `EmpSSN` → `Emp SSN`, `Soc.Sec.#` → `Soc. Sec.#`,
    /// `STUDENT-ID` → `STUDENT ID`.
    static func words(_ header: String) -> String {
        let characters = Array(header)
        var words = ""
        for (index, character) in characters.enumerated() {
            // `LAST_NAME`; `DATE-OF-BIRTH` as state reporting files write it.
            if character == "_" || (character == "-" && index > 0 && characters[index - 1].isLetter
                                    && index + 1 < characters.count && characters[index + 1].isLetter) {
                words.append(" ")
                continue
            }
            if index > 0, characters[index - 1] == ".", character.isLetter {
                words.append(" ")
            } else if index > 0, character.isUppercase {
                let previous = characters[index - 1]
                let nextIsLower = index + 1 < characters.count && characters[index + 1].isLowercase
                if previous.isLowercase || (previous.isUppercase && nextIsLower) { words.append(" ") }
            }
            words.append(character)
        }
        return words
    }

    /// A header as it may appear in a location: one line, at most 40 characters.
    static func shown(_ header: String) -> String {
        let short = header.count > 40 ? header.prefix(39) + "…" : Substring(header)
        return LocationName.safe(String(short))
    }

}

extension ExtractionContext {
    /// Text a person reads as a page: each table in it is read cell by cell with its column
    /// header (`› table 1 › row 3 (SSN)`), the rest as one text. A first table without a
    /// header row but with as many columns as `continuing` (the header of a table on the
    /// page before) continues that table. Returns the header of the last table.
    @discardableResult
    func addDocument(_ location: String, _ text: String, continuing: [String]? = nil) -> [String]? {
        // Normalised first (a row of no-break spaces is a blank line), and only once.
        let split = TableFinder.split(TextNormalizer.normalize(text))
        addNormalized(location, Self.fieldGaps(split.prose))
        var header: [String]?
        for (number, table) in split.tables.enumerated() {
            header = table.hasHeader ? table.rows[0] : nil
            if header == nil, number == 0, let continuing, continuing.count == table.rows[0].count { header = continuing }
            addTable(table, header: header, at: "\(location) › table \(number + 1)")
        }
        return header
    }

    /// A page's wide gaps (four spaces or more: "Student ID:" at one side of a form, its value
    /// at the other) read as one tab, so a label stays next to its value.
    static func fieldGaps(_ text: String) -> String {
        // Four spaces in a row, looked for on the bytes (most texts have none).
        var run = 0
        guard text.utf8.contains(where: { byte in
            run = byte == 32 ? run + 1 : 0
            return run == 4
        }) else { return text }
        return text.scalarsStandAlone ? fieldGapsOnBytes(text) : fieldGapsByCharacters(text)
    }

    static func fieldGapsByCharacters(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var spaces = 0
        for character in text {
            if character == " " { spaces += 1; continue }
            if spaces > 0 {
                // Leading indentation goes: it parts nothing.
                if spaces < 4 { result += String(repeating: " ", count: spaces) } else if !(result.isEmpty || result.last == "\n") { result += "\t" }
                spaces = 0
            }
            result.append(character)
        }
        return result
    }

    /// `fieldGaps` of a text whose every scalar is a character by itself, on its bytes.
    static func fieldGapsOnBytes(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var spaces = 0
        for byte in text.utf8 {
            if byte == 32 { spaces += 1; continue }
            if spaces > 0 {
                // As a line's start: nothing yet, or a line feed that is a character by itself (not CR LF's).
                let atLineStart = result.isEmpty || (result.last == 10 && (result.count < 2 || result[result.count - 2] != 13))
                if spaces < 4 { result += repeatElement(32, count: spaces) } else if !atLineStart { result.append(9) }
                spaces = 0
            }
            result.append(byte)
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// A table's rows. With a header, every cell is its own text, "Header: value", so a
    /// label never reaches into another column; without one, every row is one text.
    private func addTable(_ table: TextTable, header: [String]?, at location: String) {
        if table.isForm { return addForm(table, at: location) }
        let columns = header.map(ColumnHeader.columns)
        for (index, row) in table.rows.enumerated() {
            guard inTime(at: location) else { return }
            let rowLocation = "\(location) › row \(index + 1)"
            guard let columns, !(table.hasHeader && index == 0) else {
                addNormalized(rowLocation, row.joined(separator: "\t"))
                continue
            }
            // In a two-column form ("SSN | 536-90-4399" under "Employee | Jane Doe") the
            // label is the row's first cell: it stands between header and value.
            let key = row.count == 2 && TableHeader.isLabel(row[0]) ? row[0] : nil
            for (columnIndex, cell) in row.enumerated() where !cell.isEmpty {
                let column = columnIndex < columns.count ? columns[columnIndex] : .unnamed
                let value = columnIndex == 1 ? key.map { "\($0): \(cell)" } ?? cell : cell
                addNormalized(column.location(rowLocation), column.text(value), cell: column.cell(of: location, row: index))
            }
        }
    }
}

extension TextTable {
    /// A form: label and value pairs on each line ("Student Name | Jordan Smith", "Date of
    /// Birth | 03/14/2016", or two pairs side by side: "Student | Jordan Smith | ID | 482917"),
    /// at least three pairs and nearly every line so (a signature line may stand at the end),
    /// and at least half the labels name a field (a list of names and numbers has two columns
    /// too). The labels run down the even columns: no header row.
    var isForm: Bool {
        let pairRows = rows.filter { !Self.pairs(of: $0).isEmpty }
        let pairs = pairRows.flatMap(Self.pairs)
        let fields = pairs.filter { pair in
            !Set(pair.label.lowercased().split { !$0.isLetter }).isDisjoint(with: Self.fieldWords)
        }
        return pairs.count >= TableFinder.minimumRows && pairRows.count * 10 >= rows.count * 8 && fields.count * 2 >= pairs.count
    }

    /// A row's label/value pairs (its empty cells are the gaps of a page), or none when it is
    /// not all pairs.
    static func pairs(of row: [String]) -> [(label: String, value: String)] {
        let cells = row.filter { !$0.isEmpty }
        guard cells.count >= 2, cells.count % 2 == 0 else { return [] }
        var pairs: [(label: String, value: String)] = []
        for index in stride(from: 0, to: cells.count, by: 2) {
            guard !cells[index].isEmpty, !cells[index + 1].isEmpty, TableHeader.isLabel(cells[index]) else { return [] }
            pairs.append((cells[index], cells[index + 1]))
        }
        return pairs
    }

    /// Words of the labels forms ask for.
    static let fieldWords: Set<Substring> = [
        "name", "date", "birth", "dob", "address", "street", "city", "state", "zip", "phone", "cell", "tel", "email",
        "id", "no", "number", "grade", "school", "student", "parent", "guardian", "ssn", "social", "security", "card",
        "emergency", "contact", "allergies", "medication", "doctor", "physician", "insurance", "teacher", "homeroom",
        "gender", "sex", "age", "signature", "relationship", "employer", "employee", "account", "title", "department",
        "birthdate", "disability", "plan", "gpa", "credits", "services", "accommodations", "incident", "diagnosis",
    ]
}

extension ExtractionContext {
    /// A form is about one person or thing: every line is "Label: value" at `› row N (Label)`,
    /// and all of them are one record (row 1 of the table).
    func addForm(_ table: TextTable, at location: String) {
        let labels = table.rows.flatMap { TextTable.pairs(of: $0).map(\.label) }
        let subject = TableSubject.isStudents(labels) ? "Student" : nil
        for (index, row) in table.rows.enumerated() {
            guard inTime(at: location) else { return }
            // A line that is not all pairs (a signature) is its first cell's, like a pair's value.
            let pairs = TextTable.pairs(of: row)
            let lines = pairs.isEmpty ? [(label: row[0], value: row.dropFirst().filter { !$0.isEmpty }.joined(separator: "\t"))] : pairs
            for line in lines where !line.value.isEmpty {
                let column = ColumnHeader(line.label, subject: subject)
                addNormalized(column.location("\(location) › row \(index + 1)"), column.text(line.value), cell: column.cell(of: location, row: 1))
            }
        }
    }
}

/// A column's header as its cells use it, worked out once per table: the label read just
/// before each value (an export's name as words) and the name shown in locations.
struct ColumnHeader {
    let label: String
    let shown: String

    /// `subject`: what the table's rows are, when its headers say ("Student": a bare "ID"
    /// column is then a student ID, as a person reading the table takes it).
    init(_ header: String, subject: String? = nil) {
        // A form's "Student ID:" is the column "Student ID".
        let trimmed = header.trimmingSpaces.hasSuffix(":") ? String(header.trimmingSpaces.dropLast()).trimmingSpaces : header.trimmingSpaces
        let words = trimmed.isEmpty ? "" : TableHeader.words(trimmed)
        label = subject.map { Self.bareIDs.contains(words.lowercased()) ? "\($0) \(words)" : words } ?? words
        shown = trimmed.isEmpty ? "" : TableHeader.shown(trimmed)
    }

    /// The headers of one table, each read with the others: in a table about students, "ID"
    /// and "ID #" are the student's.
    static func columns(_ headers: [String]) -> [ColumnHeader] {
        let subject = TableSubject.isStudents(headers) ? "Student" : nil
        return headers.map { ColumnHeader($0, subject: subject) }
    }

    static let bareIDs: Set<String> = ["id", "id #", "id#", "id no", "id no.", "id number", "id num", "#"]

    static let unnamed = ColumnHeader("")

    /// `536904399` → `SSN: 536904399`.
    func text(_ value: String) -> String {
        label.isEmpty ? value : "\(label): \(value)"
    }

    /// The cell's place in its table (`table`: the table's location), for reading rows as records.
    func cell(of table: String, row: Int) -> TableCell {
        TableCell(table: table, row: row, column: label)
    }

    /// `roster.csv › B4` → `roster.csv › B4 (SSN)`.
    func location(_ place: String) -> String {
        Self.location(place, shown: shown)
    }

    static func location(_ place: String, shown: String) -> String {
        shown.isEmpty ? place : "\(place) (\(shown))"
    }
}

/// What a table's rows are about, by its headers: students when a header names them (Student,
/// Pupil) or the table has a grade-level or homeroom column beside a name, and no header names
/// staff, vendors or orders.
enum TableSubject {
    static func isStudents(_ headers: [String]) -> Bool {
        let words = Set(headers.flatMap { $0.lowercased().split { !$0.isLetter } })
        guard words.isDisjoint(with: notStudents) else { return false }
        return !words.isDisjoint(with: students) || (words.contains("name") && !words.isDisjoint(with: classes))
    }

    static let students: Set<Substring> = ["student", "students", "stu", "pupil", "pupils"]
    static let classes: Set<Substring> = ["grade", "gr", "grd", "homeroom", "hr", "guardian", "parent"]
    static let notStudents: Set<Substring> = [
        "employee", "emp", "staff", "teacher", "position", "department", "dept", "vendor", "invoice", "order", "supplier",
    ]
}
