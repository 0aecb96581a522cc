import Detectors
import Foundation
import Inspection

/// Limits on bulk sending (guideline 9), per sender group.
public struct BulkSettings: Sendable, Equatable {
    public struct Window: Sendable, Equatable {
        public var seconds: Int
        /// Messages per window (nil: no limit).
        public var messages: Int?
        /// Recipients per window, summed over messages (nil: no limit).
        public var recipients: Int?

        public init(seconds: Int, messages: Int? = nil, recipients: Int? = nil) {
            self.seconds = seconds
            self.messages = messages
            self.recipients = recipients
        }
    }

    public struct Limit: Sendable, Equatable {
        /// Sender groups this applies to; empty: every district sender. Outside senders only
        /// through a row that names `external` (opt-in: one outside address may rightly send a
        /// district thousands of notifications).
        public var groups: Set<String>
        public var maxRecipients: Int?
        public var windows: [Window]

        public init(groups: Set<String> = [], maxRecipients: Int? = nil, windows: [Window] = []) {
            self.groups = groups
            self.maxRecipients = maxRecipients
            self.windows = windows
        }
    }

    public struct FanOut: Sendable, Equatable {
        public var windowSeconds = 3600
        /// Flag content that arrives from more than this many distinct senders...
        public var maxSenders = 5
        /// ...or to more than this many recipients in all, within the window.
        public var maxRecipients = 500
        /// SimHash bits two texts may differ in and still count as the same content.
        public var distance = 10
        /// Shorter texts are not fingerprinted ("Thanks!" is not bulk).
        public var minWords = 25
        public var action = Action.quarantine
        /// Count outside senders' mail too (opt-in): by default only district senders' copies
        /// count, so a newsletter service or a state agency's mailing is never held.
        public var includeExternal = false

        public init() {}
    }

    /// Groups exempt from every bulk check (approved bulk senders, announcement lists).
    public var exempt: Set<String> = []
    /// First matching limit applies.
    public var limits: [Limit] = []
    public var fanOut: FanOut?
    /// Action for a message over a limit: tempfail (try later) or reject.
    public var overLimit = Action.tempfail
    /// Action when the ledger cannot be used (full disk): the message waits.
    public var onStoreError = Action.tempfail

    /// The longest window any check looks back: older entries can go.
    public var retention: TimeInterval {
        Double((limits.flatMap(\.windows).map(\.seconds) + [fanOut?.windowSeconds ?? 0]).max() ?? 0)
    }

    public init() {}

    public static let recipientsKind = "too-many-recipients"
    public static let rateKind = "rate-limit"
    public static let bulkContentKind = "bulk-content"
}

/// A record of past events, shared by every milter thread and mail server. Reads and the
/// charge decided on them happen in one transaction, so parallel messages count exactly.
public protocol Ledger: Sendable {
    func transaction<T>(_ body: (LedgerTransaction) throws -> T) throws -> T
}

public protocol LedgerTransaction {
    /// Sum of `weight` for `kind` and `subject` since `since`.
    func total(kind: String, subject: String, since: Date) throws -> Int
    /// Every entry of `kind` since `since`.
    func entries(kind: String, since: Date) throws -> [LedgerEntry]
    func add(_ entry: LedgerEntry) throws
    /// Forgets entries older than `before`.
    func prune(before: Date) throws
    /// The ledger's own clock, when it has one (a store shared by several servers times
    /// every window by the database's clock); nil: the caller's.
    var now: Date? { get }
    /// Entries of `kind` since `since` whose value is within `distance` bits of `value`.
    func similar(kind: String, since: Date, to value: UInt64, within distance: Int) throws -> [LedgerEntry]
}

extension LedgerTransaction {
    public var now: Date? { nil }

    public func similar(kind: String, since: Date, to value: UInt64, within distance: Int) throws -> [LedgerEntry] {
        try entries(kind: kind, since: since).filter { Fingerprinter.distance(UInt64(bitPattern: $0.value), value) <= distance }
    }
}

public struct LedgerEntry: Sendable, Equatable {
    public var kind: String
    public var subject: String
    public var value: Int64
    public var weight: Int
    public var at: Date

    public init(kind: String, subject: String, value: Int64 = 0, weight: Int = 1, at: Date) {
        self.kind = kind
        self.subject = subject
        self.value = value
        self.weight = weight
        self.at = at
    }
}

/// The bulk checks for one message: recipients per message, sending rates, fan-out of
/// near-identical content. Pure, given the ledger transaction and the clock.
public struct BulkCheck {
    public let settings: BulkSettings
    public let facts: MessageFacts
    public let fingerprint: UInt64?
    public let now: Date

    public init(settings: BulkSettings, facts: MessageFacts, fingerprint: UInt64?, now: Date) {
        self.settings = settings
        self.facts = facts
        self.fingerprint = fingerprint
        self.now = now
    }

    var exempt: Bool { !settings.exempt.isDisjoint(with: facts.senderGroups) }
    var sender: String { facts.envelope.sender }
    var limit: BulkSettings.Limit? {
        settings.limits.first { $0.groups.isEmpty ? facts.senderInternal : !$0.groups.isDisjoint(with: facts.senderGroups) }
    }
    var fanOut: BulkSettings.FanOut? {
        guard let fanOut = settings.fanOut, fingerprint != nil, facts.senderInternal || fanOut.includeExternal else { return nil }
        return fanOut
    }

    /// Whether a rate window or fan-out applies, so the ledger is read and charged at all.
    public var needsLedger: Bool {
        !exempt && !sender.isEmpty && (limit?.windows.isEmpty == false || fanOut != nil)
    }

    /// What the message would break, before it is charged.
    public func findings(_ ledger: LedgerTransaction?) throws -> [Finding] {
        guard !exempt, !sender.isEmpty else { return [] }
        let now = ledger?.now ?? self.now
        var findings: [Finding] = []
        let count = facts.envelope.recipients.count
        if let limit, let maximum = limit.maxRecipients, count > maximum {
            findings.append(finding(BulkSettings.recipientsKind, action: .reject,
                                    note: "\(count) recipients; the limit for this sender is \(maximum) per message"))
        }
        guard let ledger else { return findings }
        for window in limit?.windows ?? [] {
            let since = now.addingTimeInterval(-Double(window.seconds))
            let resets = now.addingTimeInterval(Double(window.seconds))
            if let maximum = window.messages, try ledger.total(kind: "messages", subject: sender, since: since) + 1 > maximum {
                findings.append(rate("\(maximum) messages per \(window.seconds) s", resets: resets))
            }
            if let maximum = window.recipients, try ledger.total(kind: "recipients", subject: sender, since: since) + count > maximum {
                findings.append(rate("\(maximum) recipients per \(window.seconds) s", resets: resets))
            }
        }
        if let fanOut, let fingerprint {
            let since = now.addingTimeInterval(-Double(fanOut.windowSeconds))
            let similar = try ledger.similar(kind: "content", since: since, to: fingerprint, within: fanOut.distance)
            let senders = Set(similar.map(\.subject)).union([sender]).count
            let recipients = similar.reduce(count) { $0 + $1.weight }
            if senders > fanOut.maxSenders || recipients > fanOut.maxRecipients {
                findings.append(finding(BulkSettings.bulkContentKind, action: fanOut.action,
                                        note: "the same content from \(senders) senders to \(recipients) recipients within \(fanOut.windowSeconds) s"))
            }
        }
        return findings
    }

    /// Charges an accepted message: one message, one unit per recipient, its fingerprint.
    public func charge(_ ledger: LedgerTransaction) throws {
        guard needsLedger else { return }
        let now = ledger.now ?? self.now
        let count = facts.envelope.recipients.count
        if limit?.windows.isEmpty == false {
            try ledger.add(LedgerEntry(kind: "messages", subject: sender, weight: 1, at: now))
            try ledger.add(LedgerEntry(kind: "recipients", subject: sender, weight: count, at: now))
        }
        if fanOut != nil, let fingerprint {
            try ledger.add(LedgerEntry(kind: "content", subject: sender, value: Int64(bitPattern: fingerprint), weight: count, at: now))
        }
    }

    /// The longest window any check looks back: older entries can go.
    public var retention: TimeInterval { settings.retention }

    private func rate(_ limit: String, resets: Date) -> Finding {
        let time = ISO8601DateFormatter.string(from: resets, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withInternetDateTime])
        return finding(BulkSettings.rateKind, action: settings.overLimit, note: "over the limit of \(limit); try again after \(time)")
    }

    private func finding(_ kind: String, action: Action, note: String) -> Finding {
        Finding(ruleID: kind, kind: kind, confidence: .high, location: "envelope", redacted: "", action: action, section: "9", note: note)
    }
}
