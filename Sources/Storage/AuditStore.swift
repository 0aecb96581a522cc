import Foundation
import GRDB

/// The audit trail in SQLite (GRDB, WAL): one row per message, its recipients, sender
/// groups and findings in their own tables so every filter is an indexed query, and the
/// reviews (release, delete, read) of held messages. Retention by age.
public final class AuditStore: AuditReading {
    private let database: DatabaseQueue

    /// Opens (creating if needed) the trail at `path`. `readOnly` for the `audit` command,
    /// which must never create a file or take a write lock.
    public init(path: String, readOnly: Bool = false) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.readonly = readOnly
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            if !readOnly { try db.execute(sql: "PRAGMA journal_mode = WAL") }
        }
        database = try DatabaseQueue(path: path, configuration: configuration)
        if !readOnly { try Self.schema.migrate(database) }
    }

    /// A private trail in memory, for tests. `maxPages` bounds its size, to test a full disk.
    public init(maxPages: Int? = nil) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            if let maxPages { try db.execute(sql: "PRAGMA max_page_count = \(maxPages)") }
        }
        database = try DatabaseQueue(configuration: configuration)
        try Self.schema.migrate(database)
    }

    /// The file's schema, step by step (`mailguard migrate` applies it before a restart).
    public static let schema = Schema([
        Schema.Step("audit") { db in
            try db.create(table: "message") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("at", .double).notNull().indexed()
                table.column("queue_id", .text).notNull().indexed()
                table.column("client", .text).notNull()
                table.column("sender", .text).notNull().indexed()
                table.column("verdict", .text).notNull()
                table.column("monitor", .text)
                table.column("size", .integer).notNull()
                table.column("scan_ms", .double).notNull()
                table.column("total_ms", .double).notNull()
                table.column("findings_omitted", .integer).notNull().defaults(to: 0)
            }
            try db.create(table: "recipient") { table in
                table.column("message_id", .integer).notNull().indexed().references("message", onDelete: .cascade)
                table.column("address", .text).notNull().indexed()
                table.column("direction", .text).notNull()
            }
            try db.create(table: "sender_group") { table in
                table.column("message_id", .integer).notNull().indexed().references("message", onDelete: .cascade)
                table.column("name", .text).notNull()
            }
            try db.create(table: "finding") { table in
                table.column("message_id", .integer).notNull().indexed().references("message", onDelete: .cascade)
                table.column("rule", .text).notNull().indexed()
                table.column("kind", .text).notNull().indexed()
                table.column("action", .text).notNull()
                table.column("location", .text).notNull()
                table.column("redacted", .text).notNull()
                table.column("note", .text)
            }
            try db.create(table: "review") { table in
                table.column("at", .double).notNull().indexed()
                table.column("queue_id", .text).notNull().indexed()
                table.column("action", .text).notNull()
                table.column("by", .text).notNull()
            }
        },
        Schema.Step("review-reason") { db in
            try db.alter(table: "review") { table in table.add(column: "reason", .text) }
        },
        Schema.Step("decision-details") { db in
            try db.alter(table: "message") { table in
                table.add(column: "policy_row", .text)
                table.add(column: "notice", .text)
                table.add(column: "alerted", .boolean).notNull().defaults(to: false)
            }
        },
        Schema.Step("trail-id") { db in
            // Names this file's records in a store several servers share: a trail made anew
            // (a lost disk, a new server) starts its ids again under a new name.
            try db.create(table: "trail") { table in table.column("id", .text).notNull() }
            try db.execute(sql: "INSERT INTO trail (id) VALUES (?)", arguments: [UUID().uuidString.lowercased()])
        },
        Schema.Step("review-id") { db in
            // Reviews get ids that are never reused (AUTOINCREMENT), like records, so a
            // shared store can take them by id.
            try db.create(table: "review_numbered") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("at", .double).notNull().indexed()
                table.column("queue_id", .text).notNull().indexed()
                table.column("action", .text).notNull()
                table.column("by", .text).notNull()
                table.column("reason", .text)
            }
            try db.execute(sql: "INSERT INTO review_numbered (at, queue_id, action, by, reason) SELECT at, queue_id, action, by, reason FROM review ORDER BY rowid")
            try db.drop(table: "review")
            try db.rename(table: "review_numbered", to: "review")
        },
    ])

    /// This file's name among the trails a shared store holds.
    public func trailID() throws -> String {
        try database.read { db in try String.fetchOne(db, sql: "SELECT id FROM trail") ?? "" }
    }

    /// Gives this file a new trail name: its ids start below what a shared store already
    /// holds of the old name (a restored backup, a copied file), so they go under the new one.
    public func renewTrailID() throws {
        try database.write { db in try db.execute(sql: "UPDATE trail SET id = ?", arguments: [UUID().uuidString.lowercased()]) }
    }

    /// The highest record id ever given in this file (0: none yet).
    public func lastRecordID() throws -> Int64 {
        try database.read { db in
            try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'message'") ?? 0
        }
    }

    /// Records written after the one with id `afterID`, oldest first: what a shared store
    /// has not taken yet.
    public func records(afterID: Int64, limit: Int) throws -> [AuditEntry] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM message m WHERE m.id > ? ORDER BY m.id LIMIT ?", arguments: [afterID, limit])
                .map { row in try Self.entry(row, db: db, reviews: false) }
        }
    }

    /// Reviews recorded after the one with id `afterID`, oldest first, with their ids.
    public func reviews(afterID: Int64, limit: Int) throws -> [(id: Int64, review: AuditEntry.Review)] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT id, at, queue_id, action, by, reason FROM review WHERE id > ? ORDER BY id LIMIT ?", arguments: [afterID, limit]).map {
                ($0["id"], AuditEntry.Review(at: Date(timeIntervalSince1970: $0["at"]), action: $0["action"], by: $0["by"], reason: $0["reason"], queueID: $0["queue_id"]))
            }
        }
    }

    /// How many records were written after the one with id `afterID`.
    public func count(afterID: Int64) throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM message WHERE id > ?", arguments: [afterID]) ?? 0 }
    }

    // MARK: - Writing

    /// Writes a batch in one transaction: all of it or none.
    public func write(_ records: [AuditEntry]) throws {
        guard !records.isEmpty else { return }
        try database.write { db in
            for record in records {
                try db.execute(sql: """
                    INSERT INTO message (at, queue_id, client, sender, verdict, monitor, size, scan_ms, total_ms, findings_omitted, policy_row, notice, alerted)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [record.at.timeIntervalSince1970, record.queueID, record.client, record.sender, record.verdict,
                                     record.monitor, record.size, record.scanMilliseconds, record.totalMilliseconds, record.findingsOmitted,
                                     record.policyRow, record.notice, record.alerted])
                let id = db.lastInsertedRowID
                for recipient in record.recipients {
                    try db.execute(sql: "INSERT INTO recipient (message_id, address, direction) VALUES (?, ?, ?)",
                                   arguments: [id, recipient.address, recipient.direction])
                }
                for group in record.senderGroups {
                    try db.execute(sql: "INSERT INTO sender_group (message_id, name) VALUES (?, ?)", arguments: [id, group])
                }
                for finding in record.findings {
                    try db.execute(sql: "INSERT INTO finding (message_id, rule, kind, action, location, redacted, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                   arguments: [id, finding.rule, finding.kind, finding.action, finding.location, finding.redacted, finding.note])
                }
            }
        }
    }

    /// Records who released, deleted or read a held message.
    public func addReview(queueID: String, _ review: AuditEntry.Review) throws {
        try database.write { db in
            try db.execute(sql: "INSERT INTO review (at, queue_id, action, by, reason) VALUES (?, ?, ?, ?, ?)",
                           arguments: [review.at.timeIntervalSince1970, queueID, review.action, review.by, review.reason])
        }
    }

    /// Deletes records (and reviews) older than `date`; returns how many messages went.
    @discardableResult
    public func prune(before date: Date) throws -> Int {
        try database.write { db in
            try db.execute(sql: "DELETE FROM message WHERE at < ?", arguments: [date.timeIntervalSince1970])
            let removed = db.changesCount
            try db.execute(sql: "DELETE FROM review WHERE at < ?", arguments: [date.timeIntervalSince1970])
            return removed
        }
    }

    // MARK: - Reading

    /// Matching records, newest first, with their recipients, findings and reviews.
    public func records(matching query: AuditQuery) throws -> [AuditEntry] {
        try database.read { db in
            let (condition, arguments) = Self.condition(query)
            let limit = query.limit.map { " LIMIT \(max(0, $0))" } ?? ""
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM message m WHERE \(condition) ORDER BY m.at DESC, m.id DESC\(limit)", arguments: arguments)
            return try rows.map { row in try Self.entry(row, db: db) }
        }
    }

    /// Reviews (reads, releases, deletes) newest first, by the CLI and the console alike.
    public func reviews(matching query: ReviewQuery) throws -> [AuditEntry.Review] {
        try database.read { db in
            var clauses = ["1"]
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let since = query.since { clauses.append("at >= ?"); arguments.append(since.timeIntervalSince1970) }
            if let until = query.until { clauses.append("at < ?"); arguments.append(until.timeIntervalSince1970) }
            if let by = query.by { clauses.append("by = ?"); arguments.append(by) }
            if let action = query.action { clauses.append("action = ?"); arguments.append(action) }
            if let queueID = query.queueID { clauses.append("queue_id = ?"); arguments.append(queueID) }
            return try Row.fetchAll(db, sql: """
                SELECT at, queue_id, action, by, reason FROM review WHERE \(clauses.joined(separator: " AND "))
                ORDER BY at DESC, id DESC LIMIT \(max(0, query.limit))
                """, arguments: StatementArguments(arguments)).map {
                AuditEntry.Review(at: Date(timeIntervalSince1970: $0["at"]), action: $0["action"], by: $0["by"], reason: $0["reason"], queueID: $0["queue_id"])
            }
        }
    }

    /// Held messages matching the query and what became of them: the first release or
    /// delete after the hold, if any, for "held vs released" and "time to review"; each in
    /// its period, counted as `summary` counts.
    public func holdOutcomes(matching query: AuditQuery, by period: AuditSummary.Period) throws -> [HoldOutcome] {
        try database.read { db in
            var held = query
            held.verdict = "quarantine"
            let (condition, arguments) = Self.condition(held)
            let decision = "FROM review r WHERE r.queue_id = m.queue_id AND r.at >= m.at AND r.action IN ('released', 'deleted') ORDER BY r.at LIMIT 1"
            return try Row.fetchAll(db, sql: """
                SELECT m.at AS at, \(Self.bucket(period)) AS period, (SELECT r.at \(decision)) AS decided_at, (SELECT r.action \(decision)) AS outcome
                FROM message m WHERE \(condition) AND m.monitor IS NULL ORDER BY m.at
                """, arguments: arguments).map {
                HoldOutcome(heldAt: Date(timeIntervalSince1970: $0["at"]), period: $0["period"],
                            decidedAt: ($0["decided_at"] as Double?).map(Date.init(timeIntervalSince1970:)), outcome: $0["outcome"])
            }
        }
    }

    /// The SQL of a period's name for `message m`: local days, ISO-like weeks (`2026-W48`), months.
    private static func bucket(_ period: AuditSummary.Period) -> String {
        switch period {
        case .day: "strftime('%Y-%m-%d', m.at, 'unixepoch', 'localtime')"
        case .week: "strftime('%Y-W%W', m.at, 'unixepoch', 'localtime')"
        case .month: "strftime('%Y-%m', m.at, 'unixepoch', 'localtime')"
        }
    }

    /// Counts by period × rule (messages with a finding of the rule) and by period × sender
    /// group × verdict, over the matching records. Periods are local days, ISO-like weeks
    /// (`2026-W48`) or months.
    public func summary(matching query: AuditQuery, by period: AuditSummary.Period) throws -> AuditSummary {
        try database.read { db in
            let (condition, arguments) = Self.condition(query)
            let bucket = Self.bucket(period)
            let byRule = try Row.fetchAll(db, sql: """
                SELECT \(bucket) AS period, f.rule AS rule, f.kind AS kind, COUNT(DISTINCT m.id) AS messages
                FROM message m JOIN finding f ON f.message_id = m.id WHERE \(condition)
                GROUP BY 1, 2, 3 ORDER BY 1, 4 DESC, 2
                """, arguments: arguments).map {
                AuditSummary.RuleCount(period: $0["period"], rule: $0["rule"], kind: $0["kind"], messages: $0["messages"])
            }
            let byGroup = try Row.fetchAll(db, sql: """
                SELECT \(bucket) AS period, COALESCE(g.name, '-') AS name, m.verdict AS verdict, COUNT(DISTINCT m.id) AS messages
                FROM message m LEFT JOIN sender_group g ON g.message_id = m.id WHERE \(condition)
                GROUP BY 1, 2, 3 ORDER BY 1, 2, 4 DESC
                """, arguments: arguments).map {
                AuditSummary.GroupCount(period: $0["period"], group: $0["name"], verdict: $0["verdict"], messages: $0["messages"])
            }
            return AuditSummary(byRule: byRule, byGroup: byGroup)
        }
    }

    /// The SQL condition on `message m` for a query, with its arguments.
    private static func condition(_ query: AuditQuery) -> (String, StatementArguments) {
        var clauses = ["1"]
        var arguments: [(any DatabaseValueConvertible)?] = []
        func add(_ clause: String, _ value: (any DatabaseValueConvertible)?) {
            clauses.append(clause)
            arguments.append(value)
        }
        if let since = query.since { add("m.at >= ?", since.timeIntervalSince1970) }
        if let until = query.until { add("m.at < ?", until.timeIntervalSince1970) }
        if let sender = query.sender { add("m.sender = ? COLLATE NOCASE", sender) }
        if let verdict = query.verdict { add("(m.verdict = ? OR m.monitor = ?)", verdict); arguments.append(verdict) }
        if let queueID = query.queueID { add("m.queue_id = ?", queueID) }
        if let recipient = query.recipient {
            add("EXISTS (SELECT 1 FROM recipient r WHERE r.message_id = m.id AND r.address = ? COLLATE NOCASE)", recipient)
        }
        if let direction = query.direction {
            add("EXISTS (SELECT 1 FROM recipient r WHERE r.message_id = m.id AND r.direction = ?)", direction)
        }
        if let rule = query.rule { add("EXISTS (SELECT 1 FROM finding f2 WHERE f2.message_id = m.id AND f2.rule = ?)", rule) }
        if let kind = query.kind { add("EXISTS (SELECT 1 FROM finding f2 WHERE f2.message_id = m.id AND f2.kind = ?)", kind) }
        return (clauses.joined(separator: " AND "), StatementArguments(arguments))
    }

    private static func entry(_ row: Row, db: Database, reviews: Bool = true) throws -> AuditEntry {
        let id: Int64 = row["id"]
        let recipients = try Row.fetchAll(db, sql: "SELECT address, direction FROM recipient WHERE message_id = ? ORDER BY rowid", arguments: [id])
            .map { AuditEntry.Recipient(address: $0["address"], direction: $0["direction"]) }
        let groups = try String.fetchAll(db, sql: "SELECT name FROM sender_group WHERE message_id = ? ORDER BY rowid", arguments: [id])
        let findings = try Row.fetchAll(db, sql: "SELECT * FROM finding WHERE message_id = ? ORDER BY rowid", arguments: [id]).map {
            AuditEntry.Finding(rule: $0["rule"], kind: $0["kind"], action: $0["action"], location: $0["location"], redacted: $0["redacted"], note: $0["note"])
        }
        let queueID: String = row["queue_id"]
        var record = AuditEntry(
            at: Date(timeIntervalSince1970: row["at"]), queueID: queueID, client: row["client"], sender: row["sender"],
            senderGroups: groups, recipients: recipients, verdict: row["verdict"], monitor: row["monitor"], findings: findings,
            size: row["size"], scanMilliseconds: row["scan_ms"], totalMilliseconds: row["total_ms"]
        )
        record.findingsOmitted = row["findings_omitted"]
        record.recordID = id
        record.policyRow = row["policy_row"]
        record.notice = row["notice"]
        record.alerted = row["alerted"]
        guard reviews else { return record }
        record.reviews = try Row.fetchAll(db, sql: "SELECT at, action, by, reason FROM review WHERE queue_id = ? ORDER BY at", arguments: [queueID]).map {
            AuditEntry.Review(at: Date(timeIntervalSince1970: $0["at"]), action: $0["action"], by: $0["by"], reason: $0["reason"])
        }
        return record
    }
}
