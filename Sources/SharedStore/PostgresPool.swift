import Foundation
import Synchronization

/// A few connections shared by the milter's threads: a caller borrows one for one unit of
/// work and gives it back. When every connection is busy the caller waits, but never past
/// its deadline; a connection that failed is closed and a new one made on the next borrow.
///
/// After the store failed to answer, the pool refuses at once for `retryAfter` (then one
/// caller tries again), so an outage costs each message nothing instead of the timeout.
public final class PostgresPool: Sendable {
    private struct State {
        var idle: [PostgresConnection] = []
        var open = 0
        var downUntil: ContinuousClock.Instant?
        var lastFailure: String?
        /// Once `downUntil` has passed, one caller tries the store while the rest still refuse.
        var probing = false
    }

    /// The connections are only touched by the thread that borrowed them, and `state` only
    /// under `lock`.
    private nonisolated(unsafe) var state = State()
    private let lock = NSCondition()
    public let endpoint: PostgresEndpoint
    private let size: Int
    private let retryAfter: Duration
    /// Called with true when the store answers again after failing, false when it fails.
    private let onChange: @Sendable (_ up: Bool, _ reason: String?) -> Void

    public init(endpoint: PostgresEndpoint, size: Int = 4, retryAfter: Duration = .seconds(5),
                onChange: @escaping @Sendable (_ up: Bool, _ reason: String?) -> Void = { _, _ in }) {
        self.endpoint = endpoint
        self.size = max(1, size)
        self.retryAfter = retryAfter
        self.onChange = onChange
    }

    /// Whether the last attempt failed and the pool is waiting before it tries again.
    public var isDown: Bool { lock.withLock { state.downUntil.map { ContinuousClock.now < $0 } ?? false } }

    /// Runs `body` on a connection within the endpoint's timeout (or `deadline`).
    public func withConnection<T>(deadline: ContinuousClock.Instant? = nil, _ body: (PostgresConnection, ContinuousClock.Instant) throws -> T) throws -> T {
        let deadline = deadline ?? ContinuousClock.now + endpoint.timeout
        let (connection, probe) = try borrow(until: deadline)
        do {
            let result = try body(connection, deadline)
            giveBack(connection, probe: probe, failure: nil)
            return result
        } catch let error as StoreError {
            if case .unavailable(let reason) = error {
                connection.close()
                giveBack(connection, probe: probe, failure: reason)
            } else {
                giveBack(connection, probe: probe, failure: nil)
            }
            throw error
        } catch {
            giveBack(connection, probe: probe, failure: nil)
            throw error
        }
    }

    /// Closes the idle connections.
    public func close() {
        lock.withLock {
            for connection in state.idle { connection.close() }
            state.open -= state.idle.count
            state.idle = []
        }
    }

    /// A connection, and whether this call is the one that tries a store that failed.
    private func borrow(until deadline: ContinuousClock.Instant) throws -> (PostgresConnection, probe: Bool) {
        lock.lock()
        while true {
            if let down = state.downUntil, ContinuousClock.now < down || state.probing {
                let reason = state.lastFailure ?? "down"
                lock.unlock()
                throw StoreError.unavailable(reason)
            }
            let probe = state.downUntil != nil
            if probe { state.probing = true }
            if let connection = state.idle.popLast() {
                lock.unlock()
                return (connection, probe)
            }
            if state.open < size {
                state.open += 1
                lock.unlock()
                do {
                    return (try PostgresConnection(endpoint, deadline: deadline), probe)
                } catch {
                    giveBack(nil, probe: probe, failure: error.description)
                    throw error
                }
            }
            if probe { state.probing = false }
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero, lock.wait(until: Date(timeIntervalSinceNow: Double(PostgresConnection.milliseconds(left)) / 1000)) else {
                lock.unlock()
                throw StoreError.unavailable("every connection busy")
            }
        }
    }

    /// Takes a connection back. A failure marks the store down; only the probe's success
    /// marks it up again (a call that was already under way when it failed proves nothing).
    private func giveBack(_ connection: PostgresConnection?, probe: Bool, failure: String?) {
        let change: Bool? = lock.withLock {
            if let connection, connection.isOpen {
                state.idle.append(connection)
            } else {
                state.open -= 1
            }
            lock.signal()
            if probe { state.probing = false }
            if let failure {
                // The other idle connections most likely went down with it (a restarted
                // server): the next try after the wait starts on a new one.
                for idle in state.idle { idle.close() }
                state.open -= state.idle.count
                state.idle = []
                let wasUp = state.downUntil == nil
                state.downUntil = ContinuousClock.now + retryAfter
                state.lastFailure = failure
                return wasUp ? false : nil
            }
            guard probe, state.downUntil != nil else { return nil }
            state.downUntil = nil
            state.lastFailure = nil
            return true
        }
        if let change { onChange(change, failure) }
    }
}
