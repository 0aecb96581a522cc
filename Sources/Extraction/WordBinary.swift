/// The text of a Word 97-2003 `.doc` ([MS-DOC]): the File Information Block names the table
/// stream and where its piece table lies; the pieces say where each run of characters is
/// stored in the WordDocument stream, 8-bit or UTF-16. All the document's text is read
/// (body, footnotes, headers, comments, text boxes: they follow one another), fields show
/// their result and not their code, and a table's cells end up tab-separated on one line.
enum WordBinary {
    static func text(document: [UInt8], table: (String) -> [UInt8]?) throws(LegacyReadError) -> String {
        let fib = LittleEndian(document)
        guard fib.u16(0) == 0xA5EC, let version = fib.u16(2), let flags = fib.u16(0x0A) else {
            throw .damaged("not a Word document (no File Information Block)")
        }
        // Word 6.0 and 95 keep their text without a piece table of this layout.
        guard version >= 0xC1 else { throw .unsupported("Word 6.0/95 document") }
        if flags & 0x0100 != 0 { throw .passwordProtected("encrypted Word document") }
        let tableName = flags & 0x0200 != 0 ? "1Table" : "0Table"
        guard let tableBytes = table(tableName) else { throw .damaged("\(tableName) stream missing") }
        let (clxOffset, clxLength) = try clxPosition(fib)
        let pieces = try Self.pieces(LittleEndian(tableBytes), at: clxOffset, length: clxLength)
        var characters: [UInt16] = []
        for piece in pieces {
            let count = piece.characters
            // Pieces may point at the same bytes again; a real document never has more
            // characters than its stream has bytes, so a table that claims more is crafted.
            guard characters.count + count <= document.count else { throw .damaged("text pieces claim more characters than the document holds") }
            if piece.compressed {
                guard piece.start + count <= document.count else { throw .damaged("a text piece lies outside the document") }
                characters.append(contentsOf: CharsetDecoder.windows1252(document[piece.start..<piece.start + count]).utf16)
            } else {
                guard piece.start + 2 * count <= document.count else { throw .damaged("a text piece lies outside the document") }
                for index in 0..<count {
                    let at = piece.start + 2 * index
                    characters.append(UInt16(document[at]) | UInt16(document[at + 1]) << 8)
                }
            }
        }
        return visible(characters)
    }

    /// Where the Clx (the piece table and its formatting) lies in the table stream: the 34th
    /// offset/length pair of the FIB's variable part, found by walking its counted parts.
    private static func clxPosition(_ fib: LittleEndian) throws(LegacyReadError) -> (Int, Int) {
        guard let shorts = fib.u16(32) else { throw .damaged("File Information Block cut short") }
        let longsAt = 34 + 2 * shorts
        guard let longs = fib.u16(longsAt) else { throw .damaged("File Information Block cut short") }
        let pairsAt = longsAt + 2 + 4 * longs
        guard let pairs = fib.u16(pairsAt), pairs > 33,
              let offset = fib.u32(pairsAt + 2 + 33 * 8), let length = fib.u32(pairsAt + 2 + 33 * 8 + 4) else {
            throw .damaged("File Information Block cut short")
        }
        return (offset, length)
    }

    struct Piece: Equatable {
        var start: Int
        var characters: Int
        var compressed: Bool
    }

    /// The pieces of the Clx at `offset`: formatting entries (skipped) then the piece table,
    /// n+1 character positions and n piece descriptors, every count checked against the bytes.
    static func pieces(_ table: LittleEndian, at offset: Int, length: Int) throws(LegacyReadError) -> [Piece] {
        var position = offset
        let end = offset + length
        guard offset >= 0, length > 0, end <= table.bytes.count else { throw .damaged("piece table lies outside the table stream") }
        while position < end {
            switch table.u8(position) {
            case 1:
                guard let size = table.u16(position + 1) else { throw .damaged("piece table cut short") }
                position += 3 + size
            case 2:
                guard let size = table.u32(position + 1), size >= 4, (size - 4) % 12 == 0, position + 5 + size <= end else {
                    throw .damaged("piece table size does not fit")
                }
                return try descriptors(table, at: position + 5, count: (size - 4) / 12)
            default:
                throw .damaged("piece table entry of unknown type")
            }
        }
        throw .damaged("no piece table")
    }

    private static func descriptors(_ table: LittleEndian, at offset: Int, count: Int) throws(LegacyReadError) -> [Piece] {
        var pieces: [Piece] = []
        for index in 0..<count {
            guard let first = table.u32(offset + 4 * index), let next = table.u32(offset + 4 * (index + 1)), next >= first,
                  let raw = table.u32(offset + 4 * (count + 1) + 8 * index + 2) else {
                throw .damaged("piece table positions out of order")
            }
            let compressed = raw & 0x4000_0000 != 0
            let position = raw & 0x3FFF_FFFF
            pieces.append(Piece(start: compressed ? position / 2 : position, characters: next - first, compressed: compressed))
        }
        return pieces
    }

    /// What a reader sees of Word's characters: paragraph and cell marks become line ends
    /// and tabs (two cell marks in a row end a table row), a field shows its result and hides
    /// its code, objects and optional hyphens vanish.
    static func visible(_ characters: [UInt16]) -> String {
        var output: [UInt16] = []
        output.reserveCapacity(characters.count)
        // One entry per open field: whether its result part has started.
        var fields: [Bool] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            switch character {
            case 0x13:
                if fields.count < 64 { fields.append(false) }
                continue
            case 0x14:
                if !fields.isEmpty { fields[fields.count - 1] = true }
                continue
            case 0x15:
                _ = fields.popLast()
                continue
            default: break
            }
            guard fields.allSatisfy({ $0 }) else { continue }
            switch character {
            case 0x0D, 0x0B, 0x0C, 0x0E: output.append(0x0A)
            case 0x07:
                if index < characters.count, characters[index] == 0x07 {
                    output.append(0x0A)
                    index += 1
                } else {
                    output.append(0x09)
                }
            case 0x1E: output.append(0x2D)  // non-breaking hyphen
            case 0x09: output.append(0x09)
            case 0x00..<0x20, 0x1F: break  // anchors of pictures, notes and objects; optional hyphen
            default: output.append(character)
            }
        }
        return String(decoding: output, as: UTF16.self)
    }
}
