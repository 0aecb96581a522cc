import Foundation

/// The shared store's tables, as numbered migrations. Each runs once, in one transaction
/// with its version row, under an advisory lock, so two servers starting together never
/// apply one twice and a failed migration leaves the schema as it was.
public enum SharedSchema {
    /// The version this build needs.
    public static var current: Int { migrations.count }

    /// Arbitrary, fixed: the key of the advisory lock migrations take.
    static let migrationLock = 7_303_562_011

    static let migrations: [String] = [
        // 1: the sending ledger (rate windows and fan-out fingerprints), the central audit trail
        // with its reviews, and the release and delete requests one server leaves for another.
        """
        CREATE TABLE ledger (
            kind text NOT NULL, subject text NOT NULL, value bigint NOT NULL DEFAULT 0,
            weight integer NOT NULL, at double precision NOT NULL, expires double precision NOT NULL, server text NOT NULL);
        CREATE INDEX ledger_by_subject ON ledger (kind, subject, at);
        CREATE INDEX ledger_by_time ON ledger (kind, at);
        CREATE INDEX ledger_expiry ON ledger (expires);
        CREATE TABLE audit_message (
            id bigserial PRIMARY KEY, server text NOT NULL, trail text NOT NULL, local_id bigint NOT NULL,
            at double precision NOT NULL, queue_id text NOT NULL, client text NOT NULL, sender text NOT NULL,
            verdict text NOT NULL, monitor text, size bigint NOT NULL, scan_ms double precision NOT NULL,
            total_ms double precision NOT NULL, findings_omitted integer NOT NULL DEFAULT 0,
            policy_row text, notice text, alerted boolean NOT NULL DEFAULT false,
            UNIQUE (trail, local_id));
        CREATE INDEX audit_message_at ON audit_message (at);
        CREATE INDEX audit_message_queue ON audit_message (queue_id);
        CREATE INDEX audit_message_sender ON audit_message (lower(sender));
        CREATE TABLE audit_recipient (
            message_id bigint NOT NULL REFERENCES audit_message (id) ON DELETE CASCADE,
            position integer NOT NULL, address text NOT NULL, direction text NOT NULL);
        CREATE INDEX audit_recipient_message ON audit_recipient (message_id);
        CREATE INDEX audit_recipient_address ON audit_recipient (lower(address));
        CREATE TABLE audit_sender_group (
            message_id bigint NOT NULL REFERENCES audit_message (id) ON DELETE CASCADE,
            position integer NOT NULL, name text NOT NULL);
        CREATE INDEX audit_sender_group_message ON audit_sender_group (message_id);
        CREATE TABLE audit_finding (
            message_id bigint NOT NULL REFERENCES audit_message (id) ON DELETE CASCADE,
            position integer NOT NULL, rule text NOT NULL, kind text NOT NULL, action text NOT NULL,
            location text NOT NULL, redacted text NOT NULL, note text);
        CREATE INDEX audit_finding_message ON audit_finding (message_id);
        CREATE INDEX audit_finding_rule ON audit_finding (rule);
        CREATE INDEX audit_finding_kind ON audit_finding (kind);
        CREATE TABLE audit_review (
            id bigserial PRIMARY KEY, server text NOT NULL, trail text NOT NULL, local_id bigint NOT NULL,
            at double precision NOT NULL, queue_id text NOT NULL, action text NOT NULL, by text NOT NULL, reason text,
            UNIQUE (trail, local_id));
        CREATE INDEX audit_review_queue ON audit_review (server, queue_id);
        CREATE INDEX audit_review_at ON audit_review (at);
        CREATE TABLE queue_request (
            id bigserial PRIMARY KEY, server text NOT NULL, queue_id text NOT NULL,
            action text NOT NULL CHECK (action IN ('release', 'delete')),
            requested_by text NOT NULL, requested_from text NOT NULL, reason text,
            requested_at double precision NOT NULL, done_at double precision, result text);
        CREATE INDEX queue_request_open ON queue_request (server, id) WHERE done_at IS NULL;
        CREATE INDEX queue_request_done ON queue_request (done_at);
        """,
    ]

    /// The version the store is at (0: never migrated).
    public static func version(_ connection: PostgresConnection, deadline: ContinuousClock.Instant) throws(StoreError) -> Int {
        let exists = try connection.query("SELECT to_regclass('mailguard_schema') IS NOT NULL", deadline: deadline)
        guard exists.first?.first == "t" else { return 0 }
        let rows = try connection.query("SELECT COALESCE(max(version), 0) FROM mailguard_schema", deadline: deadline)
        return Int(rows.first?.first.flatMap { $0 } ?? "0") ?? 0
    }

    /// Applies the migrations the store lacks; returns the versions applied. A store newer
    /// than this build is an error (an older MailGuard must not write a newer schema).
    @discardableResult
    public static func migrate(_ connection: PostgresConnection, deadline: ContinuousClock.Instant) throws(StoreError) -> [Int] {
        // Up to date: no lock and no DDL (a role with only the tables' rights gets this far).
        if try version(connection, deadline: deadline) == current { return [] }
        try connection.script("BEGIN; SELECT pg_advisory_xact_lock(\(migrationLock)); CREATE TABLE IF NOT EXISTS mailguard_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", deadline: deadline)
        do throws(StoreError) {
            let found = try version(connection, deadline: deadline)
            guard found <= current else {
                throw StoreError.failed(sqlState: "MG001", message: "the store's schema is version \(found); this MailGuard knows up to \(current)")
            }
            let applied = found < current ? Array((found + 1)...current) : []
            for number in applied {
                try connection.script(migrations[number - 1] + "; INSERT INTO mailguard_schema (version) VALUES (\(number))", deadline: deadline)
            }
            try connection.script("COMMIT", deadline: deadline)
            return applied
        } catch {
            _ = try? connection.script("ROLLBACK", deadline: deadline)
            throw error
        }
    }
}
