import Foundation
import Policy

/// The ledger `mailguard run` uses: rate windows and fan-out fingerprints are counted in
/// memory (exact across threads, no disk on the mail path) and kept in SQLite by one
/// background writer in batches. A restarted milter counts from what was written: everything
/// up to the last batch (about a second). When the file cannot be written, limits still hold
/// from memory; the entries wait (bounded) and are retried, and a restart meanwhile forgets them.
public final class PersistentLedger: Ledger {
    private let memory: MemoryLedger
    private let writer: BatchWriter<LedgerEntry>

    /// `retention`: how far back the windows in force look (it follows reloads).
    public init(store: SQLiteLedger, retention: @escaping @Sendable () -> TimeInterval,
                onError: @escaping BatchWriter<LedgerEntry>.ErrorHandler = { _, _ in }, now: Date = Date()) throws {
        let writer = BatchWriter<LedgerEntry>(
            name: "mailguard-ledger", onError: onError,
            store: { try store.append($0) }, prune: { try store.prune(before: $0.addingTimeInterval(-retention())) }
        )
        self.writer = writer
        memory = MemoryLedger(entries: try store.entries(since: now.addingTimeInterval(-retention()))) { writer.submit($0) }
    }

    public func transaction<T>(_ body: (LedgerTransaction) throws -> T) throws -> T {
        try memory.transaction(body)
    }

    public func start() { writer.start() }

    /// Writes what is waiting.
    public func stop() { writer.stop() }
}
