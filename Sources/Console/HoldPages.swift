import Configuration
import Extraction
import Foundation
import Operations
import Storage

/// A held message with its audit record and the reviewer areas its deciding findings fall in.
struct Hold {
    var message: PostfixQueue.Message
    var record: AuditEntry?

    func areas(_ settings: ConsoleSettings) -> Set<ReviewArea> { record.map { Self.areas(of: $0, settings) } ?? [] }

    /// The reviewer areas a record's deciding findings fall in.
    static func areas(of record: AuditEntry, _ settings: ConsoleSettings) -> Set<ReviewArea> {
        Set(record.findings.filter { $0.action != "accept" }.map { settings.area(of: $0.kind) })
    }
}

extension ConsoleApp {
    func holds() throws -> [Hold] {
        let trail = try? AuditTrail.store(config)
        return try queue.held().reversed().map { message in
            Hold(message: message, record: (try? trail?.records(matching: AuditQuery(queueID: message.queueID, limit: 1)))??.first)
        }
    }

    func hold(_ id: String) throws -> Hold? {
        guard PostfixQueue.isQueueID(id) else { return nil }
        return try holds().first { $0.message.queueID == id }
    }

    // MARK: - The hold queue

    func holdsPage(_ request: ConsoleRequest, viewer: Viewer) throws -> ConsoleResponse {
        let filter = HoldFilter(request)
        let now = now()
        // The other servers' holds come from the shared store: when it does not answer, this
        // server's own holds are still shown.
        let elsewhere = try? otherHoldRows(viewer: viewer)
        let visible = try holds().filter { viewer.may(.seeHold, $0.areas(settings)) }
        let matching = visible.filter(filter.matches)
        let rows: [[String: Any]] = matching.map { hold in
            [
                "queue_id": hold.message.queueID,
                "time": AuditTime.format(hold.message.arrival),
                "age": QuarantineReview.age(now.timeIntervalSince(hold.message.arrival)),
                "sender": shown(hold.message.sender.isEmpty ? "<>" : hold.message.sender),
                "recipients": shown(hold.message.recipients.joined(separator: ", ")),
                "rules": hold.record?.decidingRules.joined(separator: ", ") ?? "no audit record",
                "where": hold.record.map { shown(QuarantineReview.reason($0)) } ?? "",
                "areas": hold.areas(settings).sorted().map(\.rawValue).joined(separator: ", "),
            ]
        }
        return page("holds", [
            "title": "Hold queue", "holds": rows, "count": rows.count, "hidden": visible.count - matching.count, "has_hidden": visible.count > matching.count,
            "filter": filter.values, "bulk": viewer.may(.actInBulk) && !rows.isEmpty, "done": request.queryValue("done") as Any,
            "scope": viewer.role.area.map { "holds of the \($0.rawValue) guidelines" } ?? "every hold",
            "elsewhere": elsewhere ?? [], "shares_store": otherServers != nil, "elsewhere_unknown": otherServers != nil && elsewhere == nil,
        ], viewer: viewer)
    }

    // MARK: - One message

    func holdPage(_ id: String, viewer: Viewer, problem: String? = nil) throws -> ConsoleResponse {
        guard let hold = try hold(id) else { return notHeld(id, viewer: viewer) }
        let areas = hold.areas(settings)
        guard viewer.may(.seeHold, areas) else { return forbidden(viewer, "see this hold (\(areasText(areas)))") }
        let record = hold.record
        // The Subject is content: hidden from whoever may not read the message, and from
        // everyone while a finding is in it.
        let subjectHasFinding = record?.findings.contains { $0.location.lowercased().hasPrefix("subject") } ?? true
        let mayRead = viewer.may(.readContent, areas)
        let headers: [[String: Any]] = try queue.headers(id).map { header in
            let isSubject = header.name.lowercased() == "subject"
            let value = !isSubject ? mask(shown(header.value))
                : !mayRead ? "(hidden: your role does not read messages)"
                : subjectHasFinding ? "(hidden: it holds a finding; reveal the message to read it)" : mask(shown(header.value))
            return ["name": header.name, "value": value]
        }
        let findings: [[String: Any]] = (record?.findings ?? []).map { finding in
            [
                "rule": finding.rule, "kind": finding.kind, "location": shown(finding.location), "redacted": shown(finding.redacted),
                "action": finding.action, "note": finding.note.map(shown) as Any, "area": settings.area(of: finding.kind).rawValue,
            ]
        }
        if let record, isAlert(record) { try store.noteAlerts([(queueID: id, heldAt: record.at, rules: record.decidingRules)]) }
        let alert = try store.alerts([id])[id]
        return page("hold", [
            "title": "Held message \(id)", "queue_id": id, "problem": problem as Any,
            "sender": shown(hold.message.sender.isEmpty ? "<>" : hold.message.sender),
            "recipients": shown(hold.message.recipients.joined(separator: ", ")), "size": hold.message.size,
            "arrival": AuditTime.format(hold.message.arrival), "headers": headers, "findings": findings,
            "omitted": record?.findingsOmitted ?? 0, "has_record": record != nil,
            "verdict": record?.verdict ?? "", "policy_row": record?.policyRow ?? "none (the rule's own action)",
            "notice": record?.notice.map(shown) as Any, "groups": record?.senderGroups.joined(separator: ", ") ?? "",
            "reviews": (record?.reviews ?? []).map(reviewRow), "has_reviews": !(record?.reviews ?? []).isEmpty,
            "has_omitted": (record?.findingsOmitted ?? 0) > 0, "areas": areasText(areas),
            "alert_status": alert.map { $0.status.title } as Any,
            "may_read": viewer.may(.readContent, areas), "may_release": viewer.may(.release, areas), "may_delete": viewer.may(.delete, areas),
        ], viewer: viewer)
    }

    /// Reveal, release or delete one hold: each needs the role, a reason, and is recorded.
    func act(_ action: String, on id: String, _ request: ConsoleRequest, viewer: Viewer) async throws -> ConsoleResponse {
        let wanted: ConsoleAction
        switch action {
        case "reveal": wanted = .readContent
        case "release": wanted = .release
        case "delete": wanted = .delete
        default: return page("error", ["title": "Not found", "message": "There is no such page."], viewer: viewer, status: 404)
        }
        guard let hold = try hold(id) else { return notHeld(id, viewer: viewer) }
        let areas = hold.areas(settings)
        guard viewer.may(wanted, areas) else { return forbidden(viewer, "\(action) this hold (\(areasText(areas)))") }
        guard let reason = Self.reason(request.form) else {
            return try holdPage(id, viewer: viewer, problem: "Give a reason to \(action) the message: it is recorded in the audit trail.")
        }
        let review = QuarantineReview(config: config, queue: queue)
        switch wanted {
        case .readContent:
            // Recorded before anything is shown: no record, no reading.
            try review.auditReview(id, "read", by: viewer.name, reason: reason)
            log("\(viewer.name) read \(id): \(reason)")
            let parts = try await reveal(try queue.message(id))
            return page("revealed", [
                "title": "Content of \(id)", "queue_id": id, "reason": reason,
                "parts": parts.map { part in
                    ["location": shown(part.location), "hidden": part.hidden,
                     "pieces": part.pieces.map { ["text": $0.text, "value": $0.isValue] as [String: Any] }] as [String: Any]
                },
                "may_release": viewer.may(.release, areas), "may_delete": viewer.may(.delete, areas),
            ], viewer: viewer)
        case .release, .delete:
            try perform(wanted, id, reason: reason, review: review, viewer: viewer)
            if wanted == .release { try? store.updateAlert(id, status: .resolved, assignee: nil, note: nil, by: viewer.name, at: now()) }
            return .redirect("/holds?done=\(wanted == .release ? "released" : "deleted")+\(id)")
        default: preconditionFailure()
        }
    }

    private func perform(_ action: ConsoleAction, _ id: String, reason: String, review: QuarantineReview, viewer: Viewer) throws {
        try review.carryOut(action == .release ? "release" : "delete", id, by: viewer.name, reason: reason)
        let done = action == .release ? "released" : "deleted"
        log("\(viewer.name) \(done) \(id): \(reason)")
    }

    /// Admins release or delete several holds; a first post shows what will happen and asks
    /// to confirm (no script needed).
    func bulk(_ request: ConsoleRequest, viewer: Viewer) throws -> ConsoleResponse {
        guard viewer.may(.actInBulk) else { return forbidden(viewer, "release or delete in bulk") }
        let form = request.form
        let ids = form.all("id").filter(PostfixQueue.isQueueID)
        let action: ConsoleAction? = form["action"] == "release" ? .release : form["action"] == "delete" ? .delete : nil
        guard let action, !ids.isEmpty else { return .redirect("/holds") }
        let verb = action == .release ? "release" : "delete"
        guard let reason = Self.reason(form), form["confirm"] == "yes" else {
            return page("confirm", ["title": "Confirm", "ids": ids, "action": verb, "count": ids.count,
                                    "reason": form.text("reason") as Any, "problem": Self.reason(form) == nil ? "Give a reason." : nil as String?], viewer: viewer)
        }
        let review = QuarantineReview(config: config, queue: queue)
        var failed: [String] = []
        for id in ids {
            do { try perform(action, id, reason: reason, review: review, viewer: viewer) } catch { failed.append("\(id): \(error)") }
        }
        guard failed.isEmpty else {
            return page("error", ["title": "Some were not done", "message": failed.joined(separator: "; ")], viewer: viewer, status: 500)
        }
        return .redirect("/holds?done=\(verb == "release" ? "released" : "deleted")+\(ids.count)+messages")
    }

    private func notHeld(_ id: String, viewer: Viewer) -> ConsoleResponse {
        page("error", ["title": "Not on hold", "message": "\(shown(id)) is not on hold: released, deleted, or not a queue id of this server. Its record stays in the audit trail."],
             viewer: viewer, status: 404)
    }

    func areasText(_ areas: Set<ReviewArea>) -> String {
        areas.isEmpty ? "no audit record: admins only" : areas.sorted().map { "\($0.rawValue) guidelines" }.joined(separator: " and ")
    }

    func reviewRow(_ review: AuditEntry.Review) -> [String: Any] {
        ["at": AuditTime.format(review.at), "action": review.action, "by": shown(review.by), "reason": review.reason.map(shown) ?? "",
         "queue_id": review.queueLabel]
    }
}

/// What a sender wrote, made safe to show: no control characters (HTML escaping is the
/// templates'), length bounded.
func shown(_ text: String) -> String {
    cut(ControlCharacters.spaced(text), at: 2000, marking: "…")
}

/// At most `limit` characters, ended at a space or line break and marked when cut: a cut
/// never leaves the front half of a number to be read unmasked.
func cut(_ text: String, at limit: Int, marking mark: String) -> String {
    guard text.count > limit else { return text }
    let head = text.prefix(limit)
    return String(head[..<(head.lastIndex(where: \.isWhitespace) ?? head.startIndex)]) + mark
}

/// The hold queue's filters, from the query string.
struct HoldFilter {
    var rule, kind, sender, recipient, group, direction: String?
    var since, until: Date?
    var values: [String: String]

    init(_ request: ConsoleRequest) {
        func value(_ name: String) -> String? { request.queryValue(name)?.trimmingCharacters(in: .whitespaces).nonEmpty }
        rule = value("rule"); kind = value("kind"); sender = value("sender")?.lowercased(); recipient = value("recipient")?.lowercased()
        group = value("group"); direction = value("direction")
        since = value("since").flatMap { AuditTime.parse($0) }
        until = value("until").flatMap { AuditTime.parse($0) }
        values = Dictionary(uniqueKeysWithValues: ["rule", "kind", "sender", "recipient", "group", "direction", "since", "until"].map { ($0, value($0) ?? "") })
    }

    func matches(_ hold: Hold) -> Bool {
        let record = hold.record
        if let rule, !(record?.findings.contains { $0.rule == rule } ?? false) { return false }
        if let kind, !(record?.findings.contains { $0.kind == kind } ?? false) { return false }
        if let sender, !hold.message.sender.lowercased().contains(sender) { return false }
        if let recipient, !hold.message.recipients.contains(where: { $0.lowercased().contains(recipient) }) { return false }
        if let group, !(record?.senderGroups.contains(group) ?? false) { return false }
        if let direction, !(record?.recipients.contains { $0.direction == direction } ?? false) { return false }
        if let since, hold.message.arrival < since { return false }
        if let until, hold.message.arrival >= until { return false }
        return true
    }
}
