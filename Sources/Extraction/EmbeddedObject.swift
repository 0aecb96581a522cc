/// Objects embedded by OLE in RTF, Word and Outlook files: the OLE1 wrapper RTF's `\objdata`
/// holds (MS-OLEDS 2.2) and the Package object that wraps a plain file (a program, a PDF).
enum EmbeddedObject {
    struct OLE1 {
        var className: String
        /// A link to a file elsewhere, fetched when the document opens, not a copy.
        var linked: Bool
        var nativeData: [UInt8]
    }

    /// An OLE1 object: version, format (1 linked, 2 embedded), three length-prefixed
    /// names (class, topic, item) and, when embedded, the native data with its size.
    static func ole1(_ bytes: [UInt8]) -> OLE1? {
        let reader = LittleEndian(bytes)
        guard let format = reader.u32(4), format == 1 || format == 2 else { return nil }
        var offset = 8
        var names: [String] = []
        for _ in 0..<3 {
            guard let length = reader.u32(offset), length <= bytes.count - offset - 4 else { return nil }
            let name = bytes[(offset + 4)..<(offset + 4 + length)].prefix { $0 != 0 }
            names.append(String(decoding: name, as: UTF8.self))
            offset += 4 + length
        }
        guard format == 2 else { return OLE1(className: names[0], linked: true, nativeData: []) }
        guard let size = reader.u32(offset), size <= bytes.count - offset - 4 else { return nil }
        return OLE1(className: names[0], linked: false, nativeData: Array(bytes[(offset + 4)..<(offset + 4 + size)]))
    }

    struct PackagedFile {
        var name: String
        var data: [UInt8]
    }

    /// The file inside a Package object's native data: a 2-byte header, the label and the
    /// original path (each ending in NUL), 4 reserved bytes, the length-prefixed path it was
    /// unpacked to, then the file's size and bytes.
    static func packagedFile(_ native: [UInt8]) -> PackagedFile? {
        let reader = LittleEndian(native)
        var offset = 2
        func zeroTerminated() -> String? {
            guard offset < native.count, let end = native[offset...].firstIndex(of: 0) else { return nil }
            defer { offset = end + 1 }
            return CharsetDecoder.windows1252(native[offset..<end])
        }
        guard let label = zeroTerminated(), let path = zeroTerminated() else { return nil }
        offset += 4
        guard let tempLength = reader.u32(offset), tempLength <= native.count - offset - 4 else { return nil }
        offset += 4 + tempLength
        guard let size = reader.u32(offset), size <= native.count - offset - 4 else { return nil }
        let base = path.split(whereSeparator: { $0 == "\\" || $0 == "/" }).last.map(String.init) ?? ""
        return PackagedFile(name: base.isEmpty ? label : base, data: Array(native[(offset + 4)..<(offset + 4 + size)]))
    }

    /// Classes whose objects run on opening or exist to carry exploits: the Equation Editor
    /// (CVE-2017-11882) and OLE2Link (CVE-2017-0199). Matched case-insensitively.
    static func isDangerous(className: String) -> Bool {
        let lowered = className.lowercased()
        return lowered.hasPrefix("equation.") || lowered == "ole2link"
    }
}

/// RTF documents (see `RichText`) and the objects embedded in them.
struct RichTextReader {
    let context: ExtractionContext

    func read(_ bytes: [UInt8], location: String, depth: Int) {
        let document = RichText.parse(bytes) { context.inTime(at: location) }
        _ = context.addDocument(location, document.visible)
        context.add(location + " › hidden", document.hidden, hidden: true)
        if document.tooDeep {
            context.unscannable(location, .tooDeep, "RTF groups nested deeper than \(RichText.maxDepth) levels")
        }
        for (number, object) in document.objects.enumerated() {
            ObjectReader(context: context).read(object.data, className: object.className, linked: object.linked,
                                                location: "\(location) › object \(number + 1)", depth: depth)
        }
    }
}

/// One embedded object: a link or an exploit-prone class is reported as dangerous; a
/// packaged file is read by its own name and bytes; any other object by what its native
/// data is (an Excel sheet, a Word document, a PDF).
struct ObjectReader {
    let context: ExtractionContext

    func read(_ data: [UInt8], className: String, linked: Bool, location: String, depth: Int) {
        let ole1 = EmbeddedObject.ole1(data)
        let className = ole1?.className ?? className
        let described = className.isEmpty ? location : "\(location) (\(LocationName.safe(className)))"
        if linked || ole1?.linked == true {
            context.dangerous(described, Danger(rule: AttachmentRules.embeddedObjectRule, reason: "linked object (fetched when the document opens)", isProgram: false))
            return
        }
        if EmbeddedObject.isDangerous(className: className) {
            context.dangerous(described, Danger(rule: AttachmentRules.embeddedObjectRule, reason: "\(className) object (runs when the document opens)", isProgram: false))
            return
        }
        guard !data.isEmpty else { return }
        let native = ole1?.nativeData ?? data
        if className.lowercased() == "package", let file = EmbeddedObject.packagedFile(native) {
            readFile(file.data, name: file.name, location: location, depth: depth)
        } else if AttachmentReader.format(of: native, name: "", mimeType: "application/octet-stream") == .unknown {
            context.unscannable(described, .unsupportedFormat, "embedded \(className.isEmpty ? "object" : className) object")
        } else {
            AttachmentReader(context: context).read(native, name: "", mimeType: "application/octet-stream", charset: nil,
                                                    location: described, depth: depth + 1)
        }
    }

    /// A file as a Package object or an `Ole10Native` stream holds it.
    func readFile(_ data: [UInt8], name: String, location: String, depth: Int) {
        let fileLocation = "\(location) › \(LocationName.safe(name))"
        context.add("\(fileLocation) › file name", name)
        AttachmentReader(context: context).read(data, name: name, mimeType: "application/octet-stream", charset: nil,
                                                location: fileLocation, depth: depth + 1)
    }
}
