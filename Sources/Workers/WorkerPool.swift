import Configuration
import Foundation
import Glibc
import Inspection
import Logging

/// How a message fared on its way through reading and scanning.
package enum ReadingOutcome: Sendable {
    /// Read (or found unreadable: a worker that died or overran gives an `unscannable` entry).
    case inspected(InspectionResult)
    /// No worker could take it in time: tempfail, the sender's server retries.
    case busy(String)
}

/// Reads and scans messages for the milter.
package protocol InspectionSource: Sendable {
    /// `scope`: how much of the text the conduct model reads.
    func inspect(_ message: MessageSpool, engine: Engine, queueID: String, scope: ConductScope) -> ReadingOutcome
}

/// In this process: unit tests.
package struct InProcessInspection: InspectionSource {
    package init() {}

    package func inspect(_ message: MessageSpool, engine: Engine, queueID: String, scope: ConductScope) -> ReadingOutcome {
        .inspected(engine.inspector.inspect(message.bytes(), scope: scope))
    }
}

/// A supervised pool of `mailguard worker` processes, like MIMEDefang's slaves: a crash, hang
/// or memory bomb in a reader costs one worker, never the milter. One thread starts workers
/// (so the kernel's parent-death signal, which follows the thread that forked, stays put);
/// milter threads borrow an idle worker per message.
package final class WorkerPool: InspectionSource, @unchecked Sendable {
    // @unchecked Sendable: every stored var is read and written only with `condition` held;
    // a borrowed WorkerProcess belongs to the one thread that took it out of `idle`.
    private let condition = NSCondition()
    private let logger: Logger
    private var settings: WorkerSettings
    private var setup: [UInt8]
    private var secondsPerMessage: Int
    private var generation = 0
    private var idle: [WorkerProcess] = []
    /// Workers started or starting, idle or busy.
    private var live = 0
    private var stopped = false
    /// Hears of each worker replaced after it died or overran (the metrics count them).
    private let onRestart: @Sendable () -> Void

    package init(engine: Engine, logger: Logger, onRestart: @escaping @Sendable () -> Void = {}) {
        self.logger = logger
        self.onRestart = onRestart
        settings = engine.config.workers
        setup = Self.encode(engine)
        secondsPerMessage = Int(engine.config.inspection.extraction.timeBudget.components.seconds)
    }

    /// Starts the thread that keeps the pool full.
    package func start() {
        let thread = Thread { [self] in keepFull() }
        thread.name = "mailguard-workers"
        thread.start()
    }

    /// After a reload: idle workers are replaced at once, busy ones when their message is
    /// done, so a message in flight finishes with the rules it started with.
    package func use(_ engine: Engine) {
        let newSetup = Self.encode(engine)
        let retired: [WorkerProcess] = locked {
            settings = engine.config.workers
            secondsPerMessage = Int(engine.config.inspection.extraction.timeBudget.components.seconds)
            // A reload that changes nothing a worker reads keeps the workers (starting one
            // loads the rules and the conduct model again).
            guard newSetup != setup else { return [] }
            generation += 1
            setup = newSetup
            return takeIdle()
        }
        retired.forEach { $0.stop() }
    }

    package func inspect(_ message: MessageSpool, engine: Engine, queueID: String, scope: ConductScope) -> ReadingOutcome {
        guard let file = message.finishedFile() else { return .busy("cannot write the message's memory file") }
        // A worker that died while idle is found out only when handed a message: try another.
        for _ in 0..<2 {
            guard let (worker, allowed) = borrow() else {
                return .busy("no reader free within \(locked { settings.queueWaitSeconds }) s")
            }
            switch worker.inspect(file: file, scope: scope, deadline: .now + allowed, allowed: allowed) {
            case .inspected(let inspection):
                giveBack(worker, healthy: true)
                return .inspected(inspection)
            case .died(let reason, let detail, let part, let signal):
                giveBack(worker, healthy: false)
                var metadata: Logger.Metadata = ["queue_id": "\(queueID)", "worker": "\(worker.pid)", "reason": "\(reason.rawValue): \(detail)"]
                if let part { metadata["part"] = "\(part)" }
                if let signal { metadata["signal"] = "\(signal)" }
                logger.error("reader died; the message is decided as unscannable", metadata: metadata)
                return .inspected(.unread(part ?? "message", reason, detail, action: engine.config.inspection.onUnscannable))
            case .unavailable(let why):
                giveBack(worker, healthy: false)
                logger.warning("worker unavailable, trying another", metadata: ["queue_id": "\(queueID)", "reason": "\(why)"])
            }
        }
        return .busy("no reader could take the message")
    }

    /// An idle worker of the current rules and the wall-clock time it gets, or nil when none
    /// frees up within the queue wait.
    private func borrow() -> (WorkerProcess, Duration)? {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date().addingTimeInterval(Double(settings.queueWaitSeconds))
        while idle.isEmpty {
            guard condition.wait(until: deadline) else { return nil }
        }
        // The worker's own time checks answer first; this catches a reader stuck in C.
        return (idle.removeLast(), .seconds(secondsPerMessage + 5))
    }

    private func giveBack(_ worker: WorkerProcess, healthy: Bool) {
        condition.lock()
        let keep = healthy && worker.generation == generation && worker.messages < settings.maxMessages && !stopped
        if keep { idle.append(worker) } else { live -= 1 }
        condition.broadcast()
        condition.unlock()
        if !keep { worker.stop() }
        if !healthy { onRestart() }
    }

    /// Starts workers whenever fewer than `count` are alive. A worker that died reading a
    /// message is replaced at once; only workers that fail to start back off, so a stream
    /// of poison messages cannot starve the pool and a broken setup cannot spin.
    private func keepFull() {
        var backoff = 0.1
        while true {
            condition.lock()
            while live >= settings.effectiveCount && !stopped { condition.wait() }
            if stopped { condition.unlock(); return }
            live += 1
            let (setup, generation, settings) = (self.setup, self.generation, self.settings)
            condition.unlock()
            do {
                let worker = try WorkerProcess.start(setup: setup, settings: settings, generation: generation)
                backoff = 0.1
                condition.lock()
                let current = generation == self.generation
                if current { idle.append(worker) } else { live -= 1 }
                condition.broadcast()
                condition.unlock()
                if !current { worker.stop() }
            } catch {
                condition.lock()
                live -= 1
                condition.unlock()
                logger.error("worker failed to start; retrying", metadata: ["error": "\(error)", "retry_in": "\(backoff) s"])
                Thread.sleep(forTimeInterval: backoff)
                backoff = min(backoff * 2, 10)
            }
        }
    }

    /// Stops every idle worker; busy ones stop when given back.
    package func stop() {
        let retired = locked {
            stopped = true
            return takeIdle()
        }
        retired.forEach { $0.stop() }
    }

    /// Takes every idle worker out of the pool (the caller stops them after unlocking) and
    /// wakes the starter. Called with the lock held.
    private func takeIdle() -> [WorkerProcess] {
        let retired = idle
        idle = []
        live -= retired.count
        condition.broadcast()
        return retired
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        condition.lock()
        defer { condition.unlock() }
        return try body()
    }

    private static func encode(_ engine: Engine) -> [UInt8] {
        // Encoding plain Codable values of our own cannot fail.
        [UInt8]((try? JSONEncoder().encode(WorkerSetup(engine: engine))) ?? Data())
    }
}
