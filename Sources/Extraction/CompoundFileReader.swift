/// Reads an OLE2 compound file by what its streams are: a Word, Excel or PowerPoint 97-2003
/// document, an Outlook message, or the container of an encrypted Office Open XML file.
/// VBA projects anywhere in it are reported as macros; what cannot be read says why.
struct CompoundFileReader {
    let context: ExtractionContext

    func read(_ bytes: [UInt8], location: String, depth: Int) {
        let root: CompoundFile.Entry
        do {
            root = try CompoundFile.open(bytes)
        } catch {
            context.unscannable(location, error.reason, error.detail)
            return
        }
        reportVBA(root, location: location)
        do {
            try readContent(root, location: location, depth: depth)
        } catch {
            context.unscannable(location, error.reason, error.detail)
        }
    }

    private var maxEntries: Int { context.limits.maxArchiveMembers }

    /// The content of a storage: the root of a file, or an object embedded in an Outlook
    /// message (an attached message, a Word document inserted as an object).
    func readContent(_ storage: CompoundFile.Entry, location: String, depth: Int) throws(LegacyReadError) {
        let top = context.entries(of: storage, at: location)
        func entry(_ name: String) -> CompoundFile.Entry? { top.first { $0.name.lowercased() == name.lowercased() } }
        if entry("EncryptionInfo") != nil || entry("EncryptedPackage") != nil {
            try readEncryptedPackage(info: entry("EncryptionInfo"), package: entry("EncryptedPackage"), location: location, depth: depth)
            return
        }
        if let word = entry("WordDocument") {
            guard let document = context.stream(word, at: location) else { return }
            let text = try WordBinary.text(document: document) { name in entry(name).flatMap { context.stream($0, at: location) } }
            _ = context.addDocument(location, text)
        } else if let workbook = entry("Workbook") ?? entry("Book") {
            guard let bytes = context.stream(workbook, at: location) else { return }
            try readWorkbook(bytes, location: location)
        } else if let slides = entry("PowerPoint Document") {
            let currentUser = entry("Current User").flatMap { context.stream($0, at: location) } ?? []
            if entry("EncryptedSummary") != nil || PowerPointBinary.isEncrypted(currentUser: currentUser) {
                throw .passwordProtected("encrypted PowerPoint presentation")
            }
            guard let bytes = context.stream(slides, at: location) else { return }
            try readSlides(bytes, location: location)
        } else if top.contains(where: { $0.name.hasPrefix(OutlookMessage.propertyPrefix) }) {
            OutlookMessage(context: context).read(top, location: location, depth: depth)
        } else if let native = entry("\u{1}Ole10Native").flatMap({ context.stream($0, at: location) }) {
            // A file packaged as an object in a Word, RTF or Outlook file: its size, then a Package.
            guard let file = EmbeddedObject.packagedFile(Array(native.dropFirst(4))) else { throw .damaged("packaged object") }
            ObjectReader(context: context).readFile(file.data, name: file.name, location: location, depth: depth)
        } else if let package = (entry("Package") ?? entry("CONTENTS")).flatMap({ context.stream($0, at: location) }) {
            // An Office 2007+ document (Package) or a PDF (CONTENTS) embedded as an object.
            AttachmentReader(context: context).read(package, name: "", mimeType: "application/octet-stream", charset: nil,
                                                    location: location, depth: depth + 1)
        } else if let program = entry("\u{1}CompObj").flatMap({ context.stream($0, at: location) }).flatMap(Self.officeProgram) {
            // The file says what wrote it, but its main stream is gone or cannot be opened.
            throw .damaged("\(program) file whose main stream cannot be read")
        } else {
            throw .unsupported("compound file with no Word, Excel, PowerPoint or Outlook content")
        }
    }

    /// An encrypted Office Open XML file: read when Excel's default password opens it (the
    /// package inside is then read like any attachment), held otherwise.
    private func readEncryptedPackage(info: CompoundFile.Entry?, package: CompoundFile.Entry?, location: String, depth: Int) throws(LegacyReadError) {
        guard let info, let package else { throw .damaged("encrypted Office file without its encryption info or package") }
        guard let infoBytes = context.stream(info, at: location), let packageBytes = context.stream(package, at: location) else { return }
        let opened: [UInt8]?
        do {
            opened = try AgileEncryption.decrypt(info: infoBytes, package: packageBytes, password: DefaultPassword.excel,
                                                 inTime: { context.inTime(at: location) })
        } catch {
            // The message's time limit, when that stopped it, is reported already.
            if case .tookTooLong = error { return }
            throw error
        }
        guard let plain = opened else { throw .passwordProtected("encrypted Office file") }
        AttachmentReader(context: context).read(plain, name: "", mimeType: "application/octet-stream", charset: nil, location: location, depth: depth + 1)
    }

    private func readWorkbook(_ stream: [UInt8], location: String) throws(LegacyReadError) {
        let book = try ExcelBinary.read(stream)
        for reason in book.macros { macro(location, reason) }
        for sheet in book.sheets where context.inTime(at: location) {
            let table = "\(location) › \(sheet.name)"
            SpreadsheetReader.emit(sheet.cells.map { ($0.row + 1, $0.column, $0.value) }, table: table, context: context)
            if !sheet.notes.isEmpty { _ = context.addDocument("\(table) › notes", sheet.notes.joined(separator: "\n")) }
        }
    }

    private func readSlides(_ stream: [UInt8], location: String) throws(LegacyReadError) {
        let presentation = try PowerPointBinary.read(stream)
        if presentation.hasMacros { macro(location, "PowerPoint presentation with VBA macros") }
        for text in presentation.texts { _ = context.addDocument("\(location) › \(text.place)", text.text) }
    }

    /// A VBA project (Word's `Macros/VBA`, Excel's `_VBA_PROJECT_CUR/VBA`, a `_VBA_PROJECT`
    /// stream) anywhere in the tree, walked breadth first within the entry bound.
    private func reportVBA(_ root: CompoundFile.Entry, location: String) {
        var queue = [root]
        var seen = 0
        while !queue.isEmpty, seen < maxEntries {
            let storage = queue.removeFirst()
            let children = storage.children(limit: maxEntries - seen)
            seen += children.count
            let names = Set(children.map { $0.name.lowercased() })
            if names.contains("_vba_project") || (storage.name.lowercased() == "vba" && names.contains("dir")) {
                macro(location, "Office document with VBA macros")
                return
            }
            queue += children.filter(\.isStorage)
        }
    }

    /// The Office program a CompObj stream names (`Word.Document.8`, `Excel.Sheet.8`, ...).
    static func officeProgram(_ compObj: [UInt8]) -> String? {
        let text = String(decoding: compObj, as: UTF8.self)
        return [("Word.Document", "Word"), ("Excel.Sheet", "Excel"), ("PowerPoint.Show", "PowerPoint")].first { text.contains($0.0) }?.1
    }

    private func macro(_ location: String, _ reason: String) {
        guard context.limits.attachments.macros else { return }
        context.dangerous(location, Danger(rule: "macro", reason: reason, isProgram: false))
    }
}

/// An Outlook `.msg` ([MS-OXMSG]): properties as `__substg1.0_<id><type>` streams (subject,
/// plain and HTML bodies), attachments as storages, an attached message as a storage of its
/// own. Attachments are read like any attachment, at one level deeper.
struct OutlookMessage {
    let context: ExtractionContext

    static let propertyPrefix = "__substg1.0_"
    private static let attachmentPrefix = "__attach_version1.0_"

    func read(_ entries: [CompoundFile.Entry], location: String, depth: Int) {
        let properties = Self.properties(entries)
        if let subject = text(properties, 0x0037, at: location) { context.add("\(location) › subject", subject) }
        let body = text(properties, 0x1000, at: location)
        if let body { _ = context.addDocument("\(location) › body", body) }
        if let html = text(properties, 0x1013, at: location) {
            let rendered = HTMLText.render(html)
            _ = context.addDocument("\(location) › body (html)", rendered.visible)
            context.add("\(location) › body (html) › hidden", rendered.hidden, hidden: true)
        } else if body == nil, let compressed = properties[0x1009].flatMap({ context.stream($0.entry, at: location) }) {
            readRichTextBody(compressed, location: "\(location) › body", depth: depth)
        }
        let attachments = entries.filter { $0.name.hasPrefix(Self.attachmentPrefix) && $0.isStorage }
        for (number, attachment) in attachments.enumerated() where context.inTime(at: location) {
            readAttachment(attachment, number: number + 1, location: location, depth: depth)
        }
    }

    /// A body kept only as compressed RTF, read as RTF once inflated within the budget.
    private func readRichTextBody(_ compressed: [UInt8], location: String, depth: Int) {
        do {
            let rtf = try CompressedRTF.decompress(compressed, maxBytes: context.limits.maxDecodedBytes)
            guard context.charge(rtf.count, at: location) else { return }
            RichTextReader(context: context).read(rtf, location: location, depth: depth)
        } catch {
            switch error {
            case .tooLarge: context.unscannable(location, .tooLarge, "compressed RTF body over the limit of \(context.limits.maxDecodedBytes) bytes")
            case .damaged(let detail): context.unscannable(location, .damaged, detail)
            }
        }
    }

    private func readAttachment(_ storage: CompoundFile.Entry, number: Int, location: String, depth: Int) {
        let properties = Self.properties(context.entries(of: storage, at: location))
        // The long name, the 8.3 name, or the display name (all an attached message has).
        let name = [0x3707, 0x3704, 0x3001].lazy.compactMap { text(properties, $0, at: location) }.first ?? "attachment \(number)"
        let place = "\(location) › \(LocationName.safe(name))"
        // The name is the sender's and is read like any file name.
        context.add("\(place) › file name", name)
        if let embedded = properties[0x3701], embedded.entry.isStorage {
            // An attached message, or an Office document inserted as an object.
            guard context.within(depth: depth + 1, at: place) else { return }
            do {
                try CompoundFileReader(context: context).readContent(embedded.entry, location: place, depth: depth + 1)
            } catch {
                context.unscannable(place, error.reason, error.detail)
            }
            return
        }
        guard let data = properties[0x3701] else { return }
        guard let bytes = context.stream(data.entry, at: place) else { return }
        let mimeType = text(properties, 0x370E, at: location)?.lowercased() ?? "application/octet-stream"
        AttachmentReader(context: context).read(bytes, name: name, mimeType: mimeType, charset: nil, location: place, depth: depth + 1)
    }

    /// Property streams and storages by property id, with their type.
    private static func properties(_ entries: [CompoundFile.Entry]) -> [Int: (type: Int, entry: CompoundFile.Entry)] {
        var found: [Int: (type: Int, entry: CompoundFile.Entry)] = [:]
        for entry in entries where entry.name.hasPrefix(propertyPrefix) {
            let tag = entry.name.dropFirst(propertyPrefix.count)
            guard tag.count == 8, let id = Int(tag.prefix(4), radix: 16), let type = Int(tag.suffix(4), radix: 16) else { continue }
            // A Unicode string wins over the 8-bit one of the same property.
            if found[id] == nil || type == 0x001F { found[id] = (type, entry) }
        }
        return found
    }

    /// A string property: UTF-16 (`001F`), 8-bit (`001E`), or bytes holding HTML (`0102`).
    private func text(_ properties: [Int: (type: Int, entry: CompoundFile.Entry)], _ id: Int, at location: String) -> String? {
        guard let property = properties[id], let bytes = context.stream(property.entry, at: location) else { return nil }
        let text: String
        switch property.type {
        case 0x001F: text = LittleEndian(bytes).utf16(0, count: bytes.count / 2) ?? ""
        case 0x001E, 0x0102: text = CharsetDecoder.decode(bytes, declared: nil)
        default: return nil
        }
        let trimmed = text.hasSuffix("\0") ? String(text.prefix { $0 != "\0" }) : text
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension ExtractionContext {
    /// A storage's entries, within the archive member bound; past it, the rest are reported
    /// (an Outlook message with more attachments than the bound, a crafted directory).
    func entries(of storage: CompoundFile.Entry, at location: String) -> [CompoundFile.Entry] {
        if storage.childCount > limits.maxArchiveMembers {
            unscannable(location, .tooLarge, "more than \(limits.maxArchiveMembers) entries in one storage")
        }
        return storage.children(limit: limits.maxArchiveMembers)
    }

    /// A stream's bytes, charged to the message's budget; nil (reported) when the budget is
    /// spent or libgsf cannot follow the stream's sectors.
    func stream(_ entry: CompoundFile.Entry, at location: String) -> [UInt8]? {
        guard !entry.isStorage, charge(max(entry.size, 0), at: location) else { return nil }
        guard let bytes = entry.bytes(maxBytes: limits.maxDecodedBytes) else {
            unscannable(location, .damaged, "the \(entry.name) stream cannot be read")
            return nil
        }
        return bytes
    }
}
