import Configuration
import Foundation
import Operations
import Storage

/// Safety alerts, Purview-like: one card per guideline-8 decision of the last 30 days, with
/// its status, assignee and notes. The trail says what happened; the console store keeps
/// what the safety team did about it.
extension ConsoleApp {
    static let alertDays = 30.0

    /// Audit records that are safety alerts: an alert was mailed, or a deciding finding is the safety team's.
    func alertRecords() throws -> [AuditEntry] {
        guard let trail = try? AuditTrail.store(config) else { return [] }
        let records = try trail.records(matching: AuditQuery(since: now().addingTimeInterval(-Self.alertDays * 86_400), limit: 2000))
        let alerts = records.filter(isAlert)
        try store.noteAlerts(alerts.map { (queueID: $0.queueID, heldAt: $0.at, rules: $0.decidingRules) })
        return alerts
    }

    func isAlert(_ record: AuditEntry) -> Bool {
        record.verdict != "accept" && record.monitor == nil
            && (record.alerted || record.findings.contains { $0.action != "accept" && settings.area(of: $0.kind) == .safety })
    }

    func alertsPage(_ request: ConsoleRequest, viewer: Viewer) throws -> ConsoleResponse {
        guard viewer.may(.seeHold, [.safety]) else { return forbidden(viewer, "see safety alerts") }
        let records = try alertRecords()
        let states = try store.alerts(records.map(\.queueID))
        let held = Set(((try? queue.held()) ?? []).map(\.queueID))
        let wanted = request.queryValue("status").flatMap(AlertStatus.init)
        let mayWork = viewer.may(.workAlert, [.safety])
        let cards: [[String: Any]] = records.compactMap { record in
            let state = states[record.queueID]
            let status = state?.status ?? .new
            if let wanted, wanted != status { return nil }
            return [
                "queue_id": record.queueID, "time": AuditTime.format(record.at), "sender": shown(record.sender),
                "recipients": shown(record.recipients.map(\.address).joined(separator: ", ")), "verdict": record.verdict,
                "findings": record.findings.filter { $0.action != "accept" }.map { ["rule": $0.rule, "location": shown($0.location)] },
                "status": status.title, "status_class": status.rawValue, "assignee": state?.assignee ?? "",
                "has_notes": !(state?.notes ?? []).isEmpty,
                "notes": (state?.notes ?? []).map { ["at": AuditTime.format($0.at), "by": shown($0.by), "text": shown($0.text)] },
                "held": held.contains(record.queueID), "may_work": mayWork,
                "statuses": AlertStatus.allCases.map { ["value": $0.rawValue, "title": $0.title, "selected": $0 == status] },
            ]
        }
        let falseAlarms = viewer.role == .admin ? try store.falseAlarmsByRule().map { ["rule": $0.rule, "count": $0.count] as [String: Any] } : []
        return page("alerts", [
            "title": "Safety alerts", "cards": cards, "count": cards.count, "false_alarms": falseAlarms, "has_false_alarms": !falseAlarms.isEmpty,
            "filters": [["value": "", "title": "all", "selected": wanted == nil]]
                + AlertStatus.allCases.map { ["value": $0.rawValue, "title": $0.title, "selected": $0 == wanted] as [String: Any] },
        ], viewer: viewer)
    }

    func updateAlert(_ id: String, _ request: ConsoleRequest, viewer: Viewer) throws -> ConsoleResponse {
        guard viewer.may(.workAlert, [.safety]) else { return forbidden(viewer, "change safety alerts") }
        guard PostfixQueue.isQueueID(id) else { return .redirect("/alerts") }
        _ = try alertRecords()
        let form = request.form
        let status = form["status"].flatMap(AlertStatus.init)
        let note = form.text("note").map { String(shown($0).prefix(Self.maxReasonLength)) }
        let assignee = form["assignee"].map { String(shown($0.trimmingCharacters(in: .whitespaces)).prefix(100)) }
        try store.updateAlert(id, status: status, assignee: assignee, note: note, by: viewer.name, at: now())
        log("\(viewer.name) updated alert \(id): \(status?.rawValue ?? "same status")")
        return .redirect("/alerts")
    }
}
