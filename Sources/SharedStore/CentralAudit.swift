import Foundation
import Storage

/// The audit trail every server ships to the shared store, read as `AuditStore` reads its
/// own file: the same queries and answers, each record and review with its server.
/// Periods are named in this process's time zone, as the local trail names them.
public final class CentralAudit: AuditReading {
    private let pool: PostgresPool
    private let timeZone: String

    public init(pool: PostgresPool, timeZone: TimeZone = .current) {
        self.pool = pool
        self.timeZone = timeZone.identifier
    }

    public func records(matching query: AuditQuery) throws -> [AuditEntry] {
        try records(Self.condition(query), limit: query.limit)
    }

    /// Holds on servers other than `server` since `since` that no review released or deleted
    /// there, newest first.
    public func openHolds(since: Date, elsewhereThan server: String, limit: Int) throws -> [AuditEntry] {
        var condition = Self.condition(AuditQuery(since: since, verdict: "quarantine"))
        condition.add("m.server <> ?", server)
        condition.parts.append("m.monitor IS NULL")
        condition.parts.append("""
            NOT EXISTS (SELECT 1 FROM audit_review r WHERE r.server = m.server AND r.queue_id = m.queue_id AND r.action IN ('released', 'deleted'))
            """)
        return try records(condition, limit: limit)
    }

    /// The matching records, then their recipients, groups, findings and reviews in one
    /// query each.
    private func records(_ condition: Clauses, limit: Int?) throws -> [AuditEntry] {
        let limit = limit.map { " LIMIT \(max(0, $0))" } ?? ""
        return try read { connection, deadline in
            let rows = try connection.query("""
                SELECT m.id, m.server, m.at, m.queue_id, m.client, m.sender, m.verdict, m.monitor, m.size, m.scan_ms, m.total_ms,
                       m.findings_omitted, m.policy_row, m.notice, m.alerted, m.local_id
                FROM audit_message m WHERE \(condition.sql) ORDER BY m.at DESC, m.id DESC\(limit)
                """, condition.parameters, deadline: deadline).values
            guard !rows.isEmpty else { return [] }
            // Ids are numbers: the array literal needs no quoting.
            let ids = ["{" + rows.map { $0[0] ?? "0" }.joined(separator: ",") + "}"]
            func children<T>(_ sql: String, _ make: ([String?]) -> T) throws -> [String: [T]] {
                Dictionary(grouping: try connection.query(sql, ids, deadline: deadline).values, by: { $0[0] ?? "" }).mapValues { $0.map(make) }
            }
            let recipients = try children("SELECT message_id, address, direction FROM audit_recipient WHERE message_id = ANY($1::bigint[]) ORDER BY message_id, position") {
                AuditEntry.Recipient(address: $0[1] ?? "", direction: $0[2] ?? "")
            }
            let groups = try children("SELECT message_id, name FROM audit_sender_group WHERE message_id = ANY($1::bigint[]) ORDER BY message_id, position") { $0[1] ?? "" }
            let findings = try children("""
                SELECT message_id, rule, kind, action, location, redacted, note FROM audit_finding WHERE message_id = ANY($1::bigint[]) ORDER BY message_id, position
                """) {
                AuditEntry.Finding(rule: $0[1] ?? "", kind: $0[2] ?? "", action: $0[3] ?? "", location: $0[4] ?? "", redacted: $0[5] ?? "", note: $0[6])
            }
            let reviews = Dictionary(grouping: try connection.query("""
                SELECT r.at, r.queue_id, r.action, r.by, r.reason, r.server FROM audit_review r
                JOIN (SELECT DISTINCT server, queue_id FROM audit_message WHERE id = ANY($1::bigint[])) k ON r.server = k.server AND r.queue_id = k.queue_id
                ORDER BY r.at
                """, ids, deadline: deadline).values.map(Self.review), by: { "\($0.server ?? "") \($0.queueID ?? "")" })
            return rows.map { row in
                var record = Self.entry(row, recipients: recipients[row[0] ?? ""] ?? [], groups: groups[row[0] ?? ""] ?? [],
                                        findings: findings[row[0] ?? ""] ?? [])
                record.reviews = reviews["\(row[1] ?? "") \(row[3] ?? "")"] ?? []
                return record
            }
        }
    }

    public func reviews(matching query: ReviewQuery) throws -> [AuditEntry.Review] {
        var clauses = Clauses()
        clauses.add("server = ?", query.server)
        clauses.addPeriod("at", since: query.since, until: query.until)
        clauses.add("by = ?", query.by)
        clauses.add("action = ?", query.action)
        clauses.add("queue_id = ?", query.queueID)
        return try read { connection, deadline in
            try connection.query("""
                SELECT at, queue_id, action, by, reason, server FROM audit_review WHERE \(clauses.sql)
                ORDER BY at DESC, id DESC LIMIT \(max(0, query.limit))
                """, clauses.parameters, deadline: deadline).values.map(Self.review)
        }
    }

    public func summary(matching query: AuditQuery, by period: AuditSummary.Period) throws -> AuditSummary {
        let condition = Self.condition(query)
        let bucket = Self.bucket(period)
        return try read { connection, deadline in
            let byRule = try connection.query("""
                SELECT \(bucket), f.rule, f.kind, COUNT(DISTINCT m.id) FROM audit_message m JOIN audit_finding f ON f.message_id = m.id
                WHERE \(condition.sql) GROUP BY 1, 2, 3 ORDER BY 1, 4 DESC, 2
                """, condition.parameters, deadline: deadline).values.map {
                AuditSummary.RuleCount(period: $0[0] ?? "", rule: $0[1] ?? "", kind: $0[2] ?? "", messages: Int($0[3] ?? "") ?? 0)
            }
            let byGroup = try connection.query("""
                SELECT \(bucket), COALESCE(g.name, '-'), m.verdict, COUNT(DISTINCT m.id) FROM audit_message m
                LEFT JOIN audit_sender_group g ON g.message_id = m.id WHERE \(condition.sql) GROUP BY 1, 2, 3 ORDER BY 1, 2, 4 DESC
                """, condition.parameters, deadline: deadline).values.map {
                AuditSummary.GroupCount(period: $0[0] ?? "", group: $0[1] ?? "", verdict: $0[2] ?? "", messages: Int($0[3] ?? "") ?? 0)
            }
            return AuditSummary(byRule: byRule, byGroup: byGroup)
        }
    }

    public func holdOutcomes(matching query: AuditQuery, by period: AuditSummary.Period) throws -> [HoldOutcome] {
        var held = query
        held.verdict = "quarantine"
        let condition = Self.condition(held)
        // A review decides a hold of the same server's queue id, after it.
        let decision = """
            FROM audit_review r WHERE r.server = m.server AND r.queue_id = m.queue_id AND r.at >= m.at
            AND r.action IN ('released', 'deleted') ORDER BY r.at LIMIT 1
            """
        return try read { connection, deadline in
            try connection.query("""
                SELECT m.at, \(Self.bucket(period)), (SELECT r.at \(decision)), (SELECT r.action \(decision))
                FROM audit_message m WHERE \(condition.sql) AND m.monitor IS NULL ORDER BY m.at
                """, condition.parameters, deadline: deadline).values.map {
                HoldOutcome(heldAt: Date(timeIntervalSince1970: Double($0[0] ?? "") ?? 0), period: $0[1] ?? "",
                            decidedAt: $0[2].flatMap(Double.init).map(Date.init(timeIntervalSince1970:)), outcome: $0[3])
            }
        }
    }

    // MARK: - SQL

    /// Clauses joined by AND, written with `?` and numbered `$1...` as they are added.
    fileprivate struct Clauses {
        var parts = ["true"]
        var parameters: [String?] = []

        /// Adds the clause when `value` is given; every `?` in it takes the value.
        mutating func add(_ clause: String, _ value: String?) {
            guard let value else { return }
            var numbered = ""
            for character in clause {
                if character == "?" {
                    parameters.append(value)
                    numbered += "$\(parameters.count)"
                } else {
                    numbered.append(character)
                }
            }
            parts.append(numbered)
        }

        /// `column` at or after `since` and before `until`, where given.
        mutating func addPeriod(_ column: String, since: Date?, until: Date?) {
            add("\(column) >= ?", since.map { "\($0.timeIntervalSince1970)" })
            add("\(column) < ?", until.map { "\($0.timeIntervalSince1970)" })
        }

        var sql: String { parts.joined(separator: " AND ") }
    }

    /// The condition on `audit_message m` for a query, as `AuditStore` reads it (addresses
    /// without regard to case).
    private static func condition(_ query: AuditQuery) -> Clauses {
        var clauses = Clauses()
        clauses.add("m.server = ?", query.server)
        clauses.addPeriod("m.at", since: query.since, until: query.until)
        clauses.add("lower(m.sender) = lower(?)", query.sender)
        clauses.add("(m.verdict = ? OR m.monitor = ?)", query.verdict)
        clauses.add("m.queue_id = ?", query.queueID)
        clauses.add("EXISTS (SELECT 1 FROM audit_recipient r WHERE r.message_id = m.id AND lower(r.address) = lower(?))", query.recipient)
        clauses.add("EXISTS (SELECT 1 FROM audit_recipient r WHERE r.message_id = m.id AND r.direction = ?)", query.direction)
        clauses.add("EXISTS (SELECT 1 FROM audit_finding f2 WHERE f2.message_id = m.id AND f2.rule = ?)", query.rule)
        clauses.add("EXISTS (SELECT 1 FROM audit_finding f2 WHERE f2.message_id = m.id AND f2.kind = ?)", query.kind)
        return clauses
    }

    /// A period's name for `audit_message m`, as SQLite's `strftime` names it in the local
    /// trail: days, `%Y-W%W` weeks (Monday first, week 00 before the first Monday), months.
    private static func bucket(_ period: AuditSummary.Period) -> String {
        let time = "to_timestamp(m.at)"
        return switch period {
        case .day: "to_char(\(time), 'YYYY-MM-DD')"
        case .week: "to_char(\(time), 'YYYY') || '-W' || lpad(((extract(doy FROM \(time))::int + 7 - extract(isodow FROM \(time))::int) / 7)::text, 2, '0')"
        case .month: "to_char(\(time), 'YYYY-MM')"
        }
    }

    /// Runs reads on one connection in this process's time zone.
    private func read<T>(_ body: (PostgresConnection, ContinuousClock.Instant) throws -> T) throws -> T {
        try pool.withConnection { connection, deadline in
            try connection.query("SELECT set_config('TimeZone', $1, false)", [timeZone], deadline: deadline)
            return try body(connection, deadline)
        }
    }

    private static func entry(_ row: [String?], recipients: [AuditEntry.Recipient], groups: [String], findings: [AuditEntry.Finding]) -> AuditEntry {
        var record = AuditEntry(
            at: Date(timeIntervalSince1970: Double(row[2] ?? "") ?? 0), queueID: row[3] ?? "", client: row[4] ?? "", sender: row[5] ?? "",
            senderGroups: groups, recipients: recipients, verdict: row[6] ?? "", monitor: row[7], findings: findings,
            size: Int(row[8] ?? "") ?? 0, scanMilliseconds: Double(row[9] ?? "") ?? 0, totalMilliseconds: Double(row[10] ?? "") ?? 0
        )
        record.findingsOmitted = Int(row[11] ?? "") ?? 0
        record.policyRow = row[12]
        record.notice = row[13]
        record.alerted = row[14] == "t"
        record.recordID = Int64(row[15] ?? "")
        record.server = row[1]
        return record
    }

    private static func review(_ row: [String?]) -> AuditEntry.Review {
        var review = AuditEntry.Review(at: Date(timeIntervalSince1970: Double(row[0] ?? "") ?? 0), action: row[2] ?? "", by: row[3] ?? "",
                                       reason: row[4], queueID: row[1])
        review.server = row[5]
        return review
    }
}
