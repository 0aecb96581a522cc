import Foundation

/// iCalendar (`.ics`, RFC 5545) and vCard (`.vcf`, RFC 2426/6350, and 2.1) files: content
/// lines `NAME;PARAM=VALUE:value`, folded at 75 octets. Each event, task or card becomes
/// `Label: value` lines, with folds joined, escapes and quoted-printable undone and the
/// declared charset applied; items in a row are read as one text (`name › event 2`,
/// `name › cards 3-9`). Properties a person
/// does not see in a calendar or address book (UIDs, stamps, time zones, recurrence rules)
/// are scanned as hidden text; a file attached inside an event (`ATTACH;ENCODING=BASE64`)
/// is read like any attachment; photos and sounds are skipped.
struct CalendarCardReader {
    let context: ExtractionContext

    static func looksLikeCalendarOrCard(_ bytes: [UInt8]) -> Bool {
        let start = bytes.prefix(64).drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0x20 || $0 == 0x0D || $0 == 0x0A || $0 == 0x09 }
        let head = String(decoding: start.prefix(15), as: UTF8.self).uppercased()
        return head.hasPrefix("BEGIN:VCALENDAR") || head.hasPrefix("BEGIN:VCARD")
    }

    struct ContentLine: Equatable {
        var name: String
        var parameters: [String: String]
        var value: String
    }

    func read(_ bytes: [UInt8], location: String, depth: Int) {
        var counts: [String: Int] = [:]
        var file = Item(location: location)
        var item: Item?
        var group: Group?
        func finishItem() {
            guard let finished = item else { return }
            item = nil
            if group == nil || group!.kind != finished.kind || group!.size >= Group.maxSize {
                group.map(emit)
                group = Group(file: location, kind: finished.kind)
            }
            group!.add(finished)
        }
        for line in Self.contentLines(bytes) {
            guard context.inTime(at: location) else { break }  // what was read is still scanned
            let kind = Self.itemKinds[line.value.uppercased()]
            switch line.name {
            case "BEGIN" where kind != nil:
                finishItem()
                counts[kind!, default: 0] += 1
                item = Item(location: "\(location) › \(kind!) \(counts[kind!]!)", kind: kind!, number: counts[kind!]!)
            case "END" where kind != nil:
                finishItem()
            case "BEGIN", "END", "VERSION", "PRODID":
                continue
            default:
                if let encoding = line.parameters["ENCODING"]?.uppercased(), encoding == "B" || encoding == "BASE64" {
                    readBinary(line, location: item?.location ?? location, depth: depth)
                    continue
                }
                let value = Self.value(of: line)
                guard !value.isEmpty else { continue }
                let text = "\(Self.label(line.name)): \(value)"
                let seen = !Self.unseen.contains(line.name)
                if item != nil { item!.append(text, seen: seen) } else { file.append(text, seen: seen) }
            }
        }
        finishItem()
        group.map(emit)
        var outside = Group(file: location, kind: "")
        outside.add(file)
        emit(outside)
    }

    /// The lines of one event or card (or of the file, outside them), seen and unseen.
    private struct Item {
        let location: String
        var kind = ""
        var number = 0
        var visible: [String] = []
        var hidden: [String] = []

        mutating func append(_ text: String, seen: Bool) {
            if seen { visible.append(text) } else { hidden.append(text) }
        }
    }

    /// Items in a row read as one text of up to `maxSize` bytes: an address book of 50,000
    /// cards is a few hundred texts, not 50,000. One item is `card 3`, several `cards 3-9`.
    private struct Group {
        static let maxSize = 16 << 10
        /// The file's location.
        let file: String
        /// "event", "card", ...; empty for the lines outside every item.
        let kind: String
        var items: [Item] = []
        var size = 0

        mutating func add(_ item: Item) {
            items.append(item)
            size += item.visible.reduce(0) { $0 + $1.utf8.count } + item.hidden.reduce(0) { $0 + $1.utf8.count }
        }

        var location: String {
            guard !kind.isEmpty, let first = items.first?.number, let last = items.last?.number else { return file }
            return first == last ? "\(file) › \(kind) \(first)" : "\(file) › \(kind)s \(first)-\(last)"
        }
    }

    /// One text per group (not a document: its `Label: value` lines are not a table), a
    /// blank line between items.
    private func emit(_ group: Group) {
        func text(_ lines: (Item) -> [String]) -> String {
            group.items.map(lines).filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
        }
        context.add(group.location, text(\.visible))
        context.add(group.location + " › hidden", text(\.hidden), hidden: true)
    }

    /// Components a person reads as one item.
    /// An alarm or a time zone is part of what holds it, not an item of its own.
    private static let itemKinds = ["VEVENT": "event", "VTODO": "task", "VJOURNAL": "journal", "VCARD": "card"]

    /// Properties no calendar or address book shows as text.
    private static let unseen: Set<String> = [
        "UID", "DTSTAMP", "CREATED", "LAST-MODIFIED", "SEQUENCE", "RRULE", "EXDATE", "RDATE", "TZID", "TZOFFSETFROM",
        "TZOFFSETTO", "TZNAME", "REV", "CALSCALE", "METHOD", "STATUS", "TRANSP", "CLASS", "PRIORITY", "GEO", "RECURRENCE-ID",
        "X-WR-TIMEZONE", "KIND", "PRODID", "SOURCE", "KEY", "CLIENTPIDMAP", "X-MICROSOFT-CDO-OWNERAPPTID",
    ]

    /// A file inside the item: read when it is an attachment, skipped when it is a
    /// picture, sound or key of the card.
    private func readBinary(_ line: ContentLine, location: String, depth: Int) {
        guard line.name == "ATTACH" else { return }
        let data = Base64.decode(Array(line.value.utf8))
        let name = line.parameters["X-FILENAME"] ?? line.parameters["FILENAME"] ?? line.parameters["X-APPLE-FILENAME"] ?? ""
        let attachmentLocation = "\(location) › attachment \(name.isEmpty ? "(unnamed)" : LocationName.safe(name))"
        guard context.charge(data.count, at: attachmentLocation) else { return }
        if !name.isEmpty { context.add("\(attachmentLocation) › file name", name) }
        AttachmentReader(context: context).read(data, name: name, mimeType: line.parameters["FMTTYPE"]?.lowercased() ?? "application/octet-stream",
                                                charset: nil, location: attachmentLocation, depth: depth + 1)
    }

    /// `X-SSN` → `SSN`, `X-MS-OLK-SENDER` → `MS OLK SENDER`, `TEL` → `Phone`.
    static func label(_ name: String) -> String {
        if let known = labels[name] { return known }
        let bare = name.hasPrefix("X-") ? String(name.dropFirst(2)) : name
        return bare.replacingOccurrences(of: "-", with: " ")
    }

    private static let labels = [
        "SUMMARY": "Summary", "DESCRIPTION": "Description", "LOCATION": "Location", "COMMENT": "Comment", "ATTENDEE": "Attendee",
        "ORGANIZER": "Organizer", "CONTACT": "Contact", "CATEGORIES": "Categories", "DTSTART": "Start", "DTEND": "End", "DUE": "Due",
        "FN": "Name", "N": "Name", "NICKNAME": "Nickname", "ADR": "Address", "LABEL": "Address", "TEL": "Phone", "EMAIL": "Email",
        "NOTE": "Note", "ORG": "Organization", "TITLE": "Title", "ROLE": "Role", "BDAY": "Birthday", "ANNIVERSARY": "Anniversary",
        "URL": "Web", "IMPP": "Chat", "RELATED": "Related", "GENDER": "Gender", "LANG": "Language",
    ]

    /// The value as a person reads it: quoted-printable decoded in its charset, `\n` a line
    /// break, `\,` `\;` `\\` the character, and the `;` between structured parts (name,
    /// address) a space.
    static func value(of line: ContentLine) -> String {
        var raw = line.value
        if line.parameters["ENCODING"]?.uppercased() == "QUOTED-PRINTABLE" {
            raw = CharsetDecoder.decode(QuotedPrintable.decode(Array(raw.utf8)), declared: line.parameters["CHARSET"] ?? "utf-8")
        }
        var text = ""
        var escaped = false
        for character in raw {
            if escaped {
                text.append(character == "n" || character == "N" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ";" {
                if !text.isEmpty, text.last != " " { text.append(" ") }
            } else {
                text.append(character)
            }
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Logical lines with folds joined: a line that begins with a space or tab continues the
    /// one before (RFC 5545 3.1); in vCard 2.1 a quoted-printable value ending in `=`
    /// continues on the next line.
    static func contentLines(_ bytes: [UInt8]) -> [ContentLine] {
        let text = CharsetDecoder.decode(bytes, declared: "utf-8")
        var physical = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })[...]
        var lines: [ContentLine] = []
        while let first = physical.popFirst() {
            var logical = String(first)
            while let next = physical.first, next.first == " " || next.first == "\t" {
                logical += next.dropFirst()
                physical.removeFirst()
            }
            guard var line = Self.parse(logical) else { continue }
            if line.parameters["ENCODING"]?.uppercased() == "QUOTED-PRINTABLE" {
                // In place: a value broken over a million lines must not be copied a million times.
                while line.value.hasSuffix("="), let next = physical.popFirst() {
                    line.value.removeLast()
                    line.value += next.drop { $0 == " " || $0 == "\t" }
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// `NAME;PARAM=VALUE;TYPE=HOME:value`, with a group prefix (`item1.TEL`) dropped and
    /// vCard 2.1's bare parameters (`TEL;HOME;QUOTED-PRINTABLE:`) understood.
    static func parse(_ line: String) -> ContentLine? {
        var inQuotes = false
        guard let colon = line.firstIndex(where: { character in
            if character == "\"" { inQuotes.toggle() }
            return character == ":" && !inQuotes
        }) else { return nil }
        let head = line[..<colon].split(separator: ";", omittingEmptySubsequences: true)
        guard let rawName = head.first else { return nil }
        let name = (rawName.split(separator: ".").last.map(String.init) ?? "").uppercased().trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return nil }
        var parameters: [String: String] = [:]
        for parameter in head.dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            let key = parts[0].uppercased()
            let value = parts.count > 1 ? String(parts[1]).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) : ""
            if parts.count > 1 {
                parameters[key] = value
            } else if ["QUOTED-PRINTABLE", "BASE64", "B"].contains(key) {
                parameters["ENCODING"] = key
            }
        }
        return ContentLine(name: name, parameters: parameters, value: String(line[line.index(after: colon)...]))
    }
}

/// Quoted-printable (RFC 2045 6.7) as vCard 2.1 values use it; MIME parts are decoded by GMime.
enum QuotedPrintable {
    static func decode(_ encoded: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(encoded.count)
        var index = 0
        while index < encoded.count {
            let byte = encoded[index]
            if byte == UInt8(ascii: "="), index + 2 < encoded.count,
               let high = encoded[index + 1].hexValue, let low = encoded[index + 2].hexValue {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(byte)
                index += 1
            }
        }
        return bytes
    }
}
