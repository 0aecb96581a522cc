/// The text of a PowerPoint 97-2003 `.ppt` ([MS-PPT]): the PowerPoint Document stream is a
/// tree of records (containers hold records, atoms hold data). Text atoms are read where
/// they stand, named by the slide or notes page around them; the master's placeholder text
/// is left out. A VBA project is reported through its info atom.
enum PowerPointBinary {
    struct Text: Equatable {
        /// "slide 3", "notes 3", or "text" outside any slide.
        var place: String
        var text: String
    }

    struct Presentation {
        var texts: [Text] = []
        var hasMacros = false
    }

    private enum RecordType {
        static let slide = 0x03EE, notes = 0x03F0, mainMaster = 0x03F8, slideListWithText = 0x0FF0
        static let slidePersist = 0x03F3, notesAtom = 0x03F1, textChars = 0x0FA0, textBytes = 0x0FA8, vbaInfoAtom = 0x0400
        static let cryptSession = 0x2F14
    }

    /// Containers nest at most this deep (PowerPoint's own go about six deep); a crafted
    /// stream could nest one in another to its end.
    static let maxDepth = 64

    /// The Current User stream's header token: 0xF3D1C4DF when the document is encrypted.
    static func isEncrypted(currentUser: [UInt8]) -> Bool {
        LittleEndian(currentUser).u32(12) == 0xF3D1_C4DF
    }

    static func read(_ stream: [UInt8]) throws(LegacyReadError) -> Presentation {
        let fields = LittleEndian(stream)
        var presentation = Presentation()
        // Open containers: type, instance and where each ends.
        var open: [(type: Int, instance: Int, end: Int)] = []
        var slides = 0, listedSlides = 0
        // Slide ids in the slide list's order, so a notes page names its slide.
        var slideNumbers: [Int: Int] = [:]
        var place = "text"
        func closed(_ type: Int) {
            if [RecordType.slide, RecordType.notes, RecordType.slideListWithText].contains(type) { place = "text" }
        }
        var offset = 0
        var records = 0
        while offset + 8 <= stream.count {
            while let last = open.last, offset + 8 > last.end { closed(open.removeLast().type) }
            guard let header = fields.u16(offset), let type = fields.u16(offset + 2), let length = fields.u32(offset + 4) else { break }
            records += 1
            let end = min(offset + 8 + length, open.last?.end ?? stream.count)
            if type == RecordType.cryptSession { throw .passwordProtected("encrypted PowerPoint presentation") }
            if header & 0xF == 0xF {
                guard open.count < maxDepth else { throw .tooDeep("PowerPoint records nested deeper than \(maxDepth) levels") }
                open.append((type, header >> 4, end))
                switch type {
                case RecordType.slide:
                    slides += 1
                    place = "slide \(slides)"
                case RecordType.notes:
                    place = "notes"
                default: break
                }
                offset += 8
                continue
            }
            let data = offset + 8
            let count = end - data
            let inMaster = open.contains { $0.type == RecordType.mainMaster } || place == "notes master"
            switch type {
            case RecordType.slidePersist where open.last?.type == RecordType.slideListWithText:
                if open.last?.instance == 0 {
                    listedSlides += 1
                    place = "slide \(listedSlides)"
                    if let id = fields.u32(data + 12) { slideNumbers[id] = listedSlides }
                } else {
                    place = "text"
                }
            case RecordType.notesAtom where open.last?.type == RecordType.notes:
                // The notes master's id is 0: its placeholder text is left out like the master's.
                let slide = fields.u32(data) ?? 0
                place = slide == 0 ? "notes master" : "notes \(slideNumbers[slide].map(String.init) ?? "page")"
            case RecordType.textChars where !inMaster:
                if let text = fields.utf16(data, count: count / 2) { presentation.append(text, at: place) }
            case RecordType.textBytes where !inMaster:
                if let text = fields.ansi(data, count: count) { presentation.append(text, at: place) }
            case RecordType.vbaInfoAtom:
                if fields.u32(data + 4) == 1 { presentation.hasMacros = true }
            default: break
            }
            offset = max(end, offset + 8)
        }
        if records == 0, !stream.isEmpty { throw .damaged("no records in the PowerPoint Document stream") }
        return presentation
    }
}

extension PowerPointBinary.Presentation {
    /// A text atom's paragraphs end in CR and its line breaks are vertical tabs.
    mutating func append(_ text: String, at place: String) {
        let lines = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\r" || $0 == "\u{0B}" ? "\n" : $0 }))
        if let last = texts.last, last.place == place {
            texts[texts.count - 1].text += "\n" + lines
        } else {
            texts.append(PowerPointBinary.Text(place: place, text: lines))
        }
    }
}
