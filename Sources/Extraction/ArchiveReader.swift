import CArchive
import Glibc

/// Reads tar (plain or compressed), 7z, cab and RAR archives and single compressed files
/// through libarchive, each member by its own format like a zip member. Bounded as zip is:
/// member count, expansion (here of the whole archive over its bytes, since a solid 7z or a
/// compressed tar has no per-member size to hold each member to), the message's byte budget,
/// the deadline and the nesting depth. Sizes an archive declares are never trusted: a member
/// is read chunk by chunk until its data ends or a bound is reached.
struct ArchiveReader {
    let context: ExtractionContext

    /// What a container's first bytes say it is; nil for anything libarchive is not used for.
    enum Kind: Equatable {
        /// tar, 7z, cab or RAR, compressed or not: a list of members.
        case archive
        /// One compressed file: gzip, bzip2, xz, lzma, zstd, lz4 or compress around anything.
        case compressed
    }

    static func kind(of bytes: [UInt8], fileExtension: String) -> Kind? {
        let prefixes: [[UInt8]] = [
            [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C],  // 7z
            Array("MSCF".utf8) + [0, 0, 0, 0],  // cab
            Array("Rar!".utf8) + [0x1A, 0x07],  // RAR 4 and 5
        ]
        if prefixes.contains(where: bytes.starts(with:)) { return .archive }
        if bytes.count > 262, Array(bytes[257..<262]) == Array("ustar".utf8) { return .archive }
        let compressions: [[UInt8]] = [
            [0x1F, 0x8B, 0x08], [0x1F, 0x9D],  // gzip (deflate), compress
            [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], [0x28, 0xB5, 0x2F, 0xFD],  // xz, zstd
            [0x04, 0x22, 0x4D, 0x18], Array("LZIP".utf8),  // lz4, lzip
        ]
        if compressions.contains(where: bytes.starts(with:)) { return .compressed }
        // bzip2: "BZh" and the block size, 1 to 9.
        if bytes.count > 3, bytes.starts(with: Array("BZh".utf8)), (0x31...0x39).contains(bytes[3]) { return .compressed }
        // A pre-POSIX tar has no magic, and lzma none either: their names say what they are.
        switch fileExtension {
        case "tar": return .archive
        case "lzma", "tlz": return .compressed
        default: return nil
        }
    }

    /// A compressed file holds either an archive (`.tar.gz`) or one file (`roster.csv.gz`):
    /// the archive formats are tried first, then the file is read as one member.
    func read(_ bytes: [UInt8], kind: Kind, name: String, location: String, depth: Int) {
        bytes.withUnsafeBytes { buffer in
            if kind == .archive || Self.holdsArchive(buffer) {
                readMembers(buffer, location: location, depth: depth)
            } else {
                readSingleFile(buffer, name: name, location: location, depth: depth)
            }
        }
    }

    /// Whether the decompressed stream begins with an archive member. An archive with no
    /// member is not enough: a file that starts with a tar's end marker (1,024 zero bytes)
    /// would read as an empty tar and hide what follows.
    private static func holdsArchive(_ buffer: UnsafeRawBufferPointer) -> Bool {
        guard let archive = mg_archive_new(0) else { return false }
        defer { archive_read_free(archive) }
        var entry: OpaquePointer?
        guard archive_read_open_memory(archive, buffer.baseAddress, buffer.count) == ARCHIVE_OK else { return false }
        let status = archive_read_next_header(archive, &entry)
        return status == ARCHIVE_OK || status == ARCHIVE_WARN
    }

    private func readMembers(_ buffer: UnsafeRawBufferPointer, location: String, depth: Int) {
        guard let archive = mg_archive_new(0) else {
            context.unscannable(location, .unsupportedFormat, "archive (no in-process decompressor)")
            return
        }
        defer { archive_read_free(archive) }
        guard archive_read_open_memory(archive, buffer.baseAddress, buffer.count) == ARCHIVE_OK else {
            context.unscannable(location, Self.failure(archive), "archive: \(Self.error(archive))")
            return
        }
        var output = Output(cap: Self.cap(buffer.count, context.limits.maxExpansionRatio), ratio: context.limits.maxExpansionRatio)
        var members = 0
        while context.inTime(at: location) {
            var entry: OpaquePointer?
            let status = archive_read_next_header(archive, &entry)
            if status == ARCHIVE_EOF { return }
            guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else {
                if archive_read_has_encrypted_entries(archive) > 0 {
                    context.unscannable(location, .passwordProtected, "encrypted \(Self.formatName(archive)) (names hidden)")
                } else {
                    context.unscannable(location, Self.failure(archive), "\(Self.formatName(archive)): \(Self.error(archive))")
                }
                return
            }
            members += 1
            guard members <= context.limits.maxArchiveMembers else {
                context.unscannable(location, .tooLarge, "more than \(context.limits.maxArchiveMembers) archive members")
                return
            }
            let path = Self.name(entry)
            let memberLocation = "\(location) › \(LocationName.safe(path))"
            context.add("\(memberLocation) › file name", path)
            guard mg_archive_entry_has_data(entry) != 0 else { continue }
            if archive_entry_is_encrypted(entry) != 0 {
                // Locked, but its name is not: a program in a password-protected archive is
                // how malware gets past scanners.
                context.dangerousByName(memberLocation, path)
                context.unscannable(memberLocation, .passwordProtected, "encrypted \(Self.formatName(archive)) member")
                continue
            }
            guard let data = readData(archive, output: &output, location: memberLocation) else {
                // The stream cannot be trusted past a member it could not read.
                return
            }
            AttachmentReader(context: context).read(
                data, name: path, mimeType: "application/octet-stream", charset: nil, location: memberLocation, depth: depth + 1
            )
        }
    }

    private func readSingleFile(_ buffer: UnsafeRawBufferPointer, name: String, location: String, depth: Int) {
        guard let archive = mg_archive_new(1) else {
            context.unscannable(location, .unsupportedFormat, "compressed file (no in-process decompressor)")
            return
        }
        defer { archive_read_free(archive) }
        var entry: OpaquePointer?
        guard archive_read_open_memory(archive, buffer.baseAddress, buffer.count) == ARCHIVE_OK else {
            context.unscannable(location, Self.failure(archive), "compressed file: \(Self.error(archive))")
            return
        }
        let status = archive_read_next_header(archive, &entry)
        if status == ARCHIVE_EOF { return }  // it holds nothing
        guard status == ARCHIVE_OK else {
            context.unscannable(location, Self.failure(archive), "compressed file: \(Self.error(archive))")
            return
        }
        var output = Output(cap: Self.cap(buffer.count, context.limits.maxExpansionRatio), ratio: context.limits.maxExpansionRatio)
        let inner = Self.innerName(name)
        let innerLocation = "\(location) › \(LocationName.safe(inner))"
        guard let data = readData(archive, output: &output, location: innerLocation) else { return }
        AttachmentReader(context: context).read(
            data, name: inner, mimeType: "application/octet-stream", charset: nil, location: innerLocation, depth: depth + 1
        )
    }

    /// A member's path, cut to 4,096 bytes (no file system holds a longer one; a pax header
    /// can claim megabytes, and the name is shown and scanned).
    private static func name(_ entry: OpaquePointer) -> String {
        // UTF-8 when libarchive can convert it, else the bytes as stored (invalid ones replaced).
        guard let pointer = archive_entry_pathname_utf8(entry) ?? archive_entry_pathname(entry) else { return "(unnamed)" }
        let length = strnlen(pointer, 4_096)
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    /// `roster.csv.gz` → `roster.csv`; `notes.tgz` → `notes.tar`.
    static func innerName(_ name: String) -> String {
        let lowered = name.lowercased()
        for (suffix, replacement) in [(".tgz", ".tar"), (".tbz2", ".tar"), (".tbz", ".tar"), (".txz", ".tar")] where lowered.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count)) + replacement
        }
        for suffix in [".gz", ".bz2", ".xz", ".lzma", ".lz", ".zst", ".lz4", ".z"] where lowered.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    /// How much an archive may give out in all: its own size times the expansion ratio.
    private static func cap(_ size: Int, _ ratio: Int) -> Int {
        let (product, overflow) = Swift.max(size, 1).multipliedReportingOverflow(by: ratio)
        return overflow ? Int.max : product
    }

    private struct Output {
        var taken = 0
        let cap: Int
        let ratio: Int
    }

    /// The current member's bytes, every chunk charged to the budget and to the archive's
    /// expansion cap as it comes; nil (with the reason recorded) when it cannot be read whole.
    private func readData(_ archive: OpaquePointer, output: inout Output, location: String) -> [UInt8]? {
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = chunk.withUnsafeMutableBytes { archive_read_data(archive, $0.baseAddress, $0.count) }
            if count == 0 { return data }
            guard count > 0 else {
                if archive_read_has_encrypted_entries(archive) > 0 {
                    context.unscannable(location, .passwordProtected, "encrypted \(Self.formatName(archive)) member")
                } else {
                    context.unscannable(location, Self.failure(archive), "\(Self.formatName(archive)) member: \(Self.error(archive))")
                }
                return nil
            }
            output.taken += count
            guard output.taken <= output.cap else {
                context.unscannable(location, .tooLarge, "expands more than \(output.ratio) times (archive bomb?)")
                return nil
            }
            guard context.charge(count, at: location) else { return nil }
            data.append(contentsOf: chunk[0..<count])
        }
    }

    /// Damaged, a method this libarchive does not have (a CAB's Quantum, a solid RAR 3), or
    /// compression inside compression past libarchive's 25 layers: it says which only in its message.
    private static func failure(_ archive: OpaquePointer) -> UnreadReason {
        let message = error(archive).lowercased()
        if message.contains("too many filters") { return .tooDeep }
        return ["unsupported", "unavailable", "not supported"].contains(where: message.contains) ? .unsupportedFormat : .damaged
    }

    /// libarchive's message, which may quote a member's name: shown like one.
    private static func error(_ archive: OpaquePointer) -> String {
        archive_error_string(archive).map { LocationName.safe(String(cString: $0)) } ?? "unreadable"
    }

    /// "7-Zip archive", "GNU tar format", ... as libarchive names the format it found.
    private static func formatName(_ archive: OpaquePointer) -> String {
        archive_format_name(archive).map { String(cString: $0) } ?? "archive"
    }
}
