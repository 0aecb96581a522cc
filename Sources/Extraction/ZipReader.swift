import Foundation
import ZIPFoundation

/// Reads zip archives from memory (nested ones too), each member by its own format, with the
/// member's path as part of its location and as text of its own. Bounded: member count,
/// expansion ratio and decoded bytes; encrypted or damaged archives are reported, not skipped.
struct ZipReader {
    let context: ExtractionContext

    struct TooLarge: Error {}

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
        for entry in archive where entry.type == .file {
            members += 1
            guard members <= context.limits.maxArchiveMembers else {
                context.unscannable(location, "more than \(context.limits.maxArchiveMembers) archive members")
                return
            }
            let memberLocation = "\(location) › \(LocationName.safe(entry.path))"
            context.add("\(memberLocation) › file name", entry.path)
            guard !encrypted, let data = extract(entry, from: archive, location: memberLocation) else { continue }
            AttachmentReader(context: context).read(
                data, name: entry.path, mimeType: "application/octet-stream", charset: nil,
                location: memberLocation, depth: depth + 1
            )
        }
    }

    /// A member's bytes, or nil (with an unscannable entry) when it claims or reaches more
    /// than the expansion ratio allows, or cannot be read.
    private func extract(_ entry: Entry, from archive: Archive, location: String) -> [UInt8]? {
        let ratio = context.limits.maxExpansionRatio
        let cap = max(Int(entry.compressedSize), 1) * ratio
        guard entry.uncompressedSize <= UInt64(cap) else {
            context.unscannable(location, "expands more than \(ratio) times (zip bomb?)")
            return nil
        }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > cap { throw TooLarge() }
            }
        } catch is TooLarge {
            context.unscannable(location, "expands more than \(ratio) times (zip bomb?)")
            return nil
        } catch {
            context.unscannable(location, "archive member could not be read (encrypted or damaged)")
            return nil
        }
        guard context.charge(data.count, at: location) else { return nil }
        return [UInt8](data)
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
    /// An archive read from memory; nil when the bytes are not a zip.
    static func open(_ bytes: [UInt8]) -> Archive? {
        try? Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil)
    }

    /// A member's bytes, read in full (for small XML parts of Office files).
    func contents(of path: String, limit: Int) -> [UInt8]? {
        guard let entry = self[path], entry.uncompressedSize <= UInt64(limit) else { return nil }
        var data = Data()
        guard (try? extract(entry, skipCRC32: false, consumer: { data.append($0) })) != nil else { return nil }
        return [UInt8](data)
    }
}
