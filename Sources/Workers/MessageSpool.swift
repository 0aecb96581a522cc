import CWorker
import Glibc

/// A message's bytes as they arrive, kept in an anonymous memory file (memfd) instead of the
/// milter's heap: the worker is handed the same file (its descriptor, not a copy), and 32
/// messages of 25 MB in flight do not make the milter process 800 MB large. Small writes
/// (headers, small messages) are gathered first, so a 10 KB message costs one write.
package final class MessageSpool {
    /// Bytes gathered before they go to the file.
    package static let stageSize = 64 << 10

    private var staged: [UInt8] = []
    private var file: Int32 = -1
    /// Bytes appended so far.
    package private(set) var count = 0

    package init() {}

    deinit {
        if file >= 0 { close(file) }
    }

    /// Appends bytes; false (and nothing counted) when the memory file cannot be created or
    /// written (no memory).
    package func append(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if staged.count + bytes.count > Self.stageSize {
            guard flush() else { return false }
            if bytes.count >= Self.stageSize {
                guard Descriptor.write(file, bytes) else { return false }
                count += bytes.count
                return true
            }
        }
        staged.append(contentsOf: bytes)
        count += bytes.count
        return true
    }

    /// The file with every byte appended, for a worker; nil when it cannot be written.
    package func finishedFile() -> Int32? {
        flush() ? file : nil
    }

    /// Every byte appended (for reading in this process: `mailguard scan`, tests).
    package func bytes() -> [UInt8] {
        guard file >= 0 else { return staged }
        guard flush() else { return [] }
        return Descriptor.read(file, count: count) ?? []
    }

    private func flush() -> Bool {
        if file < 0 {
            file = mg_memfd("mailguard-message")
            guard file >= 0 else { return false }
        }
        defer { staged.removeAll(keepingCapacity: true) }
        return staged.withUnsafeBytes { Descriptor.write(file, $0) }
    }
}
