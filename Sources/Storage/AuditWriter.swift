import Foundation

/// Audit records, written off the mail path in batches (see `BatchWriter`).
public typealias AuditWriter = BatchWriter<AuditEntry>

extension BatchWriter where Record == AuditEntry {
    public convenience init(store: AuditStore, keepDays: Int, interval: TimeInterval = 1, maxPending: Int = 100_000,
                            onError: @escaping ErrorHandler = { _, _ in }) {
        let keep = TimeInterval(keepDays) * 86_400
        self.init(name: "mailguard-audit", interval: interval, maxPending: maxPending, onError: onError,
                  store: { try store.write($0) }, prune: { _ = try store.prune(before: $0.addingTimeInterval(-keep)) })
    }
}
