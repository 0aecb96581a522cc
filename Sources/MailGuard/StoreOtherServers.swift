import Configuration
import Console
import Foundation
import SharedStore
import Storage

/// The console's view of the district's other mail servers, through the shared store: their
/// holds from the central trail (which the audit search and reports read too), and release
/// and delete requests left for them.
struct StoreOtherServers: OtherServers {
    let server: String
    let trail: CentralAudit
    let requestQueue: QueueRequests

    init?(_ config: Config) throws {
        // A page waits at most a few seconds on the store.
        guard let pool = try PostgresPool.background(config.store, timeout: .seconds(3)) else { return nil }
        server = config.store.server
        trail = CentralAudit(pool: pool)
        requestQueue = QueueRequests(pool: pool)
    }

    func holds(since: Date) throws -> [AuditEntry] {
        try trail.openHolds(since: since, elsewhereThan: server, limit: 500)
    }

    func requests() throws -> [RemoteRequest] {
        try requestQueue.recent(limit: 1000).map { RemoteRequest(server: $0.server, queueID: $0.queueID, action: $0.action, result: $0.result) }
    }

    func ask(_ action: String, server: String, queueID: String, by: String, reason: String) throws -> Int64 {
        try requestQueue.submit(server: server, queueID: queueID, action: action, by: by, from: self.server, reason: reason)
    }
}
