import Configuration
import Foundation
import Operations
import Storage

/// The district's other mail servers, reached through the shared store: what they hold, and
/// the releases and deletes a reviewer here asks of them. The server that holds a message
/// carries the request out on its own queue and records it.
package protocol OtherServers: Sendable {
    /// Held on another server and not released or deleted there, newest first, each with its server.
    func holds(since: Date) throws -> [AuditEntry]
    /// The newest request for each (server, queue id).
    func requests() throws -> [RemoteRequest]
    /// Leaves a `release` or `delete` for the server; returns the request's number.
    func ask(_ action: String, server: String, queueID: String, by: String, reason: String) throws -> Int64
}

package struct RemoteRequest: Sendable, Equatable {
    package var server: String
    package var queueID: String
    package var action: String
    /// nil while the server has not carried it out.
    package var result: String?

    package init(server: String, queueID: String, action: String, result: String?) {
        (self.server, self.queueID, self.action, self.result) = (server, queueID, action, result)
    }
}

extension ConsoleApp {
    /// How far back the holds of other servers are listed.
    static let otherHoldDays: Double = 30

    /// Rows of the "held on other servers" table the viewer may see.
    func otherHoldRows(viewer: Viewer) throws -> [[String: Any]] {
        guard let otherServers else { return [] }
        let asked = Dictionary(try otherServers.requests().map { ("\($0.server) \($0.queueID)", $0) }, uniquingKeysWith: { first, _ in first })
        let now = now()
        return try otherServers.holds(since: now.addingTimeInterval(-Self.otherHoldDays * 86_400)).compactMap { record in
            let areas = Hold.areas(of: record, settings)
            guard viewer.may(.seeHold, areas), let server = record.server else { return nil }
            let request = asked[record.queueLabel]
            return [
                "server": server, "queue_id": record.queueID, "time": AuditTime.format(record.at),
                "age": QuarantineReview.age(now.timeIntervalSince(record.at)),
                "sender": shown(record.sender.isEmpty ? "<>" : record.sender),
                "recipients": shown(record.recipients.map(\.address).joined(separator: ", ")),
                "rules": record.decidingRules.joined(separator: ", "), "where": shown(QuarantineReview.reason(record)),
                "status": request.map { "\($0.action) asked: " + ($0.result.map(shown) ?? "waiting for \(server)") } as Any,
                // Asked again only when nothing waits: no request yet, or the last one failed or expired.
                "may_ask": request.map { $0.result?.hasPrefix("failed") == true || $0.result?.hasPrefix("expired") == true } ?? true,
                "may_release": viewer.may(.release, areas), "may_delete": viewer.may(.delete, areas),
            ]
        }
    }

    /// `POST /elsewhere/SERVER/ID/release|delete`: asks the server holding the message.
    func askOtherServer(_ server: String, _ id: String, _ action: String, _ request: ConsoleRequest, viewer: Viewer) throws -> ConsoleResponse {
        let wanted: ConsoleAction
        switch action {
        case "release": wanted = .release
        case "delete": wanted = .delete
        default: return page("error", ["title": "Not found", "message": "There is no such page."], viewer: viewer, status: 404)
        }
        guard let otherServers, PostfixQueue.isQueueID(id),
              let record = try otherServers.holds(since: now().addingTimeInterval(-Self.otherHoldDays * 86_400))
                .first(where: { $0.server == server && $0.queueID == id }) else {
            return page("error", ["title": "Not on hold", "message": "\(shown(server)) \(shown(id)) is not a message held on another server."],
                        viewer: viewer, status: 404)
        }
        let areas = Hold.areas(of: record, settings)
        guard viewer.may(wanted, areas) else { return forbidden(viewer, "\(action) this hold (\(areasText(areas)))") }
        guard let reason = Self.reason(request.form) else {
            return page("error", ["title": "Not done", "message": "Give a reason to \(action) the message: it is recorded in the audit trail."],
                        viewer: viewer, status: 400)
        }
        let number = try otherServers.ask(action, server: server, queueID: id, by: viewer.name, reason: reason)
        log("\(viewer.name) asked \(server) to \(action) \(id) (request \(number)): \(reason)")
        return .redirect("/holds?done=asked+\(server)+to+\(action)+\(id)")
    }
}
