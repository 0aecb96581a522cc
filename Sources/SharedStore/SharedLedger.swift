import Foundation
import Policy

/// The ledger of a server that shares its windows with others: every check and charge goes
/// to the shared store first, and what it charged is also kept in this server's own ledger.
/// When the store does not answer in time, the same check runs on the server's own ledger
/// instead: mail keeps flowing and each server holds the limit on its own, so during an
/// outage a sender may reach up to N × the limit across N servers. Charges made during an
/// outage stay local; they are not replayed into the store when it returns.
public final class SharedLedger: Ledger {
    private let shared: PostgresLedger
    private let local: Ledger
    /// How far back the windows in force look (it follows reloads).
    private let retention: @Sendable () -> TimeInterval
    private let observe: @Sendable (_ seconds: Double, _ error: StoreError?) -> Void

    /// `observe` gets each shared transaction's time, and its error when the local ledger
    /// decided instead.
    public init(shared: PostgresLedger, local: Ledger, retention: @escaping @Sendable () -> TimeInterval,
                observe: @escaping @Sendable (_ seconds: Double, _ error: StoreError?) -> Void = { _, _ in }) {
        self.shared = shared
        self.local = local
        self.retention = retention
        self.observe = observe
    }

    public func transaction<T>(_ body: (LedgerTransaction) throws -> T) throws -> T {
        let start = ContinuousClock.now
        do {
            let (result, added) = try shared.transaction(body)
            observe(Self.seconds(since: start), nil)
            if let newest = added.map(\.at).max() {
                // The same charges here, so an outage starts from this server's recent share.
                try? local.transaction { transaction in
                    for entry in added { try transaction.add(entry) }
                    try transaction.prune(before: newest.addingTimeInterval(-retention()))
                }
            }
            return result
        } catch let error as StoreError {
            observe(Self.seconds(since: start), error)
            return try local.transaction(body)
        }
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
