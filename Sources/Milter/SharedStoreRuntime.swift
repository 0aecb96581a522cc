import Configuration
import Foundation
import Logging
import Operations
import Policy
import SharedStore
import Storage
import Synchronization

/// The shared store as the milter uses it: the ledger that checks windows there first (and
/// falls back to this server's own), and off the mail path the audit outbox and the
/// requests other servers leave for this one's hold queue; with the log lines and metrics
/// that tell an admin when the store is down and when it is back.
final class SharedStoreRuntime: Sendable {
    let ledger: SharedLedger
    private let pools: [PostgresPool]
    private let loops: [Repeating]

    /// nil without `[store] url`. The milter starts whether or not the store answers.
    static func open(_ config: Config, local: Ledger, retention: @escaping @Sendable () -> TimeInterval,
                     metrics: MailMetrics, logger: Logger) throws -> SharedStoreRuntime? {
        let settings = config.store
        guard let endpoint = try settings.endpoint(), let background = try PostgresPool.background(settings) else { return nil }
        let shown = endpoint.redactedURL
        let pool = PostgresPool(endpoint: endpoint, size: settings.connections, retryAfter: .seconds(settings.retrySeconds)) { up, reason in
            metrics.store(up: up)
            if up {
                logger.notice("shared store answers again; sending windows are shared again", metadata: ["store": "\(shown)"])
            } else {
                logger.error("shared store unreachable; sending limits fall back to this server's own windows, audit records wait in the local trail",
                             metadata: ["store": "\(shown)", "error": "\(reason ?? "")", "retry_seconds": "\(settings.retrySeconds)"])
            }
        }
        metrics.store(up: true)
        migrate(pool: background, shown: shown, logger: logger)
        // Each of a decision's two transactions gets half the time a decision may wait.
        let shared = PostgresLedger(pool: pool, server: settings.server, timeout: .milliseconds(max(5, settings.timeoutMilliseconds / 2)),
                                    retention: retention)
        let lastRefusal = Mutex<ContinuousClock.Instant?>(nil)
        let ledger = SharedLedger(shared: shared, local: local, retention: retention) { seconds, error in
            metrics.storeTransaction(seconds: seconds, failed: error != nil)
            // The store answered with an error (a missing schema, a refused permission): said
            // at most once a minute; an unreachable store is said by the pool, once.
            guard case .failed = error else { return }
            let due = lastRefusal.withLock { last in
                guard last.map({ ContinuousClock.now - $0 >= .seconds(60) }) ?? true else { return false }
                last = .now
                return true
            }
            if due {
                logger.error("shared store refused a check; this server's own windows decided it", metadata: ["store": "\(shown)", "error": "\(error!)"])
            }
        }
        let maintenance = StoreMaintenance(pool: background, server: settings.server, keepDays: config.audit.keepDays)
        var loops = [requestRunner(config, pool: background, logger: logger), Repeating(name: "mailguard-store-upkeep", interval: 60) {
            do { try maintenance.run() } catch { logger.warning("shared store upkeep not done; tried again in a minute", metadata: ["error": "\(error)"]) }
        }]
        if let shipper = shipper(config, pool: background, metrics: metrics, logger: logger) { loops.append(shipper) }
        return SharedStoreRuntime(ledger: ledger, pools: [pool, background], loops: loops)
    }

    private init(ledger: SharedLedger, pools: [PostgresPool], loops: [Repeating]) {
        self.ledger = ledger
        self.pools = pools
        self.loops = loops
    }

    func start() { loops.forEach { $0.start() } }

    func stop() {
        loops.forEach { $0.stop() }
        pools.forEach { $0.close() }
    }

    /// Brings the schema up to date at start (two servers starting together take turns);
    /// a store that does not answer now is logged, and its checks fall back until it does.
    private static func migrate(pool: PostgresPool, shown: String, logger: Logger) {
        do {
            let applied = try pool.withConnection { connection, deadline in try SharedSchema.migrate(connection, deadline: deadline) }
            logger.notice("shared store in use", metadata: ["store": "\(shown)", "schema": "\(SharedSchema.current)",
                                                            "migrated": "\(applied.map(String.init).joined(separator: ","))"])
        } catch {
            logger.error("shared store not ready at start; this server decides on its own windows until it is",
                         metadata: ["store": "\(shown)", "error": "\(error)"])
        }
    }

    /// The outbox shipper over the local audit trail, about once a second (nil when the
    /// trail cannot be opened: the audit writer logs that already).
    private static func shipper(_ config: Config, pool: PostgresPool, metrics: MailMetrics, logger: Logger) -> Repeating? {
        guard let trail = try? AuditStore(path: config.auditPath) else { return nil }
        let shipper = AuditShipper(pool: pool, trail: trail, server: config.store.server) { record, reason in
            logger.error("the shared store refused an audit record; it stays in the local trail", metadata: ["record": "\(record)", "error": "\(reason)"])
        }
        let failing = Mutex(false)
        return Repeating(name: "mailguard-audit-ship", interval: 1, atStop: true) {
            let status = shipper.shipWaiting()
            if let waiting = status.waiting { metrics.auditOutbox(waiting) }
            let failed = status.error != nil
            let changed = failing.withLock { state in
                defer { state = failed }
                return state != failed
            }
            guard changed else { return }
            if let error = status.error {
                logger.error("audit records not shipped to the shared store; they wait in the local trail", metadata: ["error": "\(error)"])
            } else {
                logger.notice("audit records shipped to the shared store again", metadata: ["waiting": "\(status.waiting ?? 0)"])
            }
        }
    }

    /// Carries out the releases and deletes other servers asked of this one's hold queue,
    /// every two seconds, through the same checked path as `mailguard quarantine`.
    private static func requestRunner(_ config: Config, pool: PostgresPool, logger: Logger) -> Repeating {
        let requests = QueueRequests(pool: pool)
        return Repeating(name: "mailguard-queue-requests", interval: 2) {
            _ = try? requests.carryOut(server: config.store.server) { request in
                let result: String
                do {
                    let held = try QuarantineReview(config).carryOut(request.action, request.queueID, by: request.requestedBy, reason: request.reason)
                    result = request.action == "release" ? "released: delivering to \(held.recipients.joined(separator: ", "))" : "deleted"
                } catch {
                    result = "failed: \(error)"
                }
                logger.notice("request from another server carried out", metadata: [
                    "request": "\(request.id)", "queue_id": "\(request.queueID)", "action": "\(request.action)",
                    "by": "\(request.requestedBy)", "from": "\(request.requestedFrom)", "result": "\(result)",
                ])
                return result
            }
        }
    }
}
