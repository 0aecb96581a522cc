import CWorker
import Foundation
import Synchronization

/// The one privileged path to Postfix's hold queue. Postfix's tools need root; the console
/// runs unprivileged. `mailguard queue-helper` runs as root on a unix socket (mode 0660, group
/// `[quarantine] helper_group`) and does four things, each on the hold queue only and by a
/// queue id it checks: list, show, release, delete (plus a message's main headers).
///
/// One request per connection: a line `VERB [ID]`; the answer is `ok LENGTH` and that many
/// bytes (JSON for `list` and `headers`, the message for `show`), or `error TEXT`.
package enum QueueHelperProtocol {
    package enum Verb: String, CaseIterable, Sendable {
        case list, show, headers, release, delete
        var takesID: Bool { self != .list }
    }

    package static let maxRequestBytes = 128

    /// A request line, or why it is refused. Only a known verb and, where one is needed, a
    /// Postfix queue id: nothing of the line reaches a command but the checked id.
    package static func parse(_ line: String) -> Result<(Verb, String?), QueueHelperError> {
        let words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard let first = words.first, let verb = Verb(rawValue: first) else { return .failure(QueueHelperError("unknown request")) }
        if !verb.takesID {
            return words.count == 1 ? .success((verb, nil)) : .failure(QueueHelperError("list takes no queue id"))
        }
        guard words.count == 2, PostfixQueue.isQueueID(words[1]) else { return .failure(QueueHelperError("\(verb.rawValue) needs one Postfix queue id")) }
        return .success((verb, words[1]))
    }
}

package struct QueueHelperError: Error, CustomStringConvertible, Equatable {
    package var description: String
    package init(_ description: String) { self.description = description }
}

/// The helper's side: answers requests with Postfix's tools.
package final class QueueHelperServer: Sendable {
    private let queue: PostfixQueue
    /// The largest message `show` sends.
    private let maxMessageBytes: Int
    private let log: @Sendable (String) -> Void
    private let busy = DispatchSemaphore(value: 4)

    package init(queue: PostfixQueue, maxMessageBytes: Int, log: @escaping @Sendable (String) -> Void) {
        self.queue = queue
        self.maxMessageBytes = maxMessageBytes
        self.log = log
    }

    /// The answer to one request line: payload, or the error to send.
    package func answer(_ line: String, peer: String) -> Result<Data, QueueHelperError> {
        let request: (QueueHelperProtocol.Verb, String?)
        switch QueueHelperProtocol.parse(line) {
        case .failure(let error):
            log("refused a request from \(peer): \(error)")
            return .failure(error)
        case .success(let parsed): request = parsed
        }
        do {
            let (verb, id) = request
            if verb == .list { return .success(try JSONEncoder().encode(try queue.held())) }
            guard let id, try queue.held().contains(where: { $0.queueID == id }) else {
                return .failure(QueueHelperError("\(id ?? "") is not on hold"))
            }
            switch verb {
            case .list: preconditionFailure()
            case .headers: return .success(try JSONEncoder().encode(try queue.headers(id)))
            case .show:
                let message = try queue.message(id)
                guard message.count <= maxMessageBytes else { return .failure(QueueHelperError("\(id) is larger than \(maxMessageBytes >> 20) MiB")) }
                return .success(message)
            case .release: try queue.release(id)
            case .delete: try queue.delete(id)
            }
            log("\(verb.rawValue) \(id) for \(peer)")
            return .success(Data())
        } catch {
            log("\(line) for \(peer) failed: \(error)")
            return .failure(QueueHelperError("\(error)"))
        }
    }

    /// Listens on `path` until the process ends: the socket gets mode 0660 and `group`.
    package func serve(path: String, group: String) throws -> Never {
        unlink(path)
        let listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw QueueHelperError("socket: \(String(cString: strerror(errno)))") }
        var address = try UnixAddress(path)
        let bound = withUnsafePointer(to: &address.raw) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        guard bound == 0 else { throw QueueHelperError("cannot bind \(path): \(String(cString: strerror(errno)))") }
        guard let entry = getgrnam(group) else { throw QueueHelperError("no group '\(group)' ([quarantine] helper_group)") }
        guard chown(path, 0, entry.pointee.gr_gid) == 0 || geteuid() != 0, chmod(path, 0o660) == 0 else {
            throw QueueHelperError("cannot set owner and mode of \(path): \(String(cString: strerror(errno)))")
        }
        guard listen(listener, 16) == 0 else { throw QueueHelperError("listen: \(String(cString: strerror(errno)))") }
        log("listening on \(path) (group \(group))")
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { continue }
            busy.wait()
            DispatchQueue.global().async { [self] in
                defer { busy.signal(); close(connection) }
                handle(connection)
            }
        }
    }

    private func handle(_ connection: Int32) {
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(connection, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let peer = Self.peer(connection)
        guard let line = SocketLines.readLine(connection, max: QueueHelperProtocol.maxRequestBytes) else {
            _ = SocketLines.write(connection, Data("error request is not one short line\n".utf8))
            return
        }
        switch answer(line, peer: peer) {
        case .success(let payload): _ = SocketLines.write(connection, Data("ok \(payload.count)\n".utf8) + payload)
        case .failure(let error): _ = SocketLines.write(connection, Data("error \(error.description.replacingOccurrences(of: "\n", with: " "))\n".utf8))
        }
    }

    /// `uid 998 (mailguard)`, from the kernel's credentials of the connecting process.
    private static func peer(_ connection: Int32) -> String {
        var uid: UInt32 = 0, pid: Int32 = 0
        guard mg_peer_credentials(connection, &uid, &pid) == 0 else { return "unknown peer" }
        let name = getpwuid(uid).map { String(cString: $0.pointee.pw_name) } ?? "?"
        return "uid \(uid) (\(name)) pid \(pid)"
    }
}

/// The console's and the CLI's side of the helper: the hold queue over its socket.
package struct QueueHelperClient: HoldQueue {
    package let path: String
    package init(path: String) { self.path = path }

    /// The largest answer read: `[limits] max_message_mib` goes up to 4 GiB, a held message
    /// the helper sends whole; nothing is allocated past it on a length the socket claims.
    static let maxAnswerBytes = 4 << 30

    package func held() throws -> [PostfixQueue.Message] {
        try JSONDecoder().decode([PostfixQueue.Message].self, from: request("list"))
    }

    package func message(_ id: String) throws -> Data { try request("show \(id)") }

    package func headers(_ id: String) throws -> [PostfixQueue.Header] {
        try JSONDecoder().decode([PostfixQueue.Header].self, from: request("headers \(id)"))
    }

    package func release(_ id: String) throws { _ = try request("release \(id)") }
    package func delete(_ id: String) throws { _ = try request("delete \(id)") }

    private func request(_ line: String) throws -> Data {
        let connection = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard connection >= 0 else { throw QueueHelperError("socket: \(String(cString: strerror(errno)))") }
        defer { close(connection) }
        var address = try UnixAddress(path)
        let connected = withUnsafePointer(to: &address.raw) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(connection, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        guard connected == 0 else {
            throw QueueHelperError("cannot reach the queue helper at \(path) ([quarantine] helper_socket): \(String(cString: strerror(errno))); is mailguard-queue-helper running?")
        }
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard SocketLines.write(connection, Data((line + "\n").utf8)) else { throw QueueHelperError("the queue helper closed the connection") }
        guard let status = SocketLines.readLine(connection, max: 4096) else { throw QueueHelperError("no answer from the queue helper") }
        if status.hasPrefix("error ") { throw QueueHelperError(String(status.dropFirst(6))) }
        guard status.hasPrefix("ok "), let length = Int(status.dropFirst(3)), (0...Self.maxAnswerBytes).contains(length) else {
            throw QueueHelperError("the queue helper answered '\(status)'")
        }
        guard let payload = SocketLines.read(connection, count: length) else { throw QueueHelperError("the queue helper's answer was cut short") }
        return payload
    }
}

/// A `sockaddr_un` for a path that fits.
private struct UnixAddress {
    var raw = sockaddr_un()

    init(_ path: String) throws {
        raw.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: raw.sun_path)
        guard bytes.count < capacity else { throw QueueHelperError("socket path is longer than \(capacity - 1) bytes: \(path)") }
        withUnsafeMutableBytes(of: &raw.sun_path) { buffer in
            buffer.copyBytes(from: bytes)
            buffer[bytes.count] = 0
        }
    }
}

/// Blocking reads and writes of lines and counted payloads on a socket, retried when a signal
/// interrupts them. (Workers' `Descriptor` reads files at offsets, which a socket has not.)
enum SocketLines {
    /// A line without its newline, or nil past `max` bytes, at end or on an error.
    static func readLine(_ descriptor: Int32, max: Int) -> String? {
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while line.count <= max {
            let got = recv(descriptor, &byte, 1, 0)
            if got < 0 && errno == EINTR { continue }
            guard got == 1 else { return nil }
            if byte == UInt8(ascii: "\n") { return String(decoding: line, as: UTF8.self) }
            line.append(byte)
        }
        return nil
    }

    static func read(_ descriptor: Int32, count: Int) -> Data? {
        var data = Data(count: count)
        var filled = 0
        while filled < count {
            let got = data.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress! + filled, count - filled, 0) }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { return nil }
            filled += got
        }
        return data
    }

    static func write(_ descriptor: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { buffer in
            var sent = 0
            while sent < buffer.count {
                let wrote = send(descriptor, buffer.baseAddress! + sent, buffer.count - sent, Int32(MSG_NOSIGNAL))
                if wrote < 0 && errno == EINTR { continue }
                guard wrote > 0 else { return false }
                sent += wrote
            }
            return true
        }
    }
}
