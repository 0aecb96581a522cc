import Foundation
import Glibc
@testable import Operations
import Testing
@testable import Workers

@Suite("Worker frames")
struct FrameChannelTests {
    static func pair() -> (FrameChannel, FrameChannel) {
        var ends: [Int32] = [-1, -1]
        _ = socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &ends)
        return (FrameChannel(socket: ends[0]), FrameChannel(socket: ends[1]))
    }

    @Test("frames arrive whole and in order, a descriptor with its message frame")
    func roundTrip() throws {
        let (milter, worker) = Self.pair()
        defer { close(milter.socket); close(worker.socket) }
        let big = [UInt8](repeating: 7, count: 100_000)  // larger than one read, smaller than the socket buffer
        var pipeEnds: [Int32] = [-1, -1]
        _ = pipe(&pipeEnds)
        defer { close(pipeEnds[1]) }
        let board = try #require(ReadingBoard())
        #expect(milter.send(.setup, big, descriptor: board.descriptor))
        #expect(milter.send(.message, descriptor: pipeEnds[0]))
        close(pipeEnds[0])
        guard case .frame(let setup) = worker.receive(until: .now + .seconds(5)) else { Issue.record("no setup frame"); return }
        #expect(setup.kind == .setup && setup.payload == big)
        // The setup's descriptor is the board, not the message's pipe, though both may come in one read.
        let workerBoard = try #require(ReadingBoard(descriptor: setup.descriptor))
        workerBoard.note("attachment roster.csv")
        #expect(board.location == "attachment roster.csv")
        guard case .frame(let message) = worker.receive(until: .now + .seconds(5)) else { Issue.record("no message frame"); return }
        #expect(message.kind == .message && message.payload.isEmpty && message.descriptor >= 0)
        // The descriptor is the same pipe: what is written at one end is read at the other.
        _ = write(pipeEnds[1], "ok", 2)
        var buffer = [UInt8](repeating: 0, count: 2)
        #expect(read(message.descriptor, &buffer, 2) == 2 && buffer == Array("ok".utf8))
        close(message.descriptor)
    }

    @Test("a payload larger than the receiver takes is refused whole: nothing reaches the other end")
    func oversizedPayload() {
        let (milter, worker) = Self.pair()
        defer { close(milter.socket); close(worker.socket) }
        // Non-blocking, so a send that wrongly starts does not wait for a reader.
        _ = fcntl(milter.socket, F_SETFL, fcntl(milter.socket, F_GETFL) | O_NONBLOCK)
        #expect(!milter.send(.result, [UInt8](repeating: 1, count: FrameChannel.maxPayload + 1)))
        guard case .timedOut = worker.receive(until: .now + .milliseconds(50)) else { Issue.record("bytes reached the worker"); return }
    }

    @Test("descriptors beside frames that take none are closed past a small bound, never piled up")
    func strayDescriptor() throws {
        let (worker, milter) = Self.pair()
        defer { close(milter.socket); close(worker.socket) }
        var pipeEnds: [Int32] = [-1, -1]
        _ = pipe(&pipeEnds)
        defer { close(pipeEnds[0]); close(pipeEnds[1]) }
        // Descriptors open on this pipe only: other tests open and close theirs meanwhile.
        let pipeName = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(pipeEnds[0])")
        let open = {
            try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").filter { fd in
                (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(fd)")) == pipeName
            }.count
        }
        let before = try open()
        for _ in 0..<20 { #expect(worker.send(.result, Array("part".utf8), descriptor: pipeEnds[0])) }
        for _ in 0..<20 {
            guard case .frame(let frame) = milter.receive(until: .now + .seconds(5)) else { Issue.record("no frame"); return }
            #expect(frame.kind == .result && frame.descriptor == -1)
        }
        #expect(try open() <= before + FrameChannel.maxWaitingDescriptors)
    }

    @Test("a silent peer times out; a closed one or garbage reads as closed")
    func endings() {
        let (a, b) = Self.pair()
        defer { close(b.socket) }
        guard case .timedOut = b.receive(until: .now + .milliseconds(50)) else { Issue.record("no timeout"); return }
        _ = write(a.socket, "Zjunk", 5)
        guard case .closed = b.receive(until: .now + .seconds(1)) else { Issue.record("garbage not refused"); return }
        let (c, d) = Self.pair()
        close(c.socket)
        defer { close(d.socket) }
        guard case .closed = d.receive(until: .now + .seconds(1)) else { Issue.record("end of file not seen"); return }
        close(a.socket)
    }
}
