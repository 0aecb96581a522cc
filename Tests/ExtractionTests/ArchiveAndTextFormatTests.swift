@testable import Extraction
import Foundation
import Testing

/// The readers of tar/7z archives, RTF, iCalendar and vCard, and OLE objects, on inputs
/// built here byte by byte: what a reader sees is read, what it does not see is not, and
/// every size a file claims is checked before it is used.
@Suite("Archives, RTF, calendars and cards")
struct ArchiveAndTextFormatTests {
    /// Everything a reader gives for `bytes` read as an attachment named `name`.
    static func read(_ bytes: [UInt8], name: String, limits: ExtractionLimits = ExtractionLimits())
        -> (segments: [TextSegment], unscannable: [Unscannable], dangerous: [DangerousPart]) {
        var segments: [TextSegment] = []
        let context = ExtractionContext(limits: limits) { segments.append($0) }
        AttachmentReader(context: context).read(bytes, name: name, mimeType: "application/octet-stream", charset: nil, location: name, depth: 1)
        return (segments, context.unscannable, context.dangerous)
    }

    // MARK: RTF

    @Test("RTF as a reader sees it", arguments: [
        (#"{\rtf1\ansi Card {\b 4556} 7375 \'38689 9855\par end}"#, "Card 4556 7375 8689 9855\nend"),
        // Unicode escapes and the fallback characters they stand for (`\ucN`).
        (#"{\rtf1\uc1 Jos\u233?\uc2 \u8209\'2d\'2dx}"#, "José‑x"),
        (#"{\rtf1\ansi\ansicpg1251 \'c0\'e1}"#, "Аб"),
        // Destinations nobody sees: fonts, metadata, field codes, pictures, unknown `\*` groups.
        (#"{\rtf1{\fonttbl{\f0 Arial 536-90-4399;}}{\info{\title 536-90-4399}}{\*\unknown 536904399}{\pict 0102}Hi}"#, "Hi"),
        (#"{\rtf1{\field{\*\fldinst HYPERLINK "x"}{\fldrslt link}}}"#, "link"),
        // Table cells are tab-separated, rows end in a line break; escaped braces are text.
        (#"{\rtf1 Name\cell SSN\cell\row \{x\}\\}"#, "Name\tSSN\t\n{x}\\"),
        // Raw binary is skipped whole, even when it holds braces.
        (#"{\rtf1 a\bin3 }{}b}"#, "ab"),
        // Text boxes in shapes are seen; the shape's properties are not.
        (#"{\rtf1{\shp{\*\shpinst{\sp{\sn fillColor}{\sv 5367}}{\shptxt Box}}}}"#, "Box"),
        // Cut short in the middle of an escape: what is there is kept.
        (#"{\rtf1 abc\'4"#, "abc4"),
    ])
    func richText(_ source: String, _ shown: String) {
        let document = RichText.parse(Array(source.utf8)) { true }
        #expect(document.visible.trimmingCharacters(in: .newlines) == shown)
    }

    @Test("RTF hidden text is kept apart, and nesting has a bound")
    func richTextHiddenAndDeep() {
        let document = RichText.parse(Array(#"{\rtf1 Staff {\v SSN 536-90-4399} list\plain}"#.utf8)) { true }
        #expect(document.visible == "Staff  list")
        #expect(document.hidden == "SSN 536-90-4399")
        let deep = RichText.parse(Array(("{\\rtf1 " + String(repeating: "{", count: 5_000) + "x").utf8)) { true }
        #expect(deep.tooDeep)
    }

    @Test("RTF objects: class, data and links collected")
    func richTextObjects() {
        let source = #"{\rtf1{\object\objemb{\*\objclass Package}{\*\objdata 01 0a\par ff}{\result shown}}{\object\objautlink{\*\objclass Word}}}"#
        let document = RichText.parse(Array(source.utf8)) { true }
        #expect(document.objects.map(\.className) == ["Package", "Word"])
        #expect(document.objects.map(\.data) == [[0x01, 0x0A, 0xFF], []])
        #expect(document.objects.map(\.linked) == [false, true])
        #expect(document.visible == "shown")
    }

    @Test("Outlook's compressed RTF: inflated, stored, cut short or claiming too much", arguments: [
        // compressed_rtf 1.0.7 (PyPI) on `{\rtf1 ab ab ab ab}`, compressed and stored.
        ("17000000130000004c5a46753fee77012d00042001a00d577d0e20", "{\\rtf1 ab ab ab ab}"),
        ("1f000000130000004d454c41000000007b5c727466312061622061622061622061627d", "{\\rtf1 ab ab ab ab}"),
        ("17000000130000004c5a46753fee77012d00042001a0", "damaged"),
        ("17000000ffffff7f4c5a46753fee77012d00042001a00d577d0e20", "too large"),
        ("1700000013000000585858583fee7701", "damaged"),
    ])
    func compressedRTF(_ hex: String, _ expected: String) {
        let bytes = stride(from: 0, to: hex.count, by: 2).map { offset in
            UInt8(hex.dropFirst(offset).prefix(2), radix: 16)!
        }
        let result: String
        do {
            result = String(decoding: try CompressedRTF.decompress(bytes, maxBytes: 1 << 20), as: UTF8.self)
        } catch {
            switch error {
            case .damaged: result = "damaged"
            case .tooLarge: result = "too large"
            }
        }
        #expect(result == expected)
    }

    // MARK: OLE objects

    static func u32(_ value: Int) -> [UInt8] { (0..<4).map { UInt8(value >> (8 * $0) & 0xFF) } }
    static func name(_ text: String) -> [UInt8] { text.isEmpty ? u32(0) : u32(text.utf8.count + 1) + Array(text.utf8) + [0] }
    static func ole1(_ className: String, format: Int = 2, native: [UInt8], size: Int? = nil) -> [UInt8] {
        u32(0x0501) + u32(format) + name(className) + name("") + name("") + (format == 2 ? u32(size ?? native.count) + native : [])
    }
    static func package(_ fileName: String, _ data: [UInt8], size: Int? = nil) -> [UInt8] {
        let temp = Array("C:\\Temp\\\(fileName)".utf8) + [0]
        return [2, 0] + Array(fileName.utf8) + [0] + Array("C:\\\(fileName)".utf8) + [0] + u32(0x30000) + u32(temp.count) + temp
            + u32(size ?? data.count) + data
    }

    @Test("an OLE1 object and a Package are read only as far as their sizes hold")
    func oleObjects() throws {
        let object = try #require(EmbeddedObject.ole1(Self.ole1("Package", native: Self.package("form.exe", [0x4D, 0x5A]))))
        #expect(object.className == "Package" && !object.linked)
        let file = try #require(EmbeddedObject.packagedFile(object.nativeData))
        #expect(file.name == "form.exe" && file.data == [0x4D, 0x5A])
        #expect(EmbeddedObject.ole1(Self.ole1("Word.Document.8", format: 1, native: []))?.linked == true)
        // Sizes that run past the end, and a truncated header.
        #expect(EmbeddedObject.ole1(Self.ole1("Package", native: [1, 2], size: 0x7FFF_FFFF)) == nil)
        #expect(EmbeddedObject.ole1(Array(Self.ole1("Package", native: [1]).prefix(10))) == nil)
        #expect(EmbeddedObject.packagedFile(Self.package("a.txt", [1, 2, 3], size: 4)) == nil)
        #expect(EmbeddedObject.packagedFile([2, 0, 0x41]) == nil)
    }

    // MARK: Calendars and cards

    @Test("content lines: folds joined, escapes and quoted-printable undone", arguments: [
        ("DESCRIPTION:SSN 536-9\r\n 0-4399\\, thanks\\nRoom 4\r\n", "Description: SSN 536-90-4399, thanks\nRoom 4"),
        ("item1.X-SSN;TYPE=pref:536-90-4399\r\n", "SSN: 536-90-4399"),
        ("NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Card 4556 =\r\n7375 =E9\r\n", "Note: Card 4556 7375 é"),
        ("NOTE;QUOTED-PRINTABLE:a=3Db\r\n", "Note: a=b"),
        ("ADR;TYPE=home:;;12 Oak St;Springfield;IL;62704;USA\r\n", "Address: 12 Oak St Springfield IL 62704 USA"),
        ("ATTENDEE;CN=\"Lee: Office\":mailto:lee@district.example\r\n", "Attendee: mailto:lee@district.example"),
    ])
    func contentLines(_ source: String, _ shown: String) throws {
        let line = try #require(CalendarCardReader.contentLines(Array(source.utf8)).first)
        #expect("\(CalendarCardReader.label(line.name)): \(CalendarCardReader.value(of: line))" == shown)
    }

    @Test("events and cards in a row are one text; what no calendar shows is hidden; photos skipped")
    func calendarItems() {
        let source = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:536904399@x\r\nSUMMARY:IEP meeting\r\nBEGIN:VALARM\r\nDESCRIPTION:Reminder\r\n"
            + "END:VALARM\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Trip\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            + "BEGIN:VCARD\r\nFN:Ann\r\nPHOTO;ENCODING=b;TYPE=JPEG:NTM2OTA0Mzk5\r\nEND:VCARD\r\n"
        let read = Self.read(Array(source.utf8), name: "a.ics")
        #expect(read.segments.map { "\($0.location)=\($0.text)\($0.hidden ? " (hidden)" : "")" } == [
            "a.ics › events 1-2=Summary: IEP meeting\nDescription: Reminder\n\nSummary: Trip", "a.ics › events 1-2 › hidden=UID: 536904399@x (hidden)",
            "a.ics › card 1=Name: Ann",
        ])
    }

    // MARK: Archives

    /// A ustar archive of `files`, each header with its checksum; `claimedSize` replaces the
    /// size of every header.
    static func tar(_ files: [(String, [UInt8])], claimedSize: Int? = nil) -> [UInt8] {
        var archive: [UInt8] = []
        for (name, data) in files {
            var header = [UInt8](repeating: 0, count: 512)
            func put(_ text: String, at offset: Int) { for (index, byte) in text.utf8.enumerated() { header[offset + index] = byte } }
            put(name, at: 0)
            put("0000644", at: 100)
            put(String(format: "%011o", claimedSize ?? data.count), at: 124)
            put("00000000000", at: 136)
            put("        ", at: 148)
            put("0", at: 156)
            put("ustar", at: 257)
            put("00", at: 263)
            put(String(format: "%06o", header.reduce(0) { $0 + Int($1) }) + "\0", at: 148)
            archive += header + data + [UInt8](repeating: 0, count: (512 - data.count % 512) % 512)
        }
        return archive + [UInt8](repeating: 0, count: 1024)
    }

    @Test("tar members are read by their own format, with their paths in the location")
    func tarMembers() {
        let read = Self.read(Self.tar([("class/roster.csv", Array("Name,SSN\nAna,536-90-4399\n".utf8)), ("notes.txt", Array("Quiz Friday".utf8))]), name: "a.tar")
        #expect(read.segments.filter { !$0.location.hasSuffix("file name") }.map { "\($0.location)=\($0.text)" } == [
            "a.tar › class/roster.csv › A1=Name", "a.tar › class/roster.csv › B1=SSN", "a.tar › class/roster.csv › A2 (Name)=Name: Ana",
            "a.tar › class/roster.csv › B2 (SSN)=SSN: 536-90-4399", "a.tar › notes.txt=Quiz Friday",
        ])
        #expect(read.unscannable.isEmpty)
    }

    @Test("archive bounds: member count, lying sizes, a false magic number", arguments: [
        ("more members than allowed", tar((1...5).map { ("m\($0).txt", Array("x".utf8)) }), "too large: more than 3 archive members"),
        ("a size larger than the archive", tar([("a.txt", Array("abc".utf8))], claimedSize: 1 << 30), "damaged: "),
        ("not an archive after its magic", Array("7z".utf8) + [0xBC, 0xAF, 0x27, 0x1C, 0, 4] + [UInt8](repeating: 0xFF, count: 64), "damaged: "),
    ])
    func archiveBounds(_ what: String, _ bytes: [UInt8], _ reason: String) {
        var limits = ExtractionLimits()
        limits.maxArchiveMembers = 3
        let read = Self.read(bytes, name: "a.tar", limits: limits)
        #expect(read.unscannable.contains { $0.note.hasPrefix(reason) }, "\(what): \(read.unscannable.map(\.note))")
    }

    @Test("a compressed file that holds nothing is read as empty, not damaged")
    func emptyCompressedFile() {
        // gzip -n of zero bytes.
        let empty: [UInt8] = [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0x03, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        let read = Self.read(empty, name: "log.gz")
        #expect(read.unscannable.isEmpty && read.segments.isEmpty)
    }

    @Test("names of compressed files", arguments: [
        ("roster.csv.gz", "roster.csv"), ("notes.TGZ", "notes.tar"), ("a.tar.xz", "a.tar"), ("log.zst", "log"), ("plain", "plain"),
    ])
    func innerNames(_ outer: String, _ inner: String) {
        #expect(ArchiveReader.innerName(outer) == inner)
    }

    @Test("formats by their first bytes", arguments: [
        (Array("Rar!".utf8) + [0x1A, 0x07, 0x01, 0x00], "x.bin", AttachmentReader.Format.archive(.archive)),
        ([0x1F, 0x8B, 8, 0], "x.bin", .archive(.compressed)),
        (Array("BZh9".utf8), "x.bin", .archive(.compressed)),
        (Array("{\\rtf1 hi}".utf8), "x.doc", .richText),
        (Array("{\\rtx1 hi}".utf8), "x.doc", .richText),  // Word reads it, so must MailGuard
        (Array("\u{FEFF}BEGIN:VCARD\r\n".utf8), "x.txt", .calendarOrCard),
        (Array("begin:vcalendar\r\n".utf8), "x", .calendarOrCard),
        (Array("BZ is a word".utf8), "x.txt", .text),
        // Pictures and sound by their bytes, and the metadata a Mac puts beside each file (`._name`).
        ([0x49, 0x49, 0x2A, 0x00, 8, 0], "scan.bin", .media),
        ([0, 0, 0, 0x1C] + Array("ftypheic".utf8) + [0, 0, 0, 0], "photo.bin", .media),
        ([0x00, 0x05, 0x16, 0x07, 0, 2, 0, 0], "._roster.csv", .media),
    ] as [([UInt8], String, AttachmentReader.Format)])
    func formats(_ bytes: [UInt8], _ name: String, _ format: AttachmentReader.Format) {
        #expect(AttachmentReader.format(of: bytes, name: name, mimeType: "application/octet-stream") == format)
    }
}
