import CWorker
import Glibc

/// What travels between the milter and a worker. Every frame is a kind byte, a 32-bit
/// little-endian payload length and the payload; a message travels as a descriptor
/// (SCM_RIGHTS) beside an empty `message` frame, never through the socket byte by byte.
/// A message costs one frame each way: where the worker is, it notes on its `ReadingBoard`.
package enum FrameKind: UInt8 {
    /// Milter → worker, once: the rules and limits (JSON `WorkerSetup`), with the descriptor
    /// of the worker's `ReadingBoard`.
    case setup = 0x53
    /// Milter → worker: read the message in the attached descriptor.
    case message = 0x4D
    /// Worker → milter, once: rules compiled and self-tested, ready for messages.
    case ready = 0x48
    /// Worker → milter: the `InspectionResult` of the message (`ResultFrame`).
    case result = 0x44
}

package struct Frame {
    package var kind: FrameKind
    package var payload: [UInt8]
    /// A descriptor that came with the frame (owned by the receiver), or -1.
    package var descriptor: Int32 = -1
}

/// Frames over one end of a unix stream socketpair. Not thread-safe: one owner at a time.
package final class FrameChannel {
    package enum Received {
        case frame(Frame)
        /// The other end closed the socket (or sent something that is not a frame).
        case closed
        case timedOut
    }

    /// Larger frames are refused: no result or setup comes near it.
    package static let maxPayload = 256 << 20
    package static let headerSize = 5
    package static let maxWaitingDescriptors = 2

    package let socket: Int32
    private var buffer: [UInt8] = []
    /// One read's worth, reused for every read.
    private var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    private var descriptors: [Int32] = []

    package init(socket: Int32) {
        self.socket = socket
    }

    deinit {
        descriptors.forEach { _ = close($0) }
    }

    /// Sends a frame; false when the other end is gone or the payload is larger than the
    /// other end takes (then nothing is sent).
    @discardableResult
    package func send(_ kind: FrameKind, _ payload: [UInt8] = [], descriptor: Int32? = nil) -> Bool {
        guard payload.count <= Self.maxPayload, let length = UInt32(exactly: payload.count) else { return false }
        var bytes: [UInt8] = [kind.rawValue, UInt8(length & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length >> 16 & 0xFF), UInt8(length >> 24)]
        bytes += payload
        if let descriptor {
            // Header and descriptor in one sendmsg; any payload follows as plain bytes.
            guard bytes.withUnsafeBytes({ mg_send_fd(socket, descriptor, $0.baseAddress, Self.headerSize) }) == 0 else { return false }
            bytes.removeFirst(Self.headerSize)
        }
        var sent = 0
        while sent < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL)) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return false }
            sent += written
        }
        return true
    }

    /// The next frame, waiting until `deadline` (nil: as long as it takes).
    package func receive(until deadline: ContinuousClock.Instant?) -> Received {
        while true {
            if let frame = takeFrame() { return frame }
            var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            var timeout: Int32 = -1
            if let deadline {
                let left = deadline - .now
                guard left > .zero else { return .timedOut }
                let (seconds, attoseconds) = left.components
                timeout = Int32(min(seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1, Int64(Int32.max)))
            }
            let ready = poll(&poller, 1, timeout)
            if ready < 0 && errno == EINTR { continue }
            guard ready >= 0 else { return .closed }
            if ready == 0 { continue }  // the deadline check above answers
            var descriptor: Int32 = -1
            let count = chunk.withUnsafeMutableBytes { mg_receive_fd(socket, &descriptor, $0.baseAddress, $0.count) }
            if descriptor >= 0 { descriptors.append(descriptor) }
            // Only a setup or message frame comes with a descriptor, and one is read at a time: more
            // waiting than that are a broken peer's, closed so it cannot fill this process's
            // descriptor table.
            while descriptors.count > Self.maxWaitingDescriptors { _ = close(descriptors.removeFirst()) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return .closed }
            buffer += chunk[..<count]
        }
    }

    /// A whole frame from the buffer, `.closed` for garbage, nil when more bytes are needed.
    private func takeFrame() -> Received? {
        guard buffer.count >= Self.headerSize else { return nil }
        guard let kind = FrameKind(rawValue: buffer[0]) else { return .closed }
        let length = Int(buffer[1]) | Int(buffer[2]) << 8 | Int(buffer[3]) << 16 | Int(buffer[4]) << 24
        guard length <= Self.maxPayload else { return .closed }
        guard buffer.count >= Self.headerSize + length else { return nil }
        var frame = Frame(kind: kind, payload: Array(buffer[Self.headerSize..<(Self.headerSize + length)]))
        buffer.removeFirst(Self.headerSize + length)
        if kind == .message || kind == .setup, !descriptors.isEmpty { frame.descriptor = descriptors.removeFirst() }
        return .frame(frame)
    }
}
