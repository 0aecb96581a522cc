import CWorker
import Glibc

/// One page of memory the milter and a worker share. The worker notes there the location of
/// each part before it reads it; the milter looks only when the worker died or overran, to
/// name the part that did it. A frame per part would wake the milter for every part of every
/// message; the board costs a copy into memory.
package final class ReadingBoard {
    package static let size = 4096
    /// What a location may take: the page less its length field.
    package static let capacity = size - 4

    /// The memory file behind the page (sent to the worker beside its setup).
    package let descriptor: Int32
    private let page: UnsafeMutableRawPointer

    /// A new, empty board (the milter's side).
    package convenience init?() {
        let descriptor = mg_memfd("mailguard-reading")
        guard descriptor >= 0 else { return nil }
        guard ftruncate(descriptor, off_t(Self.size)) == 0 else {
            close(descriptor)
            return nil
        }
        self.init(descriptor: descriptor)
    }

    /// The board behind `descriptor`, which it owns from now on (the worker's side). Nil when
    /// the descriptor is not a memory file of the board's size.
    package init?(descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size == off_t(Self.size),
              let mapped = mmap(nil, Self.size, PROT_READ | PROT_WRITE, MAP_SHARED, descriptor, 0), mapped != MAP_FAILED
        else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        page = mapped
    }

    deinit {
        munmap(page, Self.size)
        close(descriptor)
    }

    /// Notes `location`, cut to the capacity before the first character that does not fit.
    package func note(_ location: String) {
        var length = 0
        for scalar in location.unicodeScalars {
            guard length + UTF8.width(scalar) <= Self.capacity else { break }
            length += UTF8.width(scalar)
        }
        Array(location.utf8.prefix(length)).withUnsafeBytes { mg_board_note(page, $0.baseAddress, UInt32($0.count)) }
    }

    /// Empties the board before a message, so a worker that dies before its first part names
    /// none of an earlier message's.
    package func clear() {
        mg_board_note(page, nil, 0)
    }

    /// The last location noted, nil when none was.
    package var location: String? {
        let length = min(Int(mg_board_length(page)), Self.capacity)
        guard length > 0 else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: page + 4, count: length), as: UTF8.self)
    }
}
