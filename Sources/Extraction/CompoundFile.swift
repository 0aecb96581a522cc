import CGsf

/// An OLE2 compound file (Word, Excel and PowerPoint 97-2003, Outlook .msg, the container of
/// an encrypted Office Open XML file) read through libgsf from the bytes in memory: a tree
/// of storages and streams. libgsf follows the sector chains; what the streams hold is read
/// by the format readers above it.
enum CompoundFile {
    /// The file's root storage. Every entry keeps the bytes libgsf reads in place alive, so
    /// no entry can outlive them.
    static func open(_ bytes: [UInt8]) throws(LegacyReadError) -> Entry {
        let copy = Bytes(bytes)
        var message: UnsafeMutablePointer<CChar>?
        guard let opened = mg_ole_open(copy.start, bytes.count, &message) else {
            let detail = message.map { String(cString: $0) } ?? "not a compound file"
            g_free(message)
            throw .damaged("compound file: \(detail)")
        }
        return Entry(retained: mg_ole_root(opened), name: "", bytes: copy)
    }

    /// A copy of the file libgsf reads in place (it keeps no copy of its own).
    final class Bytes {
        private let storage: UnsafeMutableRawBufferPointer
        let count: Int
        var start: UnsafePointer<UInt8> { UnsafePointer(storage.baseAddress!.assumingMemoryBound(to: UInt8.self)) }

        init(_ bytes: [UInt8]) {
            storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
            storage.copyBytes(from: bytes)
            count = bytes.count
        }

        deinit { storage.deallocate() }
    }

    /// A storage or a stream. Holds a reference of its own on libgsf's object.
    final class Entry {
        fileprivate let input: OpaquePointer
        let name: String
        private let bytes: Bytes

        fileprivate init(retained input: OpaquePointer, name: String, bytes: Bytes) {
            self.input = input
            self.name = name
            self.bytes = bytes
        }

        deinit { mg_gsf_unref(UnsafeMutableRawPointer(input)) }

        var isStorage: Bool { mg_ole_children(input) >= 0 }
        /// The children the directory says a storage has (-1 for a stream).
        var childCount: Int { Int(mg_ole_children(input)) }
        var size: Int { Int(clamping: mg_ole_size(input)) }

        /// The children of a storage, at most `limit` of them (a crafted directory may claim
        /// any number); empty for a stream.
        func children(limit: Int) -> [Entry] {
            let count = min(Int(mg_ole_children(input)), limit)
            guard count > 0 else { return [] }
            return (0..<count).compactMap { index in
                guard let child = mg_ole_child(input, Int32(index)) else { return nil }
                let name = mg_ole_child_name(input, Int32(index)).map { String(cString: $0) } ?? ""
                return Entry(retained: child, name: name, bytes: bytes)
            }
        }

        /// The child named `name`, compared without letter case as OLE names are.
        func child(_ name: String, limit: Int) -> Entry? {
            let wanted = name.lowercased()
            return children(limit: limit).first { $0.name.lowercased() == wanted }
        }

        /// A stream's bytes, when it is at most `maxBytes` long (nil otherwise, or when libgsf
        /// cannot follow its sectors).
        func bytes(maxBytes: Int) -> [UInt8]? {
            guard !isStorage else { return nil }
            // The size is the directory's claim: no stream is larger than the file holding it.
            let size = self.size
            guard size >= 0, size <= maxBytes, size <= bytes.count else { return nil }
            guard size > 0 else { return [] }
            var buffer = [UInt8](repeating: 0, count: size)
            let read = buffer.withUnsafeMutableBufferPointer { mg_ole_read(input, size, $0.baseAddress) }
            return read != 0 ? buffer : nil
        }
    }
}

/// Why a legacy Office reader stopped, as the reasons a person is told.
enum LegacyReadError: Error, Equatable {
    case passwordProtected(String)
    case damaged(String)
    case unsupported(String)
    case tooDeep(String)
    case tookTooLong(String)

    var reason: UnreadReason {
        switch self {
        case .passwordProtected: .passwordProtected
        case .damaged: .damaged
        case .unsupported: .unsupportedFormat
        case .tooDeep: .tooDeep
        case .tookTooLong: .tookTooLong
        }
    }

    var detail: String {
        switch self {
        case .passwordProtected(let detail), .damaged(let detail), .unsupported(let detail), .tooDeep(let detail),
             .tookTooLong(let detail): detail
        }
    }
}

/// Little-endian fields of a record, every read checked against the bytes there are.
struct LittleEndian {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func u8(_ offset: Int) -> Int? {
        offset >= 0 && offset < bytes.count ? Int(bytes[offset]) : nil
    }

    func u16(_ offset: Int) -> Int? {
        guard offset >= 0, offset + 2 <= bytes.count else { return nil }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    func u32(_ offset: Int) -> Int? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        return (0..<4).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
    }

    func f64(_ offset: Int) -> Double? {
        guard offset >= 0, offset + 8 <= bytes.count else { return nil }
        let bits = (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
        return Double(bitPattern: bits)
    }

    /// `count` UTF-16LE code units from `offset`; nil when they run past the end.
    func utf16(_ offset: Int, count: Int) -> String? {
        guard offset >= 0, count >= 0, offset + 2 * count <= bytes.count else { return nil }
        let units = (0..<count).map { UInt16(bytes[offset + 2 * $0]) | UInt16(bytes[offset + 2 * $0 + 1]) << 8 }
        return String(decoding: units, as: UTF16.self)
    }

    /// `count` single-byte characters (Windows-1252, as Office writes them) from `offset`.
    func ansi(_ offset: Int, count: Int) -> String? {
        guard offset >= 0, count >= 0, offset + count <= bytes.count else { return nil }
        return CharsetDecoder.windows1252(bytes[offset..<offset + count])
    }
}
