@testable import Extraction
import Foundation
import Testing

/// The record parsers under the legacy Office readers, on streams built here field by field:
/// what they read, and that every count and size a file claims is checked against its bytes.
@Suite("Legacy Office record parsers")
struct LegacyOfficeTests {
    static func u16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    static func u32(_ value: Int) -> [UInt8] { u16(value & 0xFFFF) + u16(value >> 16 & 0xFFFF) }
    static func utf16(_ text: String) -> [UInt8] { text.utf16.flatMap { u16(Int($0)) } }

    // MARK: Word

    @Test("Word's characters as a reader sees them", arguments: [
        ("Dear Ann,\rSSN 536-90-4399\r", "Dear Ann,\nSSN 536-90-4399\n"),
        // A field shows its result, not its code; nested fields too.
        ("Total \u{13} =SUM(A1) \u{14}42\u{15} units", "Total 42 units"),
        ("\u{13} HYPERLINK \u{13} X \u{14}x\u{15} \u{14}link\u{15}", "link"),
        // Cells end in 0x07; two in a row end the table row.
        ("Name\u{07}SSN\u{07}\u{07}Ann\u{07}536-90-4399\u{07}\u{07}", "Name\tSSN\nAnn\t536-90-4399\n"),
        // Optional hyphen vanishes, non-breaking hyphen is a hyphen, picture anchors vanish.
        ("536\u{1E}90\u{1E}43\u{1F}99\u{01}", "536-90-4399"),
        // An unclosed field hides the rest; a stray end or separator is ignored.
        ("a\u{15}b\u{14}c", "abc"),
    ])
    func visible(_ stored: String, _ shown: String) {
        #expect(WordBinary.visible(Array(stored.utf16)) == shown)
    }

    /// A Clx: one formatting entry, then a piece table of `pieces` (start CP, fc, compressed).
    static func clx(_ positions: [Int], _ pieces: [(fc: Int, compressed: Bool)], pcdtSize: Int? = nil) -> [UInt8] {
        var plc = positions.flatMap(u32)
        for piece in pieces { plc += u16(0) + u32(piece.compressed ? piece.fc * 2 | 0x4000_0000 : piece.fc) + u16(0) }
        return [1] + u16(2) + [0, 0] + [2] + u32(pcdtSize ?? plc.count) + plc
    }

    @Test("the piece table gives each piece's place, width and length")
    func pieces() throws {
        let table = Self.clx([0, 5, 9], [(fc: 100, compressed: true), (fc: 2048, compressed: false)])
        let pieces = try WordBinary.pieces(LittleEndian(table), at: 0, length: table.count)
        #expect(pieces == [.init(start: 100, characters: 5, compressed: true), .init(start: 2048, characters: 4, compressed: false)])
    }

    @Test("a piece table that lies about itself is damaged, never read past", arguments: [
        (clx([0, 5], [(fc: 100, compressed: true)], pcdtSize: 1000), 0, "piece table size does not fit"),
        (clx([0, 5], [(fc: 100, compressed: true)], pcdtSize: 17), 0, "piece table size does not fit"),
        (clx([5, 0], [(fc: 100, compressed: true)]), 0, "piece table positions out of order"),
        ([7, 0, 0], 0, "piece table entry of unknown type"),
        ([1, 0xFF, 0xFF], 0, "no piece table"),
        (clx([0, 5], [(fc: 100, compressed: true)]), 40, "piece table lies outside the table stream"),
    ])
    func damagedPieces(_ table: [UInt8], _ offset: Int, _ reason: String) {
        #expect(throws: LegacyReadError.damaged(reason)) {
            try WordBinary.pieces(LittleEndian(table), at: offset, length: table.count)
        }
    }

    @Test("pieces that point at the same bytes again and again are refused, never multiplied")
    func repeatedPieces() {
        // A FIB whose Clx (at 0 in the table stream) holds 1,000 pieces, each the whole 100-byte document.
        var fib = Self.u16(0xA5EC) + Self.u16(0xC1) + [UInt8](repeating: 0, count: 28) + Self.u16(0) + Self.u16(0)
        fib += Self.u16(34) + [UInt8](repeating: 0, count: 33 * 8)
        let clx = Self.clx(Array(stride(from: 0, through: 100 * 1000, by: 100)), Array(repeating: (fc: 0, compressed: true), count: 1000))
        fib += Self.u32(0) + Self.u32(clx.count) + [UInt8](repeating: 0, count: 8)
        let document = fib + [UInt8](repeating: 0x41, count: max(0, 100 - fib.count))
        #expect(throws: LegacyReadError.damaged("text pieces claim more characters than the document holds")) {
            try WordBinary.text(document: document) { _ in clx }
        }
    }

    @Test("a document that is not Word 97-2003, or is encrypted, says so")
    func wordHeader() {
        var fib = Self.u16(0xA5EC) + Self.u16(0xC1) + [UInt8](repeating: 0, count: 60)
        fib[0x0A] = 0x00; fib[0x0B] = 0x01  // fEncrypted
        #expect(throws: LegacyReadError.passwordProtected("encrypted Word document")) { try WordBinary.text(document: fib) { _ in [] } }
        let word95 = Self.u16(0xA5EC) + Self.u16(0x68) + [UInt8](repeating: 0, count: 60)
        #expect(throws: LegacyReadError.unsupported("Word 6.0/95 document")) { try WordBinary.text(document: word95) { _ in [] } }
        #expect(throws: LegacyReadError.damaged("not a Word document (no File Information Block)")) { try WordBinary.text(document: [1, 2]) { _ in [] } }
    }

    // MARK: Excel

    static func record(_ type: Int, _ data: [UInt8]) -> [UInt8] { u16(type) + u16(data.count) + data }
    static func bof(_ kind: Int) -> [UInt8] { record(0x0809, u16(0x0600) + u16(kind) + [UInt8](repeating: 0, count: 12)) }
    static func cell(_ row: Int, _ column: Int, _ style: Int) -> [UInt8] { u16(row) + u16(column) + u16(style) }

    /// A workbook: globals (a format, two styles, shared strings broken across a CONTINUE
    /// whose flags byte switches to UTF-16, one sheet), then the sheet's cells.
    static func workbook(sheetKind: Int = 0, extraGlobals: [UInt8] = [], cells: [UInt8]) -> [UInt8] {
        let format = record(0x041E, u16(164) + u16(11) + [0] + Array("000-00-0000".utf8))
        let styles = record(0x00E0, u16(0) + u16(0) + [UInt8](repeating: 0, count: 16)) + record(0x00E0, u16(0) + u16(164) + [UInt8](repeating: 0, count: 16))
        // "SSN" whole; "Ann Lee" as "Ann " (8-bit) then "Lee" in UTF-16 in the CONTINUE.
        let sst = record(0x00FC, u32(2) + u32(2) + u16(3) + [0] + Array("SSN".utf8) + u16(7) + [0] + Array("Ann ".utf8))
            + record(0x003C, [1] + utf16("Lee"))
        var globals = bof(0x0005) + extraGlobals + format + styles + sst
        let sheetAt = globals.count + 18 + 4  // after this BOUNDSHEET and the EOF
        globals += record(0x0085, u32(sheetAt) + [0, UInt8(sheetKind)] + [6, 0] + Array("Roster".utf8)) + record(0x000A, [])
        precondition(globals.count == sheetAt)
        return globals + bof(0x0010) + cells + record(0x000A, [])
    }

    @Test("cells: shared strings across records, numbers through their format, RK, MULRK, formula strings")
    func excelCells() throws {
        let cells = Self.record(0x00FD, Self.cell(0, 0, 0) + Self.u32(0))  // A1 "SSN"
            + Self.record(0x00FD, Self.cell(0, 1, 0) + Self.u32(1))  // B1 "Ann Lee"
            + Self.record(0x0203, Self.cell(1, 0, 1) + [0, 0, 0, 177, 65, 37, 177, 65])  // 287654321 as 000-00-0000
            + Self.record(0x027E, Self.cell(2, 0, 0) + Self.u32(45 << 2 | 2))  // RK integer 45
            + Self.record(0x027E, Self.cell(2, 1, 0) + Self.u32(1234 << 2 | 3))  // RK 12.34 (integer / 100)
            + Self.record(0x00BD, Self.u16(3) + Self.u16(0) + Self.u16(0) + Self.u32(7 << 2 | 2) + Self.u16(0) + Self.u32(8 << 2 | 2) + Self.u16(1))
            + Self.record(0x0006, Self.cell(4, 0, 0) + [0, 0, 0, 0, 0, 0, 0xFF, 0xFF] + [UInt8](repeating: 0, count: 6))
            + Self.record(0x0207, Self.u16(5) + [0] + Array("x=y+1".utf8))
            + Self.record(0x0204, Self.cell(5, 0, 0) + Self.u16(4) + [1] + Self.utf16("Bé #"))
        let book = try ExcelBinary.read(Self.workbook(cells: cells))
        #expect(book.macros.isEmpty)
        #expect(book.sheets.map(\.name) == ["Roster"])
        #expect(book.sheets.first?.cells.map { "\(CellReference.column($0.column))\($0.row + 1)=\($0.value)" } == [
            "A1=SSN", "B1=Ann Lee", "A2=287-65-4321", "A3=45", "B3=12.34", "A4=7", "B4=8", "A5=x=y+1", "A6=Bé #",
        ])
    }

    @Test("Excel 4.0 macro sheets and auto-run names are reported")
    func excelMacros() throws {
        let macroSheet = try ExcelBinary.read(Self.workbook(sheetKind: 1, cells: []))
        #expect(macroSheet.macros == ["Excel 4.0 macro sheet Roster"])
        // A built-in name (fBuiltin 0x20), one character long: 1 is Auto_Open.
        let name = Self.record(0x0018, Self.u16(0x20) + [0, 1] + Self.u16(0) + [UInt8](repeating: 0, count: 8) + [0, 1])
        #expect(try ExcelBinary.read(Self.workbook(extraGlobals: name, cells: [])).macros == ["auto-run name Auto_Open"])
    }

    @Test("a workbook that lies about itself is damaged or says why it cannot be read", arguments: [
        (workbook(cells: []) + u16(0x0203) + u16(14) + [1, 2, 3], LegacyReadError.damaged("a record runs past the end of the workbook stream")),
        (workbook(cells: record(0x00FD, cell(0, 0, 0) + u32(9))), .damaged("shared string index out of range")),
        (workbook(extraGlobals: record(0x002F, [1, 0, 1, 0, 1, 0]), cells: []), .passwordProtected("encrypted Excel workbook")),
        (record(0x0204, [0]), .damaged("workbook stream does not start with a BOF record")),
        (record(0x0809, u16(0x0400) + u16(5)), .unsupported("Excel 4.0 or older workbook")),
    ])
    func damagedWorkbook(_ stream: [UInt8], _ error: LegacyReadError) {
        #expect(throws: error) { try ExcelBinary.read(stream) }
    }

    @Test("a shared string table that claims more strings than it holds gives what it holds")
    func shortStringTable() {
        let segments: [ArraySlice<UInt8>] = [ArraySlice(Self.u32(1000) + Self.u32(1000) + Self.u16(2) + [0] + Array("ok".utf8) + Self.u16(60000) + [0, 65])]
        #expect(SharedStringTable.read(segments) == ["ok"])
    }

    @Test("RK numbers", arguments: [(45 << 2 | 2, 45.0), (1234 << 2 | 3, 12.34), (-3 << 2 | 2, -3.0), (0x3FF0_0000, 1.0), (0x3FF0_0001, 0.01)])
    func rk(_ value: Int, _ expected: Double) {
        #expect(abs(ExcelBinary.rk(value & 0xFFFF_FFFF) - expected) < 1e-9)
    }

    // MARK: Encryption

    @Test("RC4 gives the published keystream", arguments: [
        ("Key", "Plaintext", "bbf316e8d940af0ad3"), ("Wiki", "pedia", "1021bf0420"), ("Secret", "Attack at dawn", "45a01f645fc35b383552544b9bf5"),
    ])
    func rc4(_ key: String, _ plain: String, _ cipher: String) {
        var stream = RC4(key: Array(key.utf8))
        let output = plain.utf8.map { $0 ^ stream.next() }
        #expect(output.map { String(format: "%02x", $0) }.joined() == cipher)
    }

    @Test("an agile encryption header that asks too much or names no AES key is refused before any work")
    func agileHeader() {
        let header = Self.u16(4) + Self.u16(4) + Self.u32(0x40)
        func info(_ spinCount: String, cipher: String = "AES") -> [UInt8] {
            header + Array(("<encryption><keyData saltValue=\"AAAAAAAAAAAAAAAAAAAAAA==\" keyBits=\"256\" hashAlgorithm=\"SHA512\" cipherAlgorithm=\"AES\"/>"
                + "<p:encryptedKey spinCount=\"\(spinCount)\" saltValue=\"AAAAAAAAAAAAAAAAAAAAAA==\" keyBits=\"256\" hashAlgorithm=\"SHA512\" "
                + "cipherAlgorithm=\"\(cipher)\" encryptedVerifierHashInput=\"AA==\" encryptedVerifierHashValue=\"AA==\" encryptedKeyValue=\"AA==\"/></encryption>").utf8)
        }
        #expect(throws: LegacyReadError.passwordProtected("encrypted Office file (a cipher or key derivation it does not open)")) {
            try AgileEncryption.decrypt(info: info("2147483648"), package: [], password: "x", inTime: { true })
        }
        #expect(throws: LegacyReadError.passwordProtected("encrypted Office file (a cipher or key derivation it does not open)")) {
            try AgileEncryption.decrypt(info: info("10", cipher: "RC2"), package: [], password: "x", inTime: { true })
        }
        #expect(throws: LegacyReadError.tookTooLong("key derivation of 100000 rounds")) {
            try AgileEncryption.decrypt(info: info("100000"), package: [], password: "x", inTime: { false })
        }
        #expect(throws: LegacyReadError.passwordProtected("encrypted Office file (ECMA-376 standard encryption)")) {
            try AgileEncryption.decrypt(info: Self.u16(3) + Self.u16(2), package: [], password: "x", inTime: { true })
        }
    }

    // MARK: PowerPoint

    static func atom(_ type: Int, _ data: [UInt8], instance: Int = 0) -> [UInt8] { u16(instance << 4) + u16(type) + u32(data.count) + data }
    static func container(_ type: Int, _ children: [UInt8], instance: Int = 0) -> [UInt8] { u16(instance << 4 | 0xF) + u16(type) + u32(children.count) + children }
    static func persist(slideID: Int) -> [UInt8] { atom(0x03F3, u32(1) + u32(0) + u32(1) + u32(slideID) + u32(0)) }

    @Test("slide text by slide, notes by their slide, the master's placeholders left out, macros reported")
    func slides() throws {
        let list = Self.container(0x0FF0, Self.persist(slideID: 256) + Self.atom(0x0FA0, Self.utf16("Trip\rPay with Visa 4532 5260 1815 9080"))
                             + Self.persist(slideID: 257) + Self.atom(0x0FA8, Array("Agenda".utf8)))
        let master = Self.container(0x03F8, Self.atom(0x0FA0, Self.utf16("Click to edit Master title style")))
        let notes = Self.container(0x03F0, Self.atom(0x03F1, Self.u32(257) + Self.u32(0)) + Self.atom(0x0FA8, Array("Backup card".utf8)))
        let vba = Self.container(0x03FF, Self.atom(0x0400, Self.u32(2) + Self.u32(1) + Self.u32(2)))
        let stream = Self.container(0x03E8, list + vba) + master + notes
        let presentation = try PowerPointBinary.read(stream)
        #expect(presentation.texts == [
            .init(place: "slide 1", text: "Trip\nPay with Visa 4532 5260 1815 9080"), .init(place: "slide 2", text: "Agenda"),
            .init(place: "notes 2", text: "Backup card"),
        ])
        #expect(presentation.hasMacros)
    }

    @Test("containers nested past the bound, lengths past the end and encryption are handled", arguments: [
        ("deep", 0), ("long", 1), ("encrypted", 2),
    ])
    func hostileSlides(_ name: String, _ kind: Int) {
        switch kind {
        case 0:
            var stream = Self.atom(0x0FA8, Array("deep text".utf8))
            for _ in 0..<10_000 { stream = Self.container(0x1000, stream) }
            #expect(throws: LegacyReadError.tooDeep("PowerPoint records nested deeper than 64 levels")) { try PowerPointBinary.read(stream) }
        case 1:
            let stream = Self.container(0x03E8, Self.atom(0x0FA8, Array("cut".utf8))) + Self.u16(0) + Self.u16(0x0FA8) + Self.u32(0x7FFF_FFFF) + Array("rest".utf8)
            #expect((try? PowerPointBinary.read(stream))?.texts.map(\.text) == ["cut\nrest"])
        default:
            #expect(throws: LegacyReadError.passwordProtected("encrypted PowerPoint presentation")) {
                try PowerPointBinary.read(Self.container(0x03E8, Self.container(0x2F14, [])))
            }
        }
    }
}
