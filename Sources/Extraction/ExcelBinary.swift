/// The cells of an Excel 97-2003 `.xls` (BIFF8, and BIFF5 from Excel 5.0/95) ([MS-XLS]): the
/// workbook stream is a run of records; the globals give the shared strings, number formats
/// and sheet names, each sheet's records its cells. Numbers are shown through their format
/// like xlsx cells. Excel 4.0 macro sheets and auto-run names are reported, not hidden.
enum ExcelBinary {
    struct Cell: Equatable {
        var row: Int
        var column: Int
        var value: String
    }

    struct Sheet {
        var name: String
        var cells: [Cell] = []
        /// Cell notes (comments) and text boxes, in the order they are stored.
        var notes: [String] = []
    }

    struct Workbook {
        var sheets: [Sheet] = []
        /// Why the workbook holds Excel 4.0 macros: macro sheets by name, auto-run names.
        var macros: [String] = []
    }

    private struct Record {
        var type: Int
        var data: ArraySlice<UInt8>
        var offset: Int
    }

    static func read(_ stream: [UInt8]) throws(LegacyReadError) -> Workbook {
        var records = try Self.records(stream)
        if let filePass = records.first(where: { $0.type == 0x002F }) {
            // Encrypted: readable only when Excel's own default password opens it.
            let layout = records.map { (type: $0.type, offset: $0.offset, length: $0.data.count) }
            guard let plain = WorkbookRC4.decrypt(stream, filePass: filePass.data, records: layout, password: DefaultPassword.excel) else {
                throw .passwordProtected("encrypted Excel workbook")
            }
            records = try Self.records(plain)
        }
        guard let first = records.first, first.type == 0x0809, let version = LittleEndian(Array(first.data)).u16(0) else {
            throw .damaged("workbook stream does not start with a BOF record")
        }
        let wide = version == 0x0600
        guard wide || version == 0x0500 else { throw .unsupported("Excel \(version < 0x0500 ? "4.0 or older" : "of unknown version") workbook") }
        var globals = Globals(wide: wide)
        var workbook = Workbook()
        var sheet: Sheet?
        var inGlobals = true
        var nested = 0
        var pendingString: (row: Int, column: Int)?
        var index = 0
        while index < records.count {
            let record = records[index]
            let fields = LittleEndian(Array(record.data))
            index += 1
            switch record.type {
            case 0x0809:  // BOF: the globals' at the start, then one per sheet
                guard record.offset != 0 else { continue }
                inGlobals = false
                if sheet != nil {
                    nested += 1  // a chart inside a sheet
                    continue
                }
                let name = globals.sheetNames[record.offset] ?? "Sheet\(workbook.sheets.count + 1)"
                if fields.u16(2) == 0x0040 { workbook.macros.append("Excel 4.0 macro sheet \(name)") }
                sheet = Sheet(name: name)
            case 0x000A:  // EOF
                if nested > 0 {
                    nested -= 1
                } else if let finished = sheet {
                    workbook.sheets.append(finished)
                    sheet = nil
                }
                inGlobals = false
            case 0x0085 where inGlobals:
                if let (offset, kind, name) = globals.boundSheet(fields) {
                    globals.sheetNames[offset] = name
                    if kind == 1 { workbook.macros.append("Excel 4.0 macro sheet \(name)") }
                }
            case 0x0018 where inGlobals:
                if let name = globals.autoRunName(fields) { workbook.macros.append("auto-run name \(name)") }
            case 0x00FC where inGlobals:
                var segments = [record.data]
                while index < records.count, records[index].type == 0x003C {
                    segments.append(records[index].data)
                    index += 1
                }
                globals.strings = SharedStringTable.read(segments)
            case 0x041E where inGlobals:
                if let id = fields.u16(0), let code = globals.string(fields, at: 2, lengthBytes: wide ? 2 : 1) { globals.formats[id] = code }
            case 0x00E0 where inGlobals:
                globals.cellFormats.append(fields.u16(2) ?? 0)
            default:
                guard sheet != nil, let row = fields.u16(0), let column = fields.u16(2) else { continue }
                let style = fields.u16(4) ?? 0
                switch record.type {
                case 0x00FD:
                    guard let position = fields.u32(6), position < globals.strings.count else {
                        throw .damaged("shared string index out of range")
                    }
                    sheet?.cells.append(Cell(row: row, column: column, value: globals.strings[position]))
                case 0x0204, 0x00D6:
                    if let text = globals.string(fields, at: 6, lengthBytes: 2) { sheet?.cells.append(Cell(row: row, column: column, value: text)) }
                case 0x0203:
                    if let number = fields.f64(6) { sheet?.cells.append(Cell(row: row, column: column, value: globals.show(number, style: style))) }
                case 0x027E:
                    if let rk = fields.u32(6) { sheet?.cells.append(Cell(row: row, column: column, value: globals.show(Self.rk(rk), style: style))) }
                case 0x00BD:
                    let count = (record.data.count - 6) / 6
                    for offset in 0..<max(0, count) {
                        guard let style = fields.u16(4 + 6 * offset), let rk = fields.u32(6 + 6 * offset) else { break }
                        sheet?.cells.append(Cell(row: row, column: column + offset, value: globals.show(Self.rk(rk), style: style)))
                    }
                case 0x01B6:
                    let next = index < records.count && records[index].type == 0x003C ? records[index].data : nil
                    if let note = Self.noteText(length: fields.u16(10) ?? 0, in: next) { sheet?.notes.append(note) }
                case 0x0006:
                    if fields.u16(12) == 0xFFFF {
                        // A string result comes in the STRING record that follows.
                        if fields.u8(6) == 0 { pendingString = (row, column) }
                    } else if let number = fields.f64(6) {
                        sheet?.cells.append(Cell(row: row, column: column, value: globals.show(number, style: style)))
                    }
                default: break
                }
            }
            if record.type == 0x0207, let (row, column) = pendingString {
                if let text = globals.string(fields, at: 0, lengthBytes: wide ? 2 : 1) { sheet?.cells.append(Cell(row: row, column: column, value: text)) }
                pendingString = nil
            }
        }
        if let sheet { workbook.sheets.append(sheet) }
        workbook.macros = Array(Set(workbook.macros)).sorted()
        return workbook
    }

    /// The stream's records, each checked to lie inside it.
    private static func records(_ stream: [UInt8]) throws(LegacyReadError) -> [Record] {
        let fields = LittleEndian(stream)
        var records: [Record] = []
        var offset = 0
        while offset + 4 <= stream.count {
            let type = fields.u16(offset)!, length = fields.u16(offset + 2)!
            // Zero padding after the last EOF ends the stream.
            if type == 0 && length == 0 { break }
            guard offset + 4 + length <= stream.count else { throw .damaged("a record runs past the end of the workbook stream") }
            records.append(Record(type: type, data: stream[offset + 4..<offset + 4 + length], offset: offset))
            offset += 4 + length
        }
        return records
    }

    /// A note's or text box's characters (TXO): in the CONTINUE after it, behind a flags byte
    /// (bit 0: UTF-16); a length past the record is cut to it.
    private static func noteText(length: Int, in continuation: ArraySlice<UInt8>?) -> String? {
        guard let continuation, let flags = continuation.first, length > 0 else { return nil }
        let text = LittleEndian(Array(continuation.dropFirst()))
        return flags & 1 != 0 ? text.utf16(0, count: min(length, text.bytes.count / 2)) : text.ansi(0, count: min(length, text.bytes.count))
    }

    /// An RK number: a 30-bit integer or the top of a double, perhaps divided by 100.
    static func rk(_ value: Int) -> Double {
        let number = value & 2 != 0
            ? Double(Int32(truncatingIfNeeded: value) >> 2)
            : Double(bitPattern: UInt64(value & ~3) << 32)
        return value & 1 != 0 ? number / 100 : number
    }

    /// What the globals tell the sheets.
    private struct Globals {
        let wide: Bool
        var strings: [String] = []
        var formats: [Int: String] = [:]
        var cellFormats: [Int] = []
        var sheetNames: [Int: String] = [:]

        /// A number as its cell's format shows it.
        func show(_ number: Double, style: Int) -> String {
            let raw = number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
            guard style < cellFormats.count else { return NumberFormat.display(raw, code: nil) }
            let id = cellFormats[style]
            // Built-in formats 14-22 are dates; their codes are not in the file.
            return NumberFormat.display(raw, code: formats[id] ?? ((14...22).contains(id) ? "m/d/yyyy" : nil))
        }

        /// A string with a 1- or 2-byte length: BIFF8 adds a flags byte (bit 0: UTF-16).
        func string(_ fields: LittleEndian, at offset: Int, lengthBytes: Int) -> String? {
            guard let count = lengthBytes == 2 ? fields.u16(offset) : fields.u8(offset) else { return nil }
            guard wide else { return fields.ansi(offset + lengthBytes, count: count) }
            guard let flags = fields.u8(offset + lengthBytes) else { return nil }
            return flags & 1 != 0 ? fields.utf16(offset + lengthBytes + 1, count: count) : fields.ansi(offset + lengthBytes + 1, count: count)
        }

        /// BOUNDSHEET: where the sheet's BOF is, its kind (1: Excel 4.0 macro sheet), its name.
        func boundSheet(_ fields: LittleEndian) -> (Int, Int, String)? {
            guard let offset = fields.u32(0), let kind = fields.u8(5), let name = string(fields, at: 6, lengthBytes: 1) else { return nil }
            return (offset, kind, LocationName.safe(name))
        }

        /// A built-in Auto_Open or Auto_Close name, which runs a macro when the file opens or closes.
        func autoRunName(_ fields: LittleEndian) -> String? {
            guard let flags = fields.u16(0), flags & 0x20 != 0, let length = fields.u8(3), length >= 1 else { return nil }
            let nameAt = wide ? 15 : 14
            guard let code = fields.u8(nameAt) else { return nil }
            switch code {
            case 1: return "Auto_Open"
            case 2: return "Auto_Close"
            default: return nil
            }
        }
    }
}

/// The SST record and its CONTINUE records: strings may break across records, and each
/// continuation starts with a new flags byte saying whether the rest is 8-bit or UTF-16.
struct SharedStringTable {
    private let segments: [ArraySlice<UInt8>]
    private var segment = 0
    private var offset: Int

    static func read(_ segments: [ArraySlice<UInt8>]) -> [String] {
        var table = SharedStringTable(segments: segments)
        // Counts at the start; the unique count is the sender's claim, so strings are read
        // while bytes remain and the claim only caps them.
        guard let _ = table.u32(), let unique = table.u32() else { return [] }
        var strings: [String] = []
        while strings.count < unique, let string = table.string() { strings.append(string) }
        return strings
    }

    private init(segments: [ArraySlice<UInt8>]) {
        self.segments = segments
        offset = segments.first?.startIndex ?? 0
    }

    private var current: ArraySlice<UInt8>? { segment < segments.count ? segments[segment] : nil }

    /// Moves to the next record when the current one is spent; false at the end.
    private mutating func ready() -> Bool {
        while let current, offset >= current.endIndex {
            segment += 1
            guard let next = self.current else { return false }
            offset = next.startIndex
        }
        return current != nil
    }

    private mutating func byte() -> UInt8? {
        guard ready(), let current else { return nil }
        defer { offset += 1 }
        return current[offset]
    }

    private mutating func u16() -> Int? {
        guard let low = byte(), let high = byte() else { return nil }
        return Int(low) | Int(high) << 8
    }

    private mutating func u32() -> Int? {
        guard let low = u16(), let high = u16() else { return nil }
        return low | high << 16
    }

    private mutating func skip(_ count: Int) -> Bool {
        var left = count
        while left > 0 {
            guard ready(), let current else { return false }
            let step = min(left, current.endIndex - offset)
            offset += step
            left -= step
        }
        return true
    }

    private mutating func string() -> String? {
        guard let count = u16(), let flags = byte() else { return nil }
        var wide = flags & 1 != 0
        let runs = flags & 8 != 0 ? u16() ?? 0 : 0
        let extra = flags & 4 != 0 ? u32() ?? 0 : 0
        var units: [UInt16] = []
        units.reserveCapacity(min(count, 1 << 16))
        while units.count < count {
            guard let current else { return nil }
            if offset >= current.endIndex {
                // The characters go on in the next record, after a flags byte of their own.
                segment += 1
                guard let next = self.current, next.startIndex < next.endIndex else { return nil }
                offset = next.startIndex
                wide = next[offset] & 1 != 0
                offset += 1
                continue
            }
            if wide {
                guard offset + 1 < current.endIndex else { return nil }
                units.append(UInt16(current[offset]) | UInt16(current[offset + 1]) << 8)
                offset += 2
            } else {
                let byte = current[offset]
                units.append(CharsetDecoder.windows1252Unit(byte))
                offset += 1
            }
        }
        // Formatting runs and phonetic text follow; a table cut short there still has the string.
        _ = skip(4 * runs) && skip(extra)
        return String(decoding: units, as: UTF16.self)
    }
}
