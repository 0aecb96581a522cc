import Foundation
import Operations
import Storage

/// The audit search of `mailguard audit` in a form, with the reviews (reads, releases,
/// deletes by the CLI and the console) beside it; and the admin's list of accounts.
extension ConsoleApp {
    func auditPage(_ request: ConsoleRequest, viewer: Viewer) throws -> ConsoleResponse {
        guard viewer.may(.searchAudit) else { return forbidden(viewer, "search the audit trail") }
        func value(_ name: String) -> String? { request.queryValue(name)?.trimmingCharacters(in: .whitespaces).nonEmpty }
        let names = ["since", "until", "sender", "recipient", "rule", "kind", "verdict", "direction", "queue_id", "by"]
        let filled = Dictionary(uniqueKeysWithValues: names.map { ($0, value($0) ?? "") })
        let search = AuditSearch(since: value("since"), until: value("until"), sender: value("sender"), recipient: value("recipient"), rule: value("rule"),
                                 kind: value("kind"), verdict: value("verdict"), direction: value("direction"), queueID: value("queue_id"))
        var problems: [String] = []
        var query = AuditQuery()
        switch search.query(limit: 200, now: now()) {
        case .success(let parsed): query = parsed
        case .failure(let problem): problems.append("\(problem.field): \(problem)")
        }
        let by = value("by")
        guard let trail = try? districtTrail() else {
            return page("audit", ["title": "Audit trail", "filter": filled, "missing": true], viewer: viewer)
        }
        let records = problems.isEmpty ? try trail.records(matching: query) : []
        let reviews = problems.isEmpty
            ? try trail.reviews(matching: ReviewQuery(since: query.since, until: query.until, by: by, queueID: query.queueID, limit: 200)) : []
        return page("audit", [
            "title": "Audit trail", "filter": filled, "problems": problems,
            "records": records.map { record in
                [
                    "time": AuditTime.format(record.at), "queue_id": record.queueLabel, "sender": shown(record.sender),
                    "recipients": shown(record.recipients.map { "\($0.address) (\($0.direction))" }.joined(separator: ", ")),
                    "verdict": record.verdict + (record.monitor.map { " (monitor: \($0))" } ?? ""),
                    "findings": shown(record.findings.map { "\($0.rule) in \($0.location)" + ($0.redacted.isEmpty ? "" : ": \($0.redacted)") }.joined(separator: "; ")),
                    "groups": record.senderGroups.joined(separator: ", "),
                ] as [String: Any]
            },
            "reviews": reviews.map(reviewRow), "has_reviews": !reviews.isEmpty, "has_records": !records.isEmpty,
        ], viewer: viewer)
    }

    func usersPage(viewer: Viewer) throws -> ConsoleResponse {
        guard viewer.may(.manageUsers) else { return forbidden(viewer, "manage accounts") }
        return page("users", [
            "title": "Accounts",
            "accounts": try store.accounts().map { ["name": $0.name, "role": $0.role.rawValue, "disabled": $0.disabled, "self": $0.name == viewer.name] as [String: Any] },
        ], viewer: viewer)
    }

    func disableUser(_ name: String, viewer: Viewer) throws -> ConsoleResponse {
        guard viewer.may(.manageUsers) else { return forbidden(viewer, "manage accounts") }
        guard name != viewer.name else { return page("error", ["title": "Not done", "message": "You cannot disable your own account here."], viewer: viewer, status: 400) }
        try store.disable(name)
        log("\(viewer.name) disabled the account \(name)")
        return .redirect("/users")
    }
}
