import CInflate
import Foundation

/// Reads zip archives from memory (nested ones too), each member by its own format, with the
/// member's path as part of its location and as text of its own. Bounded: member count,
/// expansion ratio and decoded bytes; encrypted or damaged archives and members are reported,
/// not skipped.
struct ZipReader {
    let context: ExtractionContext

    func read(_ bytes: [UInt8], location: String, depth: Int) {
        guard let archive = ZipArchive(bytes, maxEntries: context.limits.maxArchiveMembers) else {
            context.unscannable(location, .damaged, "zip archive")
            return
        }
        if archive.entries.contains(where: \.encrypted) {
            // The names are not locked: a program among them is reported as such.
            for entry in archive.entries.prefix(context.limits.maxArchiveMembers) where !entry.isDirectory {
                context.add("\(location) › \(LocationName.safe(entry.path)) › file name", entry.path)
                context.dangerousByName("\(location) › \(LocationName.safe(entry.path))", entry.path)
            }
            context.unscannable(location, .passwordProtected, "encrypted zip archive")
            return
        }
        let limit = context.limits.maxArchiveMembers
        if archive.entries.count > limit {
            context.unscannable(location, .tooLarge, "more than \(limit) archive members")
        }
        for entry in archive.entries.prefix(limit) where !entry.isDirectory {
            guard context.inTime(at: location) else { return }
            let memberLocation = "\(location) › \(LocationName.safe(entry.path))"
            context.add("\(memberLocation) › file name", entry.path)
            guard let data = archive.read(entry, context: context, location: memberLocation) else { continue }
            AttachmentReader(context: context).read(
                data, name: entry.path, mimeType: "application/octet-stream", charset: nil,
                location: memberLocation, depth: depth + 1
            )
        }
    }

    /// Office Open XML and OpenDocument files are zip archives with a known layout.
    static func officeFormat(of bytes: [UInt8], maxEntries: Int) -> AttachmentReader.Format? {
        guard let archive = ZipArchive(bytes, maxEntries: maxEntries) else { return nil }
        if archive["word/document.xml"] != nil { return .docx }
        if archive["xl/workbook.xml"] != nil || archive["xl/workbook.bin"] != nil { return .xlsx }
        if archive["ppt/presentation.xml"] != nil { return .pptx }
        if archive["mimetype"] != nil, archive["content.xml"] != nil { return .openDocument }
        return nil
    }
}

/// A zip archive in memory, read by hand rather than with ZIPFoundation: that library trusts
/// the sizes and offsets it reads (a ZIP64 offset near 2^64 traps it), stops its member list
/// silently at a damaged local header, and loops forever on a deflate stream that the end of
/// the archive cuts short. Here every number is checked against the archive before use, and
/// members are inflated with zlib chunk by chunk, each chunk charged as it comes.
struct ZipArchive {
    struct Entry {
        var path: String
        var method: UInt64
        var encrypted: Bool
        var compressedSize: UInt64
        var uncompressedSize: UInt64
        var localHeader: UInt64
        var isDirectory: Bool { path.hasSuffix("/") }
    }

    let bytes: [UInt8]
    /// The first `maxEntries + 1` members at most: one more than allowed tells the reader
    /// the archive has too many, without a hundred thousand names ever being held.
    let entries: [Entry]

    /// Nil when there is no end-of-central-directory record, or when the directory cannot be
    /// read (as far as it is read) or points outside the archive.
    init?(_ bytes: [UInt8], maxEntries: Int) {
        guard let (count, offset, size) = Self.endRecord(bytes) else { return nil }
        let total = UInt64(bytes.count)
        guard offset <= total, size <= total - offset, count <= total / 46 else { return nil }
        var entries: [Entry] = []
        var position = Int(offset)
        for _ in 0..<Swift.min(count, UInt64(maxEntries) + 1) {
            guard let (entry, next) = Self.directoryRecord(bytes, at: position) else { return nil }
            entries.append(entry)
            position = next
        }
        self.bytes = bytes
        self.entries = entries
    }

    subscript(path: String) -> Entry? {
        entries.first { $0.path == path }
    }

    /// Takes a member's bytes chunk by chunk, within the expansion cap and the message's
    /// budget (a class: the C callback reaches it through a pointer).
    private final class Collector {
        var data: [UInt8] = []
        var overRatio = false
        var overBudget = false
        let cap: UInt64
        let context: ExtractionContext
        let location: String

        init(cap: UInt64, context: ExtractionContext, location: String) {
            self.cap = cap
            self.context = context
            self.location = location
        }

        func take(_ chunk: UnsafeRawBufferPointer) -> Bool {
            guard UInt64(data.count + chunk.count) <= cap else { overRatio = true; return false }
            guard context.charge(chunk.count, at: location) else { overBudget = true; return false }
            data += chunk
            return true
        }
    }

    /// A member's bytes, each chunk charged to the message's byte and time budget as it is
    /// inflated; the member may not expand more than the ratio allows over what it occupies.
    /// Nil, with an unscannable entry, when a bound is crossed or the member is damaged.
    func read(_ entry: Entry, context: ExtractionContext, location: String) -> [UInt8]? {
        guard let range = dataRange(of: entry) else {
            context.unscannable(location, .damaged, "archive member's header or data lies outside the archive")
            return nil
        }
        let ratio = UInt64(context.limits.maxExpansionRatio)
        let cap = UInt64(Swift.max(range.count, 1)) * ratio
        guard entry.uncompressedSize <= cap else {
            context.unscannable(location, .tooLarge, "expands more than \(ratio) times (zip bomb?)")
            return nil
        }
        let collector = Collector(cap: cap, context: context, location: location)
        switch entry.method {
        case 0:
            _ = bytes[range].withUnsafeBytes { collector.take($0) }
        case 8:
            let status = bytes[range].withUnsafeBufferPointer { data in
                withExtendedLifetime(collector) {
                    mg_inflate_raw(data.baseAddress, data.count, { pointer, chunk, count in
                        let collector = Unmanaged<Collector>.fromOpaque(pointer!).takeUnretainedValue()
                        return collector.take(UnsafeRawBufferPointer(start: chunk, count: count)) ? 1 : 0
                    }, Unmanaged.passUnretained(collector).toOpaque())
                }
            }
            if Int(status) == MG_INFLATE_DAMAGED || Int(status) == MG_INFLATE_TRUNCATED {
                context.unscannable(location, .damaged, Int(status) == MG_INFLATE_TRUNCATED ? "archive member cut short" : "archive member")
                return nil
            }
        default:
            context.unscannable(location, .unsupportedFormat, "zip compression method \(entry.method)")
            return nil
        }
        if collector.overRatio {
            context.unscannable(location, .tooLarge, "expands more than \(ratio) times (zip bomb?)")
            return nil
        }
        return collector.overBudget ? nil : collector.data
    }

    /// Where a member's compressed data lies: after its local header, within the archive.
    private func dataRange(of entry: Entry) -> Range<Int>? {
        let total = UInt64(bytes.count)
        guard total >= 30, entry.localHeader <= total - 30, Self.integer(bytes, at: Int(entry.localHeader), size: 4) == 0x0403_4B50,
              let nameLength = Self.integer(bytes, at: Int(entry.localHeader) + 26, size: 2),
              let extraLength = Self.integer(bytes, at: Int(entry.localHeader) + 28, size: 2) else { return nil }
        let start = entry.localHeader + 30 + nameLength + extraLength
        guard start <= total, entry.compressedSize <= total - start else { return nil }
        return Int(start)..<Int(start + entry.compressedSize)
    }

    /// The end record's member count, directory offset and size (ZIP64 aware).
    private static func endRecord(_ bytes: [UInt8]) -> (count: UInt64, offset: UInt64, size: UInt64)? {
        // The record is 22 bytes plus a comment of at most 65,535.
        guard bytes.count >= 22 else { return nil }
        var end = bytes.count - 22
        let lowest = Swift.max(0, end - 65_535)
        while end >= lowest, integer(bytes, at: end, size: 4) != 0x0605_4B50 { end -= 1 }
        guard end >= lowest, let count = integer(bytes, at: end + 10, size: 2), let size = integer(bytes, at: end + 12, size: 4),
              let offset = integer(bytes, at: end + 16, size: 4) else { return nil }
        guard count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF else { return (count, offset, size) }
        // ZIP64: the locator just before the end record gives the ZIP64 end record.
        guard integer(bytes, at: end - 20, size: 4) == 0x0706_4B50, let record = integer(bytes, at: end - 12, size: 8),
              record < UInt64(bytes.count), integer(bytes, at: Int(record), size: 4) == 0x0606_4B50,
              let count64 = integer(bytes, at: Int(record) + 32, size: 8), let size64 = integer(bytes, at: Int(record) + 40, size: 8),
              let offset64 = integer(bytes, at: Int(record) + 48, size: 8) else { return nil }
        return (count64, offset64, size64)
    }

    /// One central directory record and where the next begins.
    private static func directoryRecord(_ bytes: [UInt8], at position: Int) -> (Entry, Int)? {
        guard integer(bytes, at: position, size: 4) == 0x0201_4B50,
              let flags = integer(bytes, at: position + 8, size: 2),
              let method = integer(bytes, at: position + 10, size: 2),
              var compressed = integer(bytes, at: position + 20, size: 4),
              var uncompressed = integer(bytes, at: position + 24, size: 4),
              let nameLength = integer(bytes, at: position + 28, size: 2),
              let extraLength = integer(bytes, at: position + 30, size: 2),
              let commentLength = integer(bytes, at: position + 32, size: 2),
              var local = integer(bytes, at: position + 42, size: 4) else { return nil }
        let name = position + 46
        let extra = name + Int(nameLength)
        let next = extra + Int(extraLength) + Int(commentLength)
        guard next <= bytes.count else { return nil }
        // ZIP64 extra field (id 1): the 64-bit values of the fields that say 0xFFFFFFFF, in order.
        var field = extra
        while field + 4 <= extra + Int(extraLength), let id = integer(bytes, at: field, size: 2), let length = integer(bytes, at: field + 2, size: 2) {
            if id == 1 {
                var value = field + 4
                if uncompressed == 0xFFFF_FFFF { guard let wide = integer(bytes, at: value, size: 8) else { return nil }; uncompressed = wide; value += 8 }
                if compressed == 0xFFFF_FFFF { guard let wide = integer(bytes, at: value, size: 8) else { return nil }; compressed = wide; value += 8 }
                if local == 0xFFFF_FFFF { guard let wide = integer(bytes, at: value, size: 8) else { return nil }; local = wide }
            }
            field += 4 + Int(length)
        }
        // Names are UTF-8 (flag bit 11) or, in older archives, CP437: read either as UTF-8,
        // invalid bytes replaced.
        let path = String(decoding: bytes[name..<extra], as: UTF8.self)
        let entry = Entry(path: path, method: method, encrypted: flags & 1 == 1, compressedSize: compressed,
                          uncompressedSize: uncompressed, localHeader: local)
        return (entry, next)
    }

    static func integer(_ bytes: [UInt8], at offset: Int, size: Int) -> UInt64? {
        guard offset >= 0, offset <= bytes.count - size else { return nil }
        return (0..<size).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
    }
}
