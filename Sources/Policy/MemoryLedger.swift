import Foundation

/// The ledger in memory: every milter thread checks and charges under one lock, so parallel
/// messages count exactly and none waits on a disk. Each transaction's new entries go to
/// `added` once it ends (a background writer keeps them on disk: `PersistentLedger`).
///
/// `@unchecked Sendable`: `state` is only touched while `lock` is held.
public final class MemoryLedger: Ledger, @unchecked Sendable {
    public typealias Observer = @Sendable ([LedgerEntry]) -> Void

    fileprivate struct Key: Hashable {
        var kind: String
        var subject: String
    }

    fileprivate struct State {
        /// Per kind and subject, and per kind, in the order they were added (by time).
        var bySubject: [Key: [LedgerEntry]] = [:]
        var byKind: [String: [LedgerEntry]] = [:]
        var lastPrune = Date.distantPast
    }

    private let lock = NSLock()
    private var state = State()
    private let added: Observer?

    /// `entries`: what an earlier run wrote, oldest first.
    public init(entries: [LedgerEntry] = [], added: Observer? = nil) {
        self.added = added
        for entry in entries { state.add(entry) }
    }

    public func transaction<T>(_ body: (LedgerTransaction) throws -> T) throws -> T {
        let transaction = Transaction(ledger: self)
        let result = try lock.withLock { try body(transaction) }
        if !transaction.added.isEmpty { added?(transaction.added) }
        return result
    }

    /// Entries in memory (for tests and metrics).
    public var count: Int { lock.withLock { state.byKind.values.reduce(0) { $0 + $1.count } } }

    /// Runs inside `transaction`, under the lock.
    private final class Transaction: LedgerTransaction {
        unowned let ledger: MemoryLedger
        var added: [LedgerEntry] = []
        init(ledger: MemoryLedger) { self.ledger = ledger }

        func total(kind: String, subject: String, since: Date) -> Int {
            Self.recent(ledger.state.bySubject[Key(kind: kind, subject: subject)] ?? [], since: since).reduce(0) { $0 + $1.weight }
        }

        func entries(kind: String, since: Date) -> [LedgerEntry] {
            Self.recent(ledger.state.byKind[kind] ?? [], since: since)
        }

        func add(_ entry: LedgerEntry) {
            ledger.state.add(entry)
            added.append(entry)
        }

        /// Prunes at most once a second: it walks every subject.
        func prune(before: Date) {
            guard before.timeIntervalSince(ledger.state.lastPrune) >= 1 else { return }
            ledger.state.lastPrune = before
            ledger.state.prune(before: before)
        }

        /// The entries after `since`, read from the newest back. Threads stamp a message
        /// before taking the lock, so entries may be out of order by a moment: the walk goes
        /// a second past `since` before it stops.
        private static func recent(_ entries: [LedgerEntry], since: Date) -> [LedgerEntry] {
            let stop = since.addingTimeInterval(-1)
            var found: [LedgerEntry] = []
            for entry in entries.reversed() {
                if entry.at <= stop { break }
                if entry.at > since { found.append(entry) }
            }
            return found.reversed()
        }
    }
}

extension MemoryLedger.State {
    fileprivate mutating func add(_ entry: LedgerEntry) {
        bySubject[MemoryLedger.Key(kind: entry.kind, subject: entry.subject), default: []].append(entry)
        byKind[entry.kind, default: []].append(entry)
    }

    fileprivate mutating func prune(before: Date) {
        for key in Array(bySubject.keys) {
            bySubject[key]!.removeAll { $0.at <= before }
            if bySubject[key]!.isEmpty { bySubject[key] = nil }
        }
        for key in Array(byKind.keys) {
            byKind[key]!.removeAll { $0.at <= before }
        }
    }
}
