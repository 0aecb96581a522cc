import Foundation
import ZIPFoundation

/// Reads zip archives from memory (nested ones too), each member by its own format, with the
/// member's path as part of its location and as text of its own. Bounded: member count,
/// expansion ratio and decoded bytes; encrypted or damaged archives are reported, not skipped.
struct ZipReader {
    let context: ExtractionContext

    func read(_ bytes: [UInt8], location: String, depth: Int) {
        guard let archive = Archive.open(bytes) else {
            context.unscannable(location, "damaged zip archive")
            return
        }
        let encrypted = Self.hasEncryptedMembers(bytes)
        if encrypted {
            context.unscannable(location, "encrypted zip archive: its contents cannot be read")
        }
        var members = 0
        var walked = 0
        for entry in archive {
            walked += 1
            guard entry.type == .file else { continue }
            members += 1
            guard members <= context.limits.maxArchiveMembers else {
                context.unscannable(location, "more than \(context.limits.maxArchiveMembers) archive members")
                return
            }
            guard context.inTime(at: location) else { return }
            let memberLocation = "\(location) › \(LocationName.safe(entry.path))"
            context.add("\(memberLocation) › file name", entry.path)
            guard !encrypted, let data = archive.read(entry, archiveSize: bytes.count, context: context, location: memberLocation) else { continue }
            AttachmentReader(context: context).read(
                data, name: entry.path, mimeType: "application/octet-stream", charset: nil,
                location: memberLocation, depth: depth + 1
            )
        }
        // ZIPFoundation stops at the first member whose local header is damaged; `unzip` and
        // a mail client may still open the rest, so an archive not walked to its end is
        // reported, never taken as read.
        if !encrypted, let declared = Self.declaredEntries(bytes), walked < declared {
            context.unscannable(location, "damaged zip archive: \(walked) of \(declared) members could be read")
        }
    }

    /// The member count the end-of-central-directory record declares (ZIP64 aware).
    static func declaredEntries(_ bytes: [UInt8]) -> Int? {
        ZipDirectory(bytes).map { Int($0.count) }
    }

    /// Office Open XML and OpenDocument files are zip archives with a known layout.
    static func officeFormat(of bytes: [UInt8]) -> AttachmentReader.Format? {
        guard let archive = Archive.open(bytes) else { return nil }
        if archive["word/document.xml"] != nil { return .docx }
        if archive["xl/workbook.xml"] != nil { return .xlsx }
        if archive["ppt/presentation.xml"] != nil { return .pptx }
        if archive["mimetype"] != nil, archive["content.xml"] != nil { return .openDocument }
        return nil
    }

    /// Bit 0 of a central directory entry's flags marks it encrypted.
    static func hasEncryptedMembers(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index + 10 <= bytes.count {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x01, bytes[index + 3] == 0x02,
               bytes[index + 8] & 0x01 == 1 {
                return true
            }
            index += 1
        }
        return false
    }
}

extension Archive {
    /// An archive read from memory; nil when the bytes are not a zip, or when its end record
    /// or directory cannot be read or points outside the archive (ZIPFoundation trusts those
    /// numbers and traps on them).
    static func open(_ bytes: [UInt8]) -> Archive? {
        guard let directory = ZipDirectory(bytes), directory.isSound else { return nil }
        return try? Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil)
    }

    private struct Stop: Error {}

    /// A member's bytes, inflated chunk by chunk: each chunk is charged to the message's byte
    /// and time budget as it comes, and the member may not expand more than the ratio allows
    /// over what it can really occupy in the archive. Declared sizes are never trusted (they
    /// are the attacker's), and nothing is inflated first and checked after. Nil, with an
    /// unscannable entry, when a bound is crossed or the member cannot be read.
    func read(_ entry: Entry, archiveSize: Int, context: ExtractionContext, location: String) -> [UInt8]? {
        let ratio = UInt64(context.limits.maxExpansionRatio)
        let compressed = Swift.max(Swift.min(entry.compressedSize, UInt64(archiveSize)), 1)
        let cap = compressed.multipliedReportingOverflow(by: ratio).overflow ? UInt64.max : compressed * ratio
        guard entry.uncompressedSize <= cap else {
            context.unscannable(location, "expands more than \(ratio) times (zip bomb?)")
            return nil
        }
        var data: [UInt8] = []
        var overRatio = false
        do {
            _ = try extract(entry, skipCRC32: false) { chunk in
                guard UInt64(data.count + chunk.count) <= cap else {
                    overRatio = true
                    throw Stop()
                }
                guard context.charge(chunk.count, at: location) else { throw Stop() }
                data.append(contentsOf: chunk)
            }
        } catch is Stop {
            if overRatio { context.unscannable(location, "expands more than \(ratio) times (zip bomb?)") }
            return nil
        } catch {
            context.unscannable(location, "archive member could not be read (encrypted or damaged)")
            return nil
        }
        return data
    }

    /// A member by path (a part of an Office file), read as `read(_:archiveSize:context:location:)`.
    func read(path: String, archiveSize: Int, context: ExtractionContext, location: String) -> [UInt8]? {
        guard let entry = self[path] else { return nil }
        return read(entry, archiveSize: archiveSize, context: context, location: location)
    }
}

/// The central directory of a zip, read only to check it before ZIPFoundation walks it:
/// every size and offset (ZIP64 ones included) must lie inside the archive.
struct ZipDirectory {
    let bytes: [UInt8]
    /// Members the end record declares.
    let count: UInt64
    let offset: UInt64
    let size: UInt64

    /// Nil when there is no end-of-central-directory record.
    init?(_ bytes: [UInt8]) {
        self.bytes = bytes
        // The record is 22 bytes plus a comment of at most 65,535.
        guard bytes.count >= 22 else { return nil }
        var end = bytes.count - 22
        let lowest = max(0, end - 65_535)
        while end >= lowest, Self.integer(bytes, at: end, size: 4) != 0x0605_4B50 { end -= 1 }
        guard end >= lowest, let count = Self.integer(bytes, at: end + 10, size: 2), let size = Self.integer(bytes, at: end + 12, size: 4),
              let offset = Self.integer(bytes, at: end + 16, size: 4) else { return nil }
        guard count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF else {
            (self.count, self.size, self.offset) = (count, size, offset)
            return
        }
        // ZIP64: the locator just before the end record gives the ZIP64 end record.
        guard Self.integer(bytes, at: end - 20, size: 4) == 0x0706_4B50, let record = Self.integer(bytes, at: end - 12, size: 8),
              record < UInt64(bytes.count), Self.integer(bytes, at: Int(record), size: 4) == 0x0606_4B50,
              let count64 = Self.integer(bytes, at: Int(record) + 32, size: 8), let size64 = Self.integer(bytes, at: Int(record) + 40, size: 8),
              let offset64 = Self.integer(bytes, at: Int(record) + 48, size: 8) else { return nil }
        (self.count, self.size, self.offset) = (count64, size64, offset64)
    }

    /// Every directory record is where the end record says, and every member's local header,
    /// compressed size (and stored size) fits inside the archive.
    var isSound: Bool {
        let total = UInt64(bytes.count)
        guard offset <= total, size <= total - offset, count <= total / 46 else { return false }
        var position = Int(offset)
        for _ in 0..<count {
            guard Self.integer(bytes, at: position, size: 4) == 0x0201_4B50,
                  let method = Self.integer(bytes, at: position + 10, size: 2),
                  var compressed = Self.integer(bytes, at: position + 20, size: 4),
                  var uncompressed = Self.integer(bytes, at: position + 24, size: 4),
                  let nameLength = Self.integer(bytes, at: position + 28, size: 2),
                  let extraLength = Self.integer(bytes, at: position + 30, size: 2),
                  let commentLength = Self.integer(bytes, at: position + 32, size: 2),
                  var local = Self.integer(bytes, at: position + 42, size: 4) else { return false }
            let extra = position + 46 + Int(nameLength)
            // ZIP64 extra field (id 1): the 64-bit values of the fields that say 0xFFFFFFFF.
            var field = extra
            while field + 4 <= extra + Int(extraLength), let id = Self.integer(bytes, at: field, size: 2),
                  let length = Self.integer(bytes, at: field + 2, size: 2) {
                if id == 1 {
                    var value = field + 4
                    for slot in [0, 1, 2] {
                        let wide = slot == 0 ? uncompressed == 0xFFFF_FFFF : slot == 1 ? compressed == 0xFFFF_FFFF : local == 0xFFFF_FFFF
                        guard wide else { continue }
                        guard let number = Self.integer(bytes, at: value, size: 8) else { return false }
                        if slot == 0 { uncompressed = number } else if slot == 1 { compressed = number } else { local = number }
                        value += 8
                    }
                }
                field += 4 + Int(length)
            }
            guard local < total, total - local >= 30, compressed <= total, method != 0 || uncompressed <= total else { return false }
            position = extra + Int(extraLength) + Int(commentLength)
        }
        return true
    }

    static func integer(_ bytes: [UInt8], at offset: Int, size: Int) -> UInt64? {
        guard offset >= 0, offset <= bytes.count - size else { return nil }
        return (0..<size).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
    }
}
