import Foundation
import Synchronization

/// Takes records off the mail path: `submit` only appends to a list; one thread writes the
/// list to its store about once a second (or sooner when it grows), in one transaction. A
/// store that fails is reported and retried with the next batch while mail keeps its
/// verdicts; past `maxPending` waiting records the oldest are dropped (and counted), so a
/// dead disk costs memory only up to that bound. At most about a second of records is lost
/// if the process is killed. Retention runs at most once an hour.
public final class BatchWriter<Record: Sendable>: Sendable {
    public typealias ErrorHandler = @Sendable (_ error: any Error, _ pending: Int) -> Void

    private struct State {
        var pending: [Record] = []
        var dropped = 0
        var stopping = false
        var lastPrune = Date.distantPast
    }

    private let name: String
    private let store: @Sendable ([Record]) throws -> Void
    private let prune: @Sendable (_ now: Date) throws -> Void
    private let interval: TimeInterval
    private let maxPending: Int
    private let onError: ErrorHandler
    private let state = Mutex(State())
    private let wake = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    /// Records waiting at which a write starts before the second is up.
    static var batchSize: Int { 500 }

    /// `store` writes one batch in one transaction; `prune` forgets what is too old at `now`.
    public init(name: String, interval: TimeInterval = 1, maxPending: Int = 100_000, onError: @escaping ErrorHandler = { _, _ in },
                store: @escaping @Sendable ([Record]) throws -> Void, prune: @escaping @Sendable (_ now: Date) throws -> Void) {
        self.name = name
        self.store = store
        self.prune = prune
        self.interval = interval
        self.maxPending = maxPending
        self.onError = onError
    }

    public func start() {
        let thread = Thread { [self] in run() }
        thread.name = name
        thread.start()
    }

    /// Queues records; never blocks on the disk.
    public func submit(_ records: [Record]) {
        let count = state.withLock { state in
            state.pending += records
            if state.pending.count > maxPending {
                state.dropped += state.pending.count - maxPending
                state.pending.removeFirst(state.pending.count - maxPending)
            }
            return state.pending.count
        }
        if count >= Self.batchSize, count - records.count < Self.batchSize { wake.signal() }
    }

    public func submit(_ record: Record) { submit([record]) }

    /// Records dropped because the store could not keep up (or was failing).
    public var dropped: Int { state.withLock { $0.dropped } }
    public var pending: Int { state.withLock { $0.pending.count } }

    /// Writes what is waiting and stops the thread.
    public func stop() {
        state.withLock { $0.stopping = true }
        wake.signal()
        finished.wait()
    }

    private func run() {
        while true {
            _ = wake.wait(timeout: .now() + interval)
            let (batch, stopping) = state.withLock { state in
                let batch = state.pending
                state.pending = []
                return (batch, state.stopping)
            }
            write(batch)
            if stopping {
                finished.signal()
                return
            }
        }
    }

    /// Writes one batch; on failure puts it back in front of newer records (bounded). A
    /// prune that fails after the batch was stored is reported, and the batch is not queued
    /// again (it would be stored twice).
    func write(_ batch: [Record]) {
        do {
            if !batch.isEmpty { try store(batch) }
        } catch {
            let waiting = state.withLock { state in
                let waiting = batch + state.pending
                state.dropped += max(0, waiting.count - maxPending)
                state.pending = Array(waiting.suffix(maxPending))
                return state.pending.count
            }
            onError(error, waiting)
            return
        }
        do {
            try pruneIfDue()
        } catch {
            onError(error, pending)
        }
    }

    private func pruneIfDue(now: Date = Date()) throws {
        let due = state.withLock { state in
            guard now.timeIntervalSince(state.lastPrune) > 3600 else { return false }
            state.lastPrune = now
            return true
        }
        if due { try prune(now) }
    }
}
