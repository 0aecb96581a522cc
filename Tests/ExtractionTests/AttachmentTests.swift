import Foundation
import Testing
@testable import Extraction

@Suite("Charsets")
struct CharsetTests {
    static let text = "Élève 536-90-4399"

    @Test("declared, undeclared, unknown and lying charsets all give the text", arguments: [
        (Array(text.utf8), "utf-8"),
        (Array(text.utf8), nil),
        (Array(text.utf8), "us-ascii"),                          // lying: UTF-8 sent as ASCII
        (Array(text.data(using: .isoLatin1)!), "iso-8859-1"),
        (Array(text.data(using: .isoLatin1)!), "iso-8859-15"),
        (Array(text.data(using: .isoLatin1)!), "windows-1252"),
        (Array(text.data(using: .isoLatin1)!), "utf-8"),         // lying: Latin-1 sent as UTF-8
        (Array(text.data(using: .isoLatin1)!), nil),
        (Array(text.data(using: .isoLatin1)!), "x-unknown"),     // unknown charset name
        ([0xFF, 0xFE] + Array(text.data(using: .utf16LittleEndian)!), "utf-16"),
        ([0xFE, 0xFF] + Array(text.data(using: .utf16BigEndian)!), nil),
        (Array(text.data(using: .utf16LittleEndian)!), "utf-16le"),
        (Array(text.data(using: .utf16LittleEndian)!), "utf-16"), // no BOM, little-endian
        (Array(text.data(using: .utf16LittleEndian)!), nil),
        ([0xFF, 0xFE, 0, 0] + Array(text.data(using: .utf32LittleEndian)!), nil),  // UTF-32LE's mark starts like UTF-16LE's
        ([0xFF, 0xFE, 0, 0] + Array(text.data(using: .utf32LittleEndian)!), "utf-16"),
        ([0, 0, 0xFE, 0xFF] + Array(text.data(using: .utf32BigEndian)!), nil),
        (Array(text.data(using: .utf32LittleEndian)!), nil),
        (Array(text.data(using: .utf32BigEndian)!), nil),
        (Array(text.data(using: .utf32LittleEndian)!), "utf-32le"),
    ] as [([UInt8], String?)])
    func decodes(_ bytes: [UInt8], _ declared: String?) {
        #expect(CharsetDecoder.decode(bytes, declared: declared) == Self.text)
    }

    @Test("ASCII declared as UTF-16 is read as what it is")
    func asciiAsUTF16() {
        #expect(CharsetDecoder.decode(Array("SSN 536-90-4399".utf8), declared: "utf-16") == "SSN 536-90-4399")
    }

    @Test("a number in 8-bit text spliced with UTF-16 is still read", arguments: [
        (Array("SSN\t536-90-4399\n".utf8) + Array("Hello, these are the forms you asked for.".data(using: .utf16LittleEndian)!), nil),
        ([0xFF, 0xFE] + Array("Hello, forms attached.".data(using: .utf16LittleEndian)!) + Array(" SSN 536-90-4399".utf8), nil),
        (Array("Hello, forms attached.".data(using: .utf16LittleEndian)!) + Array("SSN 536-90-4399".utf8), "utf-16le"),
    ] as [([UInt8], String?)])
    func splicedCharsets(_ bytes: [UInt8], _ declared: String?) {
        #expect(CharsetDecoder.decode(bytes, declared: declared).contains("536-90-4399"))
    }
}

@Suite("Attachment formats")
struct AttachmentFormatTests {
    @Test("format by content first, then type and name", arguments: [
        (Array("%PDF-1.7".utf8), "x.bin", "application/octet-stream", AttachmentReader.Format.pdf),
        ([0xD0, 0xCF, 0x11, 0xE0, 0, 0], "a.doc", "application/msword", .compoundFile),
        ([0x89, 0x50, 0x4E, 0x47, 0, 0], "a.png", "application/octet-stream", .media),
        (Array("a,b\n1,2".utf8), "r.csv", "application/octet-stream", .delimited(separator: 44)),
        (Array("a\tb".utf8), "r.tsv", "text/plain", .delimited(separator: 9)),
        (Array("<p>x</p>".utf8), "page.htm", "application/octet-stream", .html),
        (Array("plain words".utf8), "notes", "application/octet-stream", .text),
        ([0, 1, 2, 3, 4, 5, 6, 7, 200, 201], "blob", "application/octet-stream", .unknown),
    ])
    func format(_ bytes: [UInt8], _ name: String, _ mimeType: String, _ expected: AttachmentReader.Format) {
        #expect(AttachmentReader.format(of: bytes, name: name, mimeType: mimeType) == expected)
    }

    @Test("CSV fields, quotes and line endings", arguments: [
        ("a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]),
        ("a,\"b, c\",\"say \"\"hi\"\"\"\n", [["a", "b, c", "say \"hi\""]]),
        ("x\n\ny", [["x"], [""], ["y"]]),
    ])
    func csv(_ text: String, _ rows: [[String]]) {
        #expect(DelimitedText.parse(text, separator: 44) == rows)
    }

    @Test("cell references", arguments: [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")])
    func cellReferences(_ index: Int, _ letters: String) {
        #expect(CellReference.column(index) == letters)
        #expect(CellReference.parse(letters + "7").valid?.column == index)
        #expect(CellReference.parse(letters + "7").valid?.row == 7)
    }

    @Test("cell references past Excel's grid are out of range, never wrapped", arguments: [
        ("XFD1048576", true), ("XFE1", false), ("A1048577", false), ("AAAAAAAAAAAAAAAAAAAAA1", false), ("A99999999999999999999", false), ("A0", false),
    ])
    func cellReferenceBounds(_ reference: String, _ valid: Bool) {
        let parsed = CellReference.parse(reference)
        #expect((parsed.valid != nil) == valid)
        if case .outOfRange = parsed { #expect(!valid) }
    }

    @Test("cell references read on bytes as they read by characters, on random references")
    func cellReferencesByCharacters() {
        // The reading by characters, as references were read before.
        func byCharacters(_ reference: String) -> String {
            let letters = reference.prefix { $0.isASCII && $0.isLetter }
            let digits = reference.dropFirst(letters.count)
            guard !letters.isEmpty, !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return "none" }
            guard letters.count <= 3, digits.count <= 7, let row = Int(digits), (1...CellReference.maxRow).contains(row) else { return "out" }
            let column = letters.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
            return column <= CellReference.maxColumn ? "\(column),\(row)" : "out"
        }
        func shown(_ parsed: CellReference.Parsed) -> String {
            switch parsed {
            case .valid(let column, let row): "\(column),\(row)"
            case .outOfRange: "out"
            case .none: "none"
            }
        }
        let pieces = ["A", "b", "Z", "x", "F", "D", "1", "0", "9", "48576", "\u{301}", "é", "٣", "$", " ", "@", "[", "`", "{", "\r\n"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<8000 {
            let reference = (0..<Int.random(in: 0...7, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(shown(CellReference.parse(reference)) == byCharacters(reference), "\(reference.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("numbers are shown through their format", arguments: [
        ("12345678", "000-00-0000", "012-34-5678"),      // the SSN format restores the leading zero
        ("536904399", "000-00-0000", "536-90-4399"),
        ("536904399", "000\\-00\\-0000", "536-90-4399"),  // escaped literals
        ("5.36904399E8", "000-00-0000", "536-90-4399"),   // stored in scientific notation
        ("536904399", nil, "536904399"),
        ("42", "0.00", "42"),                             // other formats: the plain number
        ("3.14", "0.00", "3.14"),
        ("41189", "mm/dd/yyyy", "10/07/2012"),            // date serials as the date a reader sees
        ("41189", "m/d/yyyy", "10/07/2012"),
        ("60", "d-mmm-yy", "02/28/1900"),
        ("45991.5", "yyyy-mm-dd h:mm", "11/30/2025"),
        ("41189", "[Red]0", "41189"),                     // a bracketed section is no date
        ("41189", "\"day\" 0", "41189"),                 // nor a quoted word
    ] as [(String, String?, String)])
    func numberFormats(_ raw: String, _ code: String?, _ shown: String) {
        #expect(NumberFormat.display(raw, code: code) == shown)
    }

    @Test("file names in locations keep at most four digits of a long number", arguments: [
        ("form 536-90-4399.txt", "form ***-**-4399.txt"),
        ("grades 2024-2025.xlsx", "grades 2024-2025.xlsx"),
        ("bad\r\nname.txt", "bad  name.txt"),
    ])
    func locationNames(_ name: String, _ shown: String) {
        #expect(LocationName.safe(name) == shown)
    }
}

@Suite("Extraction limits")
struct ExtractionLimitTests {
    static func message(attachment: [UInt8], name: String) -> [UInt8] {
        let encoded = Data(attachment).base64EncodedString(options: .lineLength76Characters)
        return Array("""
            Subject: x\r
            MIME-Version: 1.0\r
            Content-Type: multipart/mixed; boundary=b\r
            \r
            --b\r
            Content-Type: application/octet-stream\r
            Content-Disposition: attachment; filename=\(name)\r
            Content-Transfer-Encoding: base64\r
            \r
            \(encoded)\r
            --b--\r

            """.utf8)
    }

    @Test("a message over the decoded-bytes budget is reported, not skipped")
    func decodedBytes() {
        let raw = Self.message(attachment: Array(repeating: UInt8(ascii: "a"), count: 4096), name: "big.txt")
        let result = MessageReader.read(raw, limits: ExtractionLimits(maxDecodedBytes: 1024))
        #expect(result.unscannable.map(\.note) == ["too large: over the limit of 1024 decoded bytes per message"])
    }

    @Test("archives with more members than allowed are reported")
    func members() throws {
        let raw = Self.message(attachment: try Self.zip((1...5).map { ("f\($0).txt", "x") }), name: "many.zip")
        let result = MessageReader.read(raw, limits: ExtractionLimits(maxArchiveMembers: 3))
        #expect(result.unscannable.map(\.note) == ["too large: more than 3 archive members"])
        #expect(result.segments.filter { $0.location.hasSuffix(".txt › file name") }.count == 3)
    }

    @Test("a spent time budget is reported")
    func time() {
        let raw = Self.message(attachment: Array("hello".utf8), name: "a.txt")
        let result = MessageReader.read(raw, limits: ExtractionLimits(timeBudget: .zero))
        #expect(result.unscannable.first?.note.hasPrefix("took too long: time limit") == true)
    }

    /// A stored (uncompressed) zip, written here so the test needs no tool.
    static func zip(_ members: [(String, String)]) throws -> [UInt8] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mg-\(UUID().uuidString).zip")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in members { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", "import shutil,sys; shutil.make_archive(sys.argv[1][:-4], 'zip', sys.argv[2])", url.path, directory.path]
        try process.run()
        process.waitUntilExit()
        return [UInt8](try Data(contentsOf: url))
    }
}

@Suite("Base64 as mail clients read it")
struct Base64Tests {
    @Test("a final group without padding is kept; junk and line breaks are ignored", arguments: [
        ("U1NOOiA1MzYtOTAtNDM5OQ==", "SSN: 536-90-4399"),
        ("U1NOOiA1MzYtOTAtNDM5OQ", "SSN: 536-90-4399"),
        ("U1NOOiA1\r\nMzYtOTAt\r\nNDM5OQ", "SSN: 536-90-4399"),
        ("U1NOIDUzNi05MC00Mzk5IHg", "SSN 536-90-4399 x"),
        ("U1NO*IDUz!Ni05MC00Mzk5", "SSN 536-90-4399"),
        ("QQ==Zm9v", "A"),  // nothing after the padding counts
    ])
    func decodes(_ encoded: String, _ text: String) {
        #expect(String(decoding: Base64.decode(Array(encoded.utf8)), as: UTF8.self) == text)
    }

    @Test("encoded words get their padding back; other text is untouched", arguments: [
        ("=?utf-8?b?U1NOOiA1MzYtOTAtNDM5OQ?=", "=?utf-8?b?U1NOOiA1MzYtOTAtNDM5OQ==?="),
        ("Re: =?UTF-8?B?QQ?= and =?utf-8?q?a=3Db?=", "Re: =?UTF-8?B?QQ==?= and =?utf-8?q?a=3Db?="),
        ("price =? 5", "price =? 5"),
        ("=?utf-8?b?" + String(repeating: "QUJD", count: 300) + "QQ?=", "=?utf-8?b?" + String(repeating: "QUJD", count: 300) + "QQ?="),  // past 1024: left alone
        (String(repeating: "=?a?B?", count: 3), String(repeating: "=?a?B?", count: 3)),  // never closed
    ])
    func padsWords(_ header: String, _ padded: String) {
        #expect(Base64.padEncodedWords(header) == padded)
    }

    @Test("a Subject and a body in base64 without padding keep their last digits")
    func unpaddedMessage() {
        let raw = "From: a@b.example\r\nSubject: =?utf-8?b?U1NOOiA1MzYtOTAtNDM5OQ?=\r\nContent-Transfer-Encoding: base64\r\n\r\nU1NOOiA1MzYtOTAtNDM5OQ\r\n"
        let texts = MessageReader.read(Array(raw.utf8)).segments.map(\.text)
        #expect(texts == ["SSN: 536-90-4399", "SSN: 536-90-4399"])
    }
}

@Suite("Zip directories")
struct ZipDirectoryTests {
    @Test("an end record that declares members the directory does not hold is a damaged archive")
    func declared() {
        // An end record alone: 3 entries declared, a directory of 0 bytes at offset 0, a comment.
        var record: [UInt8] = [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 3, 0, 3, 0] + [UInt8](repeating: 0, count: 8)
        record += [4, 0] + Array("note".utf8)
        #expect(ZipArchive(Array("junk".utf8) + record, maxEntries: 10) == nil)
        #expect(ZipArchive(Array("no end record here at all, just text".utf8), maxEntries: 10) == nil)
    }
}

@Suite("Hostile structure checks")
struct HostileStructureTests {
    @Test("a DTD or entity declaration is found in any case and in UTF-16; look-alikes are not", arguments: [
        ("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w/>", true),
        ("<!doctype html>", true),
        ("<a><!ENTITY lol \"lol\"></a>", true),
        ("<w:t>a DOCTYPE is not allowed, nor <!-- ENTITY --></w:t>", false),
        ("<w:t>&lt;!DOCTYPE&gt;</w:t>", false),
        ("<w:t>DOCTYPE and ENTITY, without the mark</w:t>", false), ("", false),
    ])
    func dtd(_ xml: String, _ found: Bool) {
        #expect(DTDDetector.containsDeclaration(Array(xml.utf8)) == found)
        #expect(DTDDetector.containsDeclaration(Array(xml.data(using: .utf16LittleEndian)!)) == found)
    }

    static let roster = "Name,SSN\r\nAnn,536-90-4399\r\n"
    static let padded: [UInt8] = Array("Name,SSN\r\n".utf8) + [UInt8](repeating: 0, count: 40) + Array("Ann,536-90-4399\r\n".utf8)

    @Test("ASCII padded with NULs is not UTF-16; real UTF-16 is", arguments: [
        (padded, false),
        (Array(roster.data(using: .utf16LittleEndian)!), true),
        (Array(roster.data(using: .utf16BigEndian)!), true),
    ] as [([UInt8], Bool)])
    func utf16(_ bytes: [UInt8], _ expected: Bool) {
        #expect(CharsetDecoder.looksLikeUTF16(bytes) == expected)
        if !expected { #expect(CharsetDecoder.decode(bytes, declared: nil).contains("536-90-4399")) }
    }

    static func le(_ value: UInt32, _ size: Int) -> [UInt8] { (0..<size).map { UInt8(truncatingIfNeeded: value >> (8 * UInt32($0))) } }

    /// A zip of one member "a.txt" (method 0 stored, 8 deflated) with the given data and
    /// directory numbers.
    static func zip(localOffset: UInt32 = 0, compressed: UInt32? = nil, method: UInt32 = 0, data: [UInt8] = Array("hello".utf8)) -> [UInt8] {
        let compressed = compressed ?? UInt32(data.count)
        let name = Array("a.txt".utf8)
        let local = le(0x0403_4B50, 4) + le(20, 2) + le(0, 2) + le(method, 2) + le(0, 4) + le(0, 4) + le(UInt32(data.count), 4) + le(5, 4)
            + le(UInt32(name.count), 2) + le(0, 2) + name + data
        let central = le(0x0201_4B50, 4) + le(20, 2) + le(20, 2) + le(0, 2) + le(method, 2) + le(0, 4) + le(0, 4) + le(compressed, 4) + le(5, 4)
            + le(UInt32(name.count), 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(localOffset, 4) + name
        let end = le(0x0605_4B50, 4) + le(0, 2) + le(0, 2) + le(1, 2) + le(1, 2) + le(UInt32(central.count), 4) + le(UInt32(local.count), 4) + le(0, 2)
        return local + central + end
    }

    @Test("a member must lie inside the archive: out of range is damaged, never read past the end", arguments: [
        (UInt32(0), UInt32(5), true), (UInt32(0xFFFF_FF00), UInt32(5), false), (UInt32(0), UInt32(0x7FFF_FFFF), false),
    ])
    func zipMembers(_ offset: UInt32, _ compressed: UInt32, _ sound: Bool) throws {
        let bytes = Self.zip(localOffset: offset, compressed: compressed)
        #expect(ZipArchive(bytes, maxEntries: 10)?.entries.map(\.path) == ["a.txt"])
        var texts: [String] = []
        let extraction = MessageReader.readAttachment(bytes, name: "a.zip", mimeType: "application/zip") { texts.append($0.text) }
        #expect(texts.contains("hello") == sound)
        #expect(extraction.unscannable.contains { $0.note.hasPrefix("damaged: archive member") } == !sound)
    }

    @Test("a deflate stream cut short by the end of the archive is reported, never spun on")
    func truncatedDeflate() {
        // "hello" deflated is 7 bytes (cb 48 cd c9 c9 07 00); the member keeps only the first 3.
        let bytes = Self.zip(method: 8, data: [0xCB, 0x48, 0xCD])
        let extraction = MessageReader.readAttachment(bytes, name: "a.zip", mimeType: "application/zip") { _ in }
        #expect(extraction.unscannable.map(\.note) == ["damaged: archive member cut short"])
    }
}
