/// Rich Text Format, read by hand: Debian has no RTF library (unrtf is a program, LibreOffice
/// far too large for a worker), and the syntax is small: groups, control words, hex and
/// Unicode escapes. What a reader of the document sees becomes text: body, tables (a tab
/// between cells), headers, footnotes, text boxes, field results. Font tables, styles,
/// pictures, field codes and other hidden destinations do not; text formatted hidden (`\v`)
/// is kept apart and scanned as hidden. Embedded objects are collected for their reader.
struct RichText {
    var visible = ""
    var hidden = ""
    var objects: [Object] = []
    /// Groups nested deeper than `maxDepth`: the rest of the document was not read.
    var tooDeep = false

    /// An OLE object embedded in the document (see `EmbeddedObject` for what its data holds).
    struct Object {
        var className = ""
        /// The `\objdata` bytes: an OLE1 object (MS-OLEDS 2.2).
        var data: [UInt8] = []
        /// A link to another file (`\objautlink`, `\objlink`) or one updated on opening.
        var linked = false
    }

    static let maxDepth = 1_000

    /// Word opens as RTF anything that starts `{\rt` (`{\rtx1`, `{\rt0` included): malware relies on
    /// it to pass filters that look for `{\rtf1`.
    static func looksLikeRTF(_ bytes: [UInt8]) -> Bool { bytes.starts(with: Array("{\\rt".utf8)) }

    private enum Destination { case text, skipped, objectClass, objectData }

    private struct Group {
        var destination = Destination.text
        var hidden = false
        /// Characters that stand in for a `\uN` in readers without Unicode (`\ucN`).
        var unicodeFallback = 1
        /// The next control word names a destination to skip unless it is known (`\*`).
        var ignorable = false
    }

    /// Destinations whose text no reader sees.
    private static let skippedDestinations: Set<String> = [
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "themedata", "colorschememapping", "datastore", "latentstyles",
        "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "mmathPr", "pgdsctbl", "fldinst", "bkmkstart",
        "bkmkend", "filetbl", "revtbl", "sp", "nonshppict", "htmltag", "mhtmltag", "fontemb", "fontfile", "listtext",
        "pntext", "pntxta", "pntxtb", "xe", "tc", "userprops", "docvar", "passwordhash", "protusertbl", "blipuid", "objalias",
    ]
    /// Ignorable destinations that hold text a reader sees (shapes' text boxes) or that this
    /// reader needs (objects).
    private static let keptDestinations: Set<String> = ["shpinst", "shptxt", "objclass", "objdata", "fldrslt", "result", "footnote"]

    private static let symbols: [String: String] = [
        "par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n", "cell": "\t", "nestcell": "\t", "tab": "\t",
        "emdash": "\u{2014}", "endash": "\u{2013}", "bullet": "\u{2022}", "lquote": "\u{2018}", "rquote": "\u{2019}",
        "ldblquote": "\u{201C}", "rdblquote": "\u{201D}", "emspace": " ", "enspace": " ", "qmspace": " ",
    ]

    /// `inTime` is asked every 64 KiB; false stops the reading where it is.
    static func parse(_ bytes: [UInt8], inTime: () -> Bool) -> RichText {
        var parser = Parser(bytes: bytes)
        parser.run(inTime: inTime)
        return parser.result
    }

    private struct Parser {
        let bytes: [UInt8]
        var result = RichText()
        var stack: [Group] = []
        var group = Group()
        var codePage = 1252
        /// Bytes of the code page waiting to be decoded, and which text they belong to.
        var pending: [UInt8] = []
        var pendingHidden = false
        /// Fallback characters still to drop after a `\uN`.
        var skipCount = 0
        var hexNibble: UInt8?

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func run(inTime: () -> Bool) {
            var index = 0
            var nextCheck = 1 << 16
            while index < bytes.count {
                if index >= nextCheck {
                    guard inTime() else { break }
                    nextCheck = index + (1 << 16)
                }
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "{"):
                    guard stack.count < RichText.maxDepth else {
                        result.tooDeep = true
                        flush()
                        return
                    }
                    stack.append(group)
                    group.ignorable = false
                    skipCount = 0
                    index += 1
                case UInt8(ascii: "}"):
                    if let outer = stack.popLast() {
                        if group.destination == .objectData { hexNibble = nil }
                        group = outer
                    }
                    skipCount = 0
                    index += 1
                case UInt8(ascii: "\\"):
                    index = control(at: index + 1)
                case 10, 13:
                    index += 1
                default:
                    character(byte)
                    index += 1
                }
            }
            flush()
        }

        /// A control word or symbol after the backslash at `start - 1`; where reading goes on.
        mutating func control(at start: Int) -> Int {
            guard start < bytes.count else { return start }
            let first = bytes[start]
            guard first.isASCIILetter else {
                return symbol(first, at: start)
            }
            var end = start
            while end < bytes.count, bytes[end].isASCIILetter, end - start < 32 { end += 1 }
            let word = String(decoding: bytes[start..<end], as: UTF8.self)
            var parameter: Int?
            var numberEnd = end
            if numberEnd < bytes.count, bytes[numberEnd] == UInt8(ascii: "-") || bytes[numberEnd].isASCIIDigit {
                numberEnd += 1
                while numberEnd < bytes.count, bytes[numberEnd].isASCIIDigit, numberEnd - end < 11 { numberEnd += 1 }
                parameter = Int(String(decoding: bytes[end..<numberEnd], as: UTF8.self))
            }
            var next = numberEnd
            if next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
            if word == "bin", let length = parameter, length > 0 {
                // Raw bytes follow; they are never text.
                return next + Swift.min(length, bytes.count - next)
            }
            controlWord(word, parameter)
            return next
        }

        mutating func symbol(_ symbol: UInt8, at index: Int) -> Int {
            switch symbol {
            case UInt8(ascii: "'"):
                guard index + 2 < bytes.count, let high = bytes[index + 1].hexValue, let low = bytes[index + 2].hexValue else {
                    return index + 1
                }
                character(high << 4 | low)
                return index + 3
            case UInt8(ascii: "*"):
                group.ignorable = true
            case UInt8(ascii: "~"):
                character(0xA0)
            case UInt8(ascii: "_"):
                character(UInt8(ascii: "-"))
            case 10, 13:
                controlWord("par", nil)
            case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                character(symbol)
            default:
                break  // `\-` (optional hyphen), `\|`, `\:` show nothing.
            }
            return index + 1
        }

        mutating func controlWord(_ word: String, _ parameter: Int?) {
            if group.ignorable {
                group.ignorable = false
                if !RichText.keptDestinations.contains(word) { group.destination = .skipped }
            }
            if RichText.skippedDestinations.contains(word) { group.destination = .skipped }
            guard group.destination != .skipped else { return }
            switch word {
            case "ansicpg": codePage = parameter ?? 1252
            case "mac": codePage = 10000
            case "pc": codePage = 437
            case "pca": codePage = 850
            case "uc": group.unicodeFallback = Swift.max(0, Swift.min(parameter ?? 1, 8))
            case "u":
                guard let parameter else { return }
                let value = parameter < 0 ? parameter + 65_536 : parameter
                if let scalar = Unicode.Scalar(UInt32(clamping: value)) { append(String(Character(scalar))) }
                skipCount = group.unicodeFallback
            case "v": group.hidden = parameter != 0
            case "plain": group.hidden = false
            case "object":
                result.objects.append(Object())
            case "objautlink", "objlink", "objupdate":
                if !result.objects.isEmpty { result.objects[result.objects.count - 1].linked = true }
            case "objclass":
                group.destination = .objectClass
            case "objdata":
                group.destination = .objectData
                hexNibble = nil
            default:
                if let text = RichText.symbols[word] {
                    skipCount = 0
                    append(text)
                }
            }
        }

        mutating func character(_ byte: UInt8) {
            if skipCount > 0 {
                skipCount -= 1
                return
            }
            switch group.destination {
            case .skipped:
                return
            case .objectClass:
                guard !result.objects.isEmpty, result.objects[result.objects.count - 1].className.utf8.count < 256 else { return }
                result.objects[result.objects.count - 1].className.append(Character(Unicode.Scalar(byte)))
            case .objectData:
                guard let value = byte.hexValue, !result.objects.isEmpty else { return }
                if let high = hexNibble {
                    result.objects[result.objects.count - 1].data.append(high << 4 | value)
                    hexNibble = nil
                } else {
                    hexNibble = value
                }
            case .text:
                if group.hidden != pendingHidden { flush() }
                pendingHidden = group.hidden
                pending.append(byte)
            }
        }

        mutating func append(_ text: String) {
            guard group.destination == .text else { return }
            flush()
            if group.hidden { result.hidden += text } else { result.visible += text }
        }

        /// Decodes the waiting bytes in the document's code page.
        mutating func flush() {
            guard !pending.isEmpty else { return }
            let text = codePage == 1252 || codePage == 0
                ? CharsetDecoder.windows1252(pending)
                : CharsetDecoder.convert(pending, from: codePage == 10000 ? "MACINTOSH" : "CP\(codePage)") ?? CharsetDecoder.windows1252(pending)
            if pendingHidden { result.hidden += text } else { result.visible += text }
            pending.removeAll(keepingCapacity: true)
        }
    }
}

/// Outlook's compressed RTF ([MS-OXRTFCP]), the only body some messages carry: an LZ77
/// variant over a 4 KiB window that starts filled with a fixed RTF preamble.
enum CompressedRTF {
    enum Failure: Error { case damaged(String), tooLarge }

    private static let preamble = Array(
        ("{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans Serif"
            + "SymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx").utf8)

    /// The RTF; `maxBytes` bounds what it may grow to (a window reference copies up to 17
    /// bytes from 2, so a small stream can claim a large body).
    static func decompress(_ bytes: [UInt8], maxBytes: Int) throws(Failure) -> [UInt8] {
        let header = LittleEndian(bytes)
        guard let compressedSize = header.u32(0), let rawSize = header.u32(4), let type = header.u32(8) else {
            throw .damaged("compressed RTF header cut short")
        }
        guard rawSize <= maxBytes else { throw .tooLarge }
        let end = Swift.min(bytes.count, compressedSize + 4)
        if type == 0x414C_454D { return Array(bytes[Swift.min(16, end)..<end]) }  // "MELA": stored
        guard type == 0x7546_5A4C else { throw .damaged("compressed RTF of unknown type") }  // "LZFu"
        var window = preamble + [UInt8](repeating: 0, count: 4096 - preamble.count)
        var write = preamble.count
        var output: [UInt8] = []
        output.reserveCapacity(Swift.min(rawSize, 1 << 20))
        var index = 16
        while index < end {
            let control = bytes[index]
            index += 1
            for bit in 0..<8 where index < end {
                if control >> bit & 1 == 0 {
                    window[write] = bytes[index]
                    write = (write + 1) & 0xFFF
                    output.append(bytes[index])
                    index += 1
                    continue
                }
                guard index + 1 < end else { throw .damaged("compressed RTF cut short") }
                let reference = Int(bytes[index]) << 8 | Int(bytes[index + 1])
                index += 2
                let offset = reference >> 4
                if offset == write { return output }  // the end marker
                for step in 0..<(reference & 0xF) + 2 {
                    let byte = window[(offset + step) & 0xFFF]
                    window[write] = byte
                    write = (write + 1) & 0xFFF
                    output.append(byte)
                }
                guard output.count <= maxBytes else { throw .tooLarge }
            }
        }
        throw .damaged("compressed RTF cut short")
    }
}
