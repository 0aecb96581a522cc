import Glibc

/// Whole reads and writes on a file descriptor, retried when a signal interrupts them.
package enum Descriptor {
    /// The first `count` bytes of `file` (read at offsets, so its position does not matter);
    /// nil when it ends early or fails.
    package static func read(_ file: Int32, count: Int) -> [UInt8]? {
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, read in
            while read < count {
                let got = pread(file, buffer.baseAddress! + read, count - read, off_t(read))
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else { complete = false; break }
                read += got
            }
        }
        return complete ? bytes : nil
    }

    /// Writes every byte; false when the descriptor fails.
    package static func write(_ file: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var written = 0
        while written < bytes.count {
            let result = Glibc.write(file, bytes.baseAddress! + written, bytes.count - written)
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { return false }
            written += result
        }
        return true
    }
}

/// Runs `body` with C copies of the strings (nil stays NULL), freed when it returns.
package func withCStrings<R>(_ strings: [String?], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
    let copies = strings.map { $0.map { strdup($0) } ?? nil }
    defer { copies.forEach { free($0) } }
    return body(copies)
}
