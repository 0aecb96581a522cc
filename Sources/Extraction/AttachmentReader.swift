import Foundation

/// Reads one attachment (or archive member) by what its bytes are, not only by what it is
/// called: magic numbers first, then the declared type and the file name's extension.
struct AttachmentReader {
    let context: ExtractionContext

    enum Format: Equatable {
        case text, html, delimited(separator: UInt8), message
        case docx, xlsx, pptx, openDocument, zip, pdf
        case media
        case compoundFile
        case archive(ArchiveReader.Kind)
        case richText, calendarOrCard
        case unknown
    }

    func read(_ bytes: [UInt8], name: String, mimeType: String, charset: String?, location: String, depth: Int) {
        guard context.within(depth: depth, at: location) else { return }
        context.reading(location)
        let dangers = context.limits.attachments.dangers(of: bytes, name: name)
        for danger in dangers { context.dangerous(location, danger) }
        // A program or disk image holds no text a reader reads (and is not "unknown").
        if dangers.contains(where: \.isProgram) { return }
        switch Self.format(of: bytes, name: name, mimeType: mimeType, maxArchiveMembers: context.limits.maxArchiveMembers) {
        case .text:
            context.addDocument(location, CharsetDecoder.decode(bytes, declared: charset))
        case .html:
            let rendered = HTMLText.render(CharsetDecoder.decode(bytes, declared: charset))
            context.addDocument(location, rendered.visible)
            context.add(location + " › hidden", rendered.hidden, hidden: true)
        case .delimited(let declared):
            let text = CharsetDecoder.decode(bytes, declared: charset)
            DelimitedText.read(text, separator: DelimitedText.separator(of: text, declared: declared), location: location, context: context)
        case .message:
            MessageReader.read(bytes, prefix: location + " › ", depth: depth, context: context, fallbackLocation: "text")
        case .docx, .xlsx, .pptx, .openDocument:
            OfficeReader(context: context).read(bytes, location: location)
        case .zip:
            ZipReader(context: context).read(bytes, location: location, depth: depth)
        case .pdf:
            PDFReader.read(bytes, location: location, context: context)
        case .media:
            break  // Pictures, sound, video and Mac metadata carry no text a reader reads; OCR is not attempted.
        case .compoundFile:
            CompoundFileReader(context: context).read(bytes, location: location, depth: depth)
        case .archive(let kind):
            ArchiveReader(context: context).read(bytes, kind: kind, name: name, location: location, depth: depth)
        case .richText:
            RichTextReader(context: context).read(bytes, location: location, depth: depth)
        case .calendarOrCard:
            CalendarCardReader(context: context).read(bytes, location: location, depth: depth)
        case .unknown:
            // A file refused for its name (a `.lnk`) needs no "unknown binary" beside it.
            if dangers.isEmpty { context.unscannable(location, .unsupportedFormat, "unknown binary (\(mimeType))") }
        }
    }

    static func format(of bytes: [UInt8], name: String, mimeType: String, maxArchiveMembers: Int = ExtractionLimits().maxArchiveMembers) -> Format {
        let parts = name.split(separator: ".")
        let fileExtension = parts.count > 1 ? parts[parts.count - 1].lowercased() : ""
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return ZipReader.officeFormat(of: bytes, maxEntries: maxArchiveMembers) ?? .zip
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return .compoundFile }
        if let kind = ArchiveReader.kind(of: bytes, fileExtension: fileExtension) { return .archive(kind) }
        if RichText.looksLikeRTF(bytes) { return .richText }
        if CalendarCardReader.looksLikeCalendarOrCard(bytes) { return .calendarOrCard }
        if Self.mediaSignatures.contains(where: { bytes.starts(with: $0) }) || Self.isMediaBox(bytes)
            || ["image/", "audio/", "video/"].contains(where: { mimeType.hasPrefix($0) }) {
            return .media
        }
        switch fileExtension {
        case "csv": return .delimited(separator: UInt8(ascii: ","))
        case "tsv", "tab": return .delimited(separator: UInt8(ascii: "\t"))
        case "htm", "html", "xhtml": return .html
        case "eml": return .message
        default: break
        }
        switch mimeType {
        case "text/csv": return .delimited(separator: UInt8(ascii: ","))
        case "text/tab-separated-values": return .delimited(separator: UInt8(ascii: "\t"))
        case "text/html": return .html
        case "message/rfc822": return .message
        default: break
        }
        if mimeType.hasPrefix("text/") || looksLikeText(bytes) { return .text }
        return .unknown
    }

    /// Text, in some charset: no NUL bytes (unless UTF-16) and few control characters.
    static func looksLikeText(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        if sample.isEmpty { return true }
        if CharsetDecoder.looksLikeUTF16(Array(sample)) { return true }
        let controls = sample.filter { $0 < 0x20 && $0 != 9 && $0 != 10 && $0 != 13 && $0 != 12 }.count
        return controls * 100 <= sample.count
    }

    /// Pictures, sound and video; and the AppleDouble and AppleSingle files (`._name`) a Mac
    /// adds beside each file it archives, which hold its metadata, not its content.
    private static let mediaSignatures: [[UInt8]] = [
        [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF], Array("GIF8".utf8), Array("RIFF".utf8), Array("ID3".utf8),
        [0x49, 0x49, 0x2A, 0x00], [0x4D, 0x4D, 0x00, 0x2A], Array("OggS".utf8), Array("fLaC".utf8), [0x1A, 0x45, 0xDF, 0xA3],
        [0x00, 0x05, 0x16, 0x07], [0x00, 0x05, 0x16, 0x00],
    ]

    /// MP4, MOV, HEIC and AVIF: an `ftyp` box first, whatever its size.
    private static func isMediaBox(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 12 && bytes[4..<8].elementsEqual("ftyp".utf8)
    }
}

/// Comma- or tab-separated tables: each cell becomes "Header: value" at `name › C4 (Header)`,
/// so a column headed SSN gives every bare nine-digit value in it the SSN keyword it needs.
enum DelimitedText {
    static func read(_ text: String, separator: UInt8, location: String, context: ExtractionContext) {
        // The header is one of the first rows (title lines may stand above it), so
        // those are held until it is known; the rest streams.
        var leading: [[String]] = []
        var header: (row: Int, columns: [ColumnHeader])?
        var rowIndex = 0
        func emit(_ row: [String], at index: Int) {
            let belowHeader = header.map { index > $0.row } ?? false
            for (column, cell) in row.enumerated() where !cell.isEmpty {
                let heading = header.flatMap { !belowHeader || column >= $0.columns.count ? nil : $0.columns[column] } ?? .unnamed
                context.add(CellPlace(table: location, separator: " › ", column: column, row: index + 1, header: heading.shown), heading.text(cell),
                            cell: belowHeader ? heading.cell(of: location, row: index) : nil)
            }
        }
        func decideHeader() {
            let row = TableHeader.position(in: leading)
            header = leading.isEmpty ? nil : (row, ColumnHeader.columns(leading[row]))
            for (index, row) in leading.enumerated() { emit(row, at: index) }
            leading = []
        }
        forEachRow(text, separator: separator) { row in
            guard context.inTime(at: location) else { return false }
            if header == nil {
                leading.append(row)
                if leading.count == TableHeader.candidateRows { decideHeader() }
            } else {
                emit(row, at: rowIndex)
            }
            rowIndex += 1
            return true
        }
        if header == nil { decideHeader() }
    }

    /// The separator a file really uses: a ".csv" from a state reporting system or a European
    /// spreadsheet may part its fields with `;`, `|`, `^` or tabs. The one its first line holds
    /// most often, when the declared one is not there at all.
    static func separator(of text: String, declared: UInt8) -> UInt8 {
        let firstLine = text.utf8.prefix(4096).prefix { $0 != 10 && $0 != 13 }
        guard !firstLine.contains(declared) else { return declared }
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|"), UInt8(ascii: "^")]
        let counts = candidates.map { candidate in (candidate, firstLine.filter { $0 == candidate }.count) }
        return counts.max { $0.1 < $1.1 }.flatMap { $0.1 > 0 ? $0.0 : nil } ?? declared
    }

    static func parse(_ text: String, separator: UInt8) -> [[String]] {
        var rows: [[String]] = []
        forEachRow(text, separator: separator) { rows.append($0); return true }
        return rows
    }

    /// RFC 4180 fields: quotes around fields, doubled quotes inside them, CRLF or LF rows.
    /// Rows are handed over one at a time, so a large table is never held whole; `body`
    /// answers false to stop (the deadline has passed).
    static func forEachRow(_ text: String, separator: UInt8, _ body: ([String]) -> Bool) {
        var row: [String] = []
        var field: [UInt8] = []
        var quoted = false
        let bytes = Array(text.utf8)
        var index = 0
        func endField() {
            row.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    // The run of bytes up to the next quote, in one append.
                    let end = bytes[index...].firstIndex(of: UInt8(ascii: "\"")) ?? bytes.count
                    field.append(contentsOf: bytes[index..<end])
                    index = end
                    continue
                }
            } else if byte == UInt8(ascii: "\"") && field.isEmpty {
                quoted = true
            } else if byte == separator {
                endField()
            } else if byte == 10 || byte == 13 {
                if byte == 13, index + 1 < bytes.count, bytes[index + 1] == 10 { index += 1 }
                endField()
                guard body(row) else { return }
                row.removeAll(keepingCapacity: true)
            } else {
                // The run of bytes up to the next separator or line break, in one append (a
                // quote inside a field is part of it).
                var end = index + 1
                while end < bytes.count, bytes[end] != separator, bytes[end] != 10, bytes[end] != 13 { end += 1 }
                field.append(contentsOf: bytes[index..<end])
                index = end
                continue
            }
            index += 1
        }
        if !field.isEmpty || !row.isEmpty {
            endField()
            _ = body(row)
        }
    }
}

enum CellReference {
    /// 0 → A, 25 → Z, 26 → AA.
    static func column(_ index: Int) -> String {
        var index = index
        var letters = ""
        repeat {
            letters = String(UnicodeScalar(UInt8(65 + index % 26))) + letters
            index = index / 26 - 1
        } while index >= 0
        return letters
    }

    enum Parsed {
        case valid(column: Int, row: Int)
        /// Letters then digits, but past Excel's last column (XFD) or row (1,048,576).
        case outOfRange
        /// Not a cell reference at all.
        case none

        var valid: (column: Int, row: Int)? {
            if case .valid(let column, let row) = self { (column, row) } else { nil }
        }
    }

    static let maxColumn = 16_383  // XFD
    static let maxRow = 1_048_576

    /// "AA12" → (26, 12). Never overflows: at most three letters and seven digits are summed.
    /// On bytes: every cell of a sheet has one. (A letter with a mark on it is no ASCII
    /// letter, and no digit follows the letters then: `.none` either way.)
    static func parse(_ reference: String) -> Parsed {
        let letters = reference.utf8.prefix { $0 < 0x80 && (65...90).contains($0 & 0xDF) }
        let digits = reference.utf8.dropFirst(letters.count)
        guard !letters.isEmpty, !digits.isEmpty, digits.allSatisfy({ (48...57).contains($0) }) else { return .none }
        let row = digits.count <= 7 ? digits.reduce(0) { $0 * 10 + Int($1 - 48) } : 0
        guard letters.count <= 3, (1...maxRow).contains(row) else { return .outOfRange }
        let column = letters.reduce(0) { $0 * 26 + Int($1 & 0xDF) - 64 } - 1
        return column <= maxColumn ? .valid(column: column, row: row) : .outOfRange
    }
}
