import Foundation
import Policy

/// What MailGuard did to one message: who, which way, the verdict and the findings that
/// decided it. Locations and redacted forms only: an audit record never holds a value.
public struct AuditEntry: Sendable, Equatable, Codable {
    public struct Recipient: Sendable, Equatable, Codable {
        public var address: String
        /// internal, outbound, inbound or relay.
        public var direction: String

        public init(address: String, direction: String) {
            self.address = address
            self.direction = direction
        }
    }

    public struct Finding: Sendable, Equatable, Codable {
        public var rule: String
        public var kind: String
        /// What policy gave this finding.
        public var action: String
        public var location: String
        public var redacted: String
        public var note: String?

        public init(rule: String, kind: String, action: String, location: String, redacted: String, note: String? = nil) {
            self.rule = rule
            self.kind = kind
            self.action = action
            self.location = location
            self.redacted = redacted
            self.note = note
        }
    }

    /// Who released, deleted or read a held message, when, and why.
    public struct Review: Sendable, Equatable, Codable {
        public var at: Date
        /// `read`, `released`, `deleted`.
        public var action: String
        /// The console account, or the login name of the CLI's user.
        public var by: String
        public var reason: String?
        /// Set when listed on its own (`AuditStore.reviews`).
        public var queueID: String?
        /// The server whose hold queue it was, in a shared trail (nil: this one's own).
        public var server: String?

        public init(at: Date, action: String, by: String, reason: String? = nil, queueID: String? = nil) {
            self.at = at
            self.action = action
            self.by = by
            self.reason = reason
            self.queueID = queueID
        }
    }

    /// The row's number in this server's trail (nil before it is written).
    public var recordID: Int64?
    /// The mail server that decided it, in a trail several servers share (nil: this one's own).
    public var server: String?
    /// The policy row that decided (nil: a rule's own action).
    public var policyRow: String?
    /// The notice mail as sent (redacted values only, as every notice); nil: none.
    public var notice: String?
    /// The safety team was alerted.
    public var alerted = false

    public var at: Date
    public var queueID: String
    public var client: String
    public var sender: String
    public var senderGroups: [String]
    public var recipients: [Recipient]
    public var verdict: String
    /// In monitor mode: what would have happened.
    public var monitor: String?
    public var findings: [Finding]
    /// Findings left out past `maxFindings` (a message with thousands of phone numbers).
    public var findingsOmitted = 0
    public var size: Int
    /// Time spent reading and scanning, and from end of message to the verdict.
    public var scanMilliseconds: Double
    public var totalMilliseconds: Double
    public var reviews: [Review] = []

    /// Findings kept per record; the rest are counted.
    public static let maxFindings = 100

    public init(
        at: Date, queueID: String, client: String, sender: String, senderGroups: [String], recipients: [Recipient],
        verdict: String, monitor: String? = nil, findings: [Finding], omitted: Int = 0, size: Int, scanMilliseconds: Double, totalMilliseconds: Double
    ) {
        self.at = at
        self.queueID = queueID
        self.client = client
        self.sender = sender
        self.senderGroups = senderGroups
        self.recipients = recipients
        self.verdict = verdict
        self.monitor = monitor
        self.findings = Array(findings.prefix(Self.maxFindings))
        self.findingsOmitted = max(0, findings.count - Self.maxFindings) + omitted
        self.size = size
        self.scanMilliseconds = scanMilliseconds
        self.totalMilliseconds = totalMilliseconds
    }

    /// The record for a decided message.
    public init(verdict: Verdict, envelope: Envelope, queueID: String, client: String, size: Int,
                scanMilliseconds: Double, totalMilliseconds: Double, at: Date = Date()) {
        self.init(
            at: at, queueID: queueID, client: client, sender: envelope.sender, senderGroups: verdict.senderGroups,
            recipients: envelope.recipients.map { Recipient(address: $0, direction: verdict.directions[$0]?.rawValue ?? "") },
            verdict: verdict.action.rawValue, monitor: verdict.monitored?.rawValue,
            findings: verdict.findings.map {
                Finding(rule: $0.ruleID, kind: $0.kind, action: $0.action.rawValue, location: $0.location, redacted: $0.redacted, note: $0.note)
            },
            omitted: verdict.omittedFindings, size: size, scanMilliseconds: scanMilliseconds, totalMilliseconds: totalMilliseconds
        )
        policyRow = verdict.decidedBy
        alerted = !verdict.alerts.isEmpty
    }

    /// Rule ids in first-seen order, each once.
    public var rules: [String] { findings.map(\.rule).uniqued() }
    /// Rules whose findings changed something (not accept).
    public var decidingRules: [String] { findings.filter { $0.action != "accept" }.map(\.rule).uniqued() }
}

/// Which records `AuditStore.records` and `summary` read. Every set field must match.
public struct AuditQuery: Sendable, Equatable {
    public var since: Date?
    public var until: Date?
    public var sender: String?
    public var recipient: String?
    public var rule: String?
    public var kind: String?
    public var verdict: String?
    public var direction: String?
    public var queueID: String?
    /// Only one server's records, in a trail several servers share.
    public var server: String?
    public var limit: Int?

    public init(since: Date? = nil, until: Date? = nil, sender: String? = nil, recipient: String? = nil, rule: String? = nil,
                kind: String? = nil, verdict: String? = nil, direction: String? = nil, queueID: String? = nil, limit: Int? = nil) {
        self.since = since
        self.until = until
        self.sender = sender
        self.recipient = recipient
        self.rule = rule
        self.kind = kind
        self.verdict = verdict
        self.direction = direction
        self.queueID = queueID
        self.limit = limit
    }
}

/// Counts for a compliance report.
public struct AuditSummary: Sendable, Equatable, Codable {
    public enum Period: String, Sendable, CaseIterable {
        case day, week, month
    }

    public struct RuleCount: Sendable, Equatable, Codable {
        public var period: String
        public var rule: String
        public var kind: String
        public var messages: Int

        public init(period: String, rule: String, kind: String, messages: Int) {
            (self.period, self.rule, self.kind, self.messages) = (period, rule, kind, messages)
        }
    }

    public struct GroupCount: Sendable, Equatable, Codable {
        public var period: String
        public var group: String
        public var verdict: String
        public var messages: Int

        public init(period: String, group: String, verdict: String, messages: Int) {
            (self.period, self.group, self.verdict, self.messages) = (period, group, verdict, messages)
        }
    }

    public var byRule: [RuleCount]
    public var byGroup: [GroupCount]

    public init(byRule: [RuleCount], byGroup: [GroupCount]) {
        self.byRule = byRule
        self.byGroup = byGroup
    }
}

/// Which reviews `AuditStore.reviews` lists.
public struct ReviewQuery: Sendable, Equatable {
    public var server: String?
    public var since: Date?
    public var until: Date?
    public var by: String?
    public var action: String?
    public var queueID: String?
    public var limit = 100

    public init(since: Date? = nil, until: Date? = nil, by: String? = nil, action: String? = nil, queueID: String? = nil, limit: Int = 100) {
        self.since = since
        self.until = until
        self.by = by
        self.action = action
        self.queueID = queueID
        self.limit = limit
    }
}

/// A held message and its first release or delete.
public struct HoldOutcome: Sendable, Equatable {
    public var heldAt: Date
    /// The hold's day, week or month, named as `AuditSummary` names them.
    public var period: String
    public var decidedAt: Date?
    /// `released`, `deleted`, or nil while it waits.
    public var outcome: String?

    public init(heldAt: Date, period: String, decidedAt: Date?, outcome: String?) {
        (self.heldAt, self.period, self.decidedAt, self.outcome) = (heldAt, period, decidedAt, outcome)
    }
}

/// What reads an audit trail: this server's own (`AuditStore`) or the one several servers
/// share (the shared store's central trail), for the `audit` command and the console alike.
public protocol AuditReading: Sendable {
    /// Matching records, newest first, with their recipients, findings and reviews.
    func records(matching query: AuditQuery) throws -> [AuditEntry]
    /// Reviews (reads, releases, deletes) newest first.
    func reviews(matching query: ReviewQuery) throws -> [AuditEntry.Review]
    /// Counts by period × rule and by period × sender group × verdict.
    func summary(matching query: AuditQuery, by period: AuditSummary.Period) throws -> AuditSummary
    /// Held messages and what became of them.
    func holdOutcomes(matching query: AuditQuery, by period: AuditSummary.Period) throws -> [HoldOutcome]
}

extension AuditEntry {
    /// The queue id, after its server's name in a trail several servers share (`mx2 4QxYz9Lmn0p`).
    public var queueLabel: String { server.map { "\($0) \(queueID)" } ?? queueID }
}

extension AuditEntry.Review {
    /// The queue id, after its server's name in a trail several servers share.
    public var queueLabel: String { [server, queueID].compactMap { $0 }.joined(separator: " ") }
}
