import Configuration
import CWorker
import Extraction
import Foundation
import Glibc
import Inspection

/// One running `mailguard worker`, owned by one thread at a time (the pool hands it out).
package final class WorkerProcess {
    package enum Outcome {
        case inspected(InspectionResult)
        /// The worker died or overran reading the message (it is reaped): why, and the part
        /// it was reading.
        case died(reason: UnreadReason, detail: String, part: String?, signal: Int32?)
        /// The message never reached the worker; another may take it.
        case unavailable(String)
    }

    package struct StartError: Error, CustomStringConvertible {
        package var description: String
    }

    package let pid: pid_t
    package let generation: Int
    private let channel: FrameChannel
    /// Where the worker notes the part it reads.
    private let board: ReadingBoard
    /// Read end of the worker's standard error (non-blocking): the runtime's last words.
    private let errors: Int32
    private let memoryLimit: Int
    package private(set) var messages = 0
    private var alive = true

    private init(pid: pid_t, generation: Int, socket: Int32, board: ReadingBoard, errors: Int32, memoryLimit: Int) {
        self.pid = pid
        self.generation = generation
        self.channel = FrameChannel(socket: socket)
        self.board = board
        self.errors = errors
        self.memoryLimit = memoryLimit
    }

    deinit {
        stop()
        close(channel.socket)
        close(errors)
    }

    /// Starts a worker and waits until it has built its rules.
    package static func start(setup: [UInt8], settings: WorkerSettings, generation: Int, timeout: Duration = .seconds(60)) throws(StartError) -> WorkerProcess {
        guard let board = ReadingBoard() else { throw StartError(description: "memfd: \(String(cString: strerror(errno)))") }
        var pair: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else {
            throw StartError(description: "socketpair: \(String(cString: strerror(errno)))")
        }
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else {
            close(pair[0]); close(pair[1])
            throw StartError(description: "pipe: \(String(cString: strerror(errno)))")
        }
        // The worker never waits on a full pipe; its output is drained after each message.
        for end in pipeEnds {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
        }
        // /proc/self/exe is this very binary even after an upgrade replaced the file on disk,
        // so workers always match the milter that starts them.
        let name = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let arguments = [name, "worker", "--parent", "\(getpid())"]
        var environment = ProcessInfo.processInfo.environment
        // glibc's per-thread arenas would eat the address-space limit.
        environment["MALLOC_ARENA_MAX"] = "2"
        // A crash must end the worker at once: Swift's backtracer takes seconds, forks a
        // helper and can stall on the non-blocking error pipe. The runtime's one-line
        // message ("Fatal error: ...", "Could not allocate memory") still comes through.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let pid = spawn("/proc/self/exe", arguments, environment.map { "\($0.key)=\($0.value)" }, stdin: pair[1], stderr: pipeEnds[1])
        close(pair[1])
        close(pipeEnds[1])
        guard case .success(let pid) = pid else {
            close(pair[0]); close(pipeEnds[0])
            if case .failure(let error) = pid { throw error }
            fatalError("unreachable")
        }
        let worker = WorkerProcess(pid: pid, generation: generation, socket: pair[0], board: board, errors: pipeEnds[0],
                                   memoryLimit: settings.memoryMiB << 20)
        worker.channel.send(.setup, setup, descriptor: board.descriptor)
        switch worker.channel.receive(until: .now + timeout) {
        case .frame(let frame) where frame.kind == .ready:
            return worker
        case .timedOut:
            worker.stop()
            throw StartError(description: "worker did not start within \(timeout)")
        default:
            let death = worker.reap()
            throw StartError(description: "worker failed to start (\(death.exitDescription))" + (death.lastLine.map { ": \($0)" } ?? ""))
        }
    }

    private static func spawn(_ path: String, _ arguments: [String], _ environment: [String], stdin: Int32, stderr: Int32) -> Result<pid_t, StartError> {
        var pid: pid_t = 0
        let error = withCStrings(arguments + [nil]) { argv in
            withCStrings(environment + [nil]) { envp in mg_spawn(path, argv, envp, stdin, stderr, &pid) }
        }
        return error == 0 ? .success(pid) : .failure(StartError(description: "cannot start \(path): \(String(cString: strerror(error)))"))
    }

    /// Reads and scans one message in the worker, within `deadline`. `file` holds the whole
    /// message (a memfd, read from offset 0); the worker gets the descriptor, not a copy.
    package func inspect(file: Int32, scope: ConductScope, deadline: ContinuousClock.Instant, allowed: Duration) -> Outcome {
        messages += 1
        board.clear()
        guard channel.send(.message, [scope.rawValue], descriptor: file) else {
            // Not the message's fault: no worker read it (the worker died while idle, say).
            stop()
            return .unavailable("cannot hand the message to a worker")
        }
        switch channel.receive(until: deadline) {
        case .frame(let frame):
            // A worker sends no descriptor: one that came anyway is not kept open.
            if frame.descriptor >= 0 { close(frame.descriptor) }
            if frame.kind == .result, let inspection = ResultFrame.decode(frame.payload) {
                _ = drainStandardError()
                return .inspected(inspection)
            }
        case .timedOut:
            kill(pid, SIGKILL)
            _ = reap()
            return .died(reason: .tookTooLong, detail: "reader took longer than \(allowed.components.seconds) s", part: board.location, signal: SIGKILL)
        case .closed:
            break
        }
        // Closed, or something that is not a result: the worker is gone or broken. The board
        // is read once it is dead, so it holds the part it died on.
        kill(pid, SIGKILL)
        let death = reap()
        return .died(reason: death.cause, detail: death.reason, part: board.location, signal: death.signal)
    }

    /// Kills the worker (it holds no state) and reaps it.
    package func stop() {
        guard alive else { return }
        kill(pid, SIGKILL)
        _ = reap()
    }

    package struct Death {
        package var status: Int32
        package var peakBytes: Int
        package var outOfMemory: Bool
        /// What it wrote to standard error last (never message content: workers log nothing).
        package var lastWords: String
        package var signal: Int32? { status & 0x7F == 0 ? nil : status & 0x7F }
        package var exitCode: Int32 { (status >> 8) & 0xFF }

        package var exitDescription: String { signal.map { "signal \($0)" } ?? "exit status \(exitCode)" }

        /// The last line the worker wrote, if any.
        var lastLine: Substring? { lastWords.split(whereSeparator: \.isNewline).last }

        /// Memory and CPU time are bounds the part crossed; any other end, a part the reader
        /// could not get through.
        package var cause: UnreadReason {
            if outOfMemory { return .tooLarge }
            return signal == SIGXCPU ? .tookTooLong : .damaged
        }

        package var reason: String {
            if outOfMemory { return "reader ran out of memory" }
            if signal == SIGXCPU { return "reader used up its CPU time" }
            if let signal { return "reader crashed (signal \(signal))" }
            // The worker's own last line says why (a rule that failed to load, say).
            return "reader exited (status \(exitCode))" + (lastLine.map { ": \($0)" } ?? "")
        }
    }

    /// Waits for the worker's end, with its peak memory and last words.
    private func reap() -> Death {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        alive = false
        let peak = Int(usage.ru_maxrss) * 1024
        let words = drainStandardError() ?? ""
        // A failed Swift allocation and a trap both end in SIGILL: only the runtime's own
        // words, or a peak close to the limit, say it was memory.
        let memoryWords = ["Could not allocate memory", "failed to allocate", "out of memory", "Cannot allocate memory"]
        let outOfMemory = memoryWords.contains { words.contains($0) } || (memoryLimit > 0 && peak * 10 >= memoryLimit * 9)
        return Death(status: status, peakBytes: peak, outOfMemory: outOfMemory, lastWords: words)
    }

    /// What the worker wrote to standard error since last asked (at most 64 KiB kept).
    private func drainStandardError() -> String? {
        var collected: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(errors, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            collected += chunk[..<count]
            if collected.count > 64 * 1024 { collected.removeFirst(collected.count - 64 * 1024) }
        }
        return collected.isEmpty ? nil : String(decoding: collected, as: UTF8.self)
    }
}
