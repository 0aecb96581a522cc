import Detectors
import Extraction
import Foundation
import Inspection
import Policy
import Prometheus

/// MailGuard's counters and histograms in a Prometheus registry (swift-prometheus), served by
/// `MetricsServer`. Names and labels are listed in docs/operations.md ("Metrics"); labels hold
/// only bounded values (verdicts, directions, rule ids, reason classes), never an address.
package final class MailMetrics: Sendable {
    package let registry = PrometheusCollectorRegistry()
    private let scanSeconds: ValueHistogram
    private let messageSeconds: ValueHistogram
    private let workerRestarts: Counter
    private let ledgerErrors: Counter
    private let auditErrors: Counter
    private let rateLimitHits: Counter
    private let ownMails: Counter
    private let storeSeconds: ValueHistogram
    private let storeFallbacks: Counter
    private let storeUp: Gauge
    private let outboxRecords: Gauge

    /// `mailguard_<metric>_<unit>`.
    package static func name(_ metric: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "mailguard", metricName: metric, unitName: unit, helpText: help)
    }

    package static let buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

    package init() {
        scanSeconds = registry.makeValueHistogram(descriptor: Self.name("scan", "seconds", "Time a worker spent reading and scanning one message."), buckets: Self.buckets)
        messageSeconds = registry.makeValueHistogram(descriptor: Self.name("message", "seconds", "Time from end of message to the verdict."), buckets: Self.buckets)
        workerRestarts = registry.makeCounter(descriptor: Self.name("worker_restarts", "total", "Workers replaced after a crash, hang or lost pipe."))
        ledgerErrors = registry.makeCounter(descriptor: Self.name("ledger_errors", "total", "Bulk ledger batches that could not be written."))
        auditErrors = registry.makeCounter(descriptor: Self.name("audit_errors", "total", "Audit batches that could not be written."))
        rateLimitHits = registry.makeCounter(descriptor: Self.name("rate_limit_hits", "total", "Messages over a sending limit."))
        ownMails = registry.makeCounter(descriptor: Self.name("own_mails", "total", "Notices, digests and alerts accepted by their mark."))
        storeSeconds = registry.makeValueHistogram(descriptor: Self.name("store", "seconds", "Time of each transaction on the shared store's sending windows."), buckets: Self.buckets)
        storeFallbacks = registry.makeCounter(descriptor: Self.name("store_fallbacks", "total", "Checks decided on this server's own windows because the shared store failed or was too slow."))
        storeUp = registry.makeGauge(descriptor: Self.name("store_up", "", "1 while the shared store answers, 0 while it does not (absent without a store)."))
        outboxRecords = registry.makeGauge(descriptor: Self.name("audit_outbox", "records", "Audit records in the local trail the shared store does not hold yet."))
        for result in ["ok", "failed"] { _ = reloads(result) }
    }

    /// One decided message: its verdict, direction, findings and times.
    package func count(_ verdict: Verdict, scanSeconds scan: Double?, totalSeconds: Double) {
        registry.makeCounter(descriptor: Self.name("messages", "total", "Messages decided, by verdict and direction."), labels: [("verdict", verdict.action.rawValue), ("direction", Self.direction(verdict))]).increment()
        for rule in verdict.ruleIDs {
            registry.makeCounter(descriptor: Self.name("findings", "total", "Messages with a finding of the rule."), labels: [("rule", rule)]).increment()
        }
        for finding in verdict.findings where finding.kind == InspectionResult.unscannableKind {
            registry.makeCounter(descriptor: Self.name("unscannable", "total", "Parts that could not be read, by reason."), labels: [("reason", Self.reasonClass(finding.note ?? ""))]).increment()
        }
        for finding in verdict.findings where finding.ruleID == ConductReader.ruleID {
            registry.makeCounter(
                descriptor: Self.name("conduct_model_findings", "total", "Conduct model findings, by category, score band and mode."),
                labels: [("category", finding.kind), ("band", finding.confidence == .high ? "0.90-1.00" : "threshold-0.90"),
                         ("mode", finding.trial == true ? "monitor" : "enforce")]
            ).increment()
        }
        if verdict.findings.contains(where: { $0.kind == BulkSettings.rateKind }) { rateLimitHits.increment() }
        if let scan { scanSeconds.record(scan) }
        messageSeconds.record(totalSeconds)
    }

    package func workerRestarted() { workerRestarts.increment() }
    package func auditFailed() { auditErrors.increment() }
    package func ledgerFailed() { ledgerErrors.increment() }
    package func ownMailAccepted() { ownMails.increment() }

    /// One transaction on the shared store's windows; `failed`: this server's own decided.
    package func storeTransaction(seconds: Double, failed: Bool) {
        storeSeconds.record(seconds)
        if failed { storeFallbacks.increment() }
    }

    package func store(up: Bool) { storeUp.set(to: up ? 1.0 : 0.0) }
    package func auditOutbox(_ records: Int) { outboxRecords.set(to: Double(records)) }
    package func reloaded(_ ok: Bool) { reloads(ok ? "ok" : "failed").increment() }

    private func reloads(_ result: String) -> Counter {
        registry.makeCounter(descriptor: Self.name("reloads", "total", "Reloads of config and patterns, by result."), labels: [("result", result)])
    }

    /// The text Prometheus scrapes.
    package var text: String { registry.emitToString() }

    /// One direction per message: the most outward of its recipients'.
    package static func direction(_ verdict: Verdict) -> String {
        let directions = Set(verdict.directions.values)
        return ([.outbound, .relay, .inbound, .internal] as [Direction]).first(where: directions.contains)?.rawValue ?? "none"
    }

    /// The fixed reason a note starts with (`UnreadReason`), so the label stays bounded.
    package static func reasonClass(_ note: String) -> String {
        let reason = note.prefix { $0 != ":" }
        return UnreadReason(rawValue: String(reason))?.rawValue ?? "other"
    }
}
