import Foundation
import Synchronization

/// A thread that runs one piece of work about every `interval` until stopped, and (with
/// `atStop`) once more when stopping, so what is waiting goes out before the process ends.
public final class Repeating: Sendable {
    private let name: String
    private let interval: TimeInterval
    private let work: @Sendable () -> Void
    private let atStop: Bool
    private let stopping = Mutex(false)
    private let wake = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    public init(name: String, interval: TimeInterval, atStop: Bool = false, work: @escaping @Sendable () -> Void) {
        self.name = name
        self.atStop = atStop
        self.interval = interval
        self.work = work
    }

    public func start() {
        let thread = Thread { [self] in
            while !stopping.withLock({ $0 }) {
                work()
                _ = wake.wait(timeout: .now() + interval)
            }
            if atStop { work() }
            finished.signal()
        }
        thread.name = name
        thread.start()
    }

    public func stop() {
        stopping.withLock { $0 = true }
        wake.signal()
        finished.wait()
    }
}
