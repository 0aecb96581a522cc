import Detectors
import Foundation
import Inspection
import Policy
import Prometheus

/// MailGuard's counters and histograms in a Prometheus registry (swift-prometheus), served by
/// `MetricsServer`. Names and labels are listed in the README ("Metrics"); labels hold only
/// bounded values (verdicts, directions, rule ids, reason classes), never an address.
final class MailMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    private let scanSeconds: ValueHistogram
    private let messageSeconds: ValueHistogram
    private let workerRestarts: Counter
    private let ledgerErrors: Counter
    private let auditErrors: Counter
    private let rateLimitHits: Counter
    private let ownMails: Counter

    static let buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

    init() {
        scanSeconds = registry.makeValueHistogram(name: "mailguard_scan_seconds", buckets: Self.buckets,
                                                  help: "Time a worker spent reading and scanning one message.")
        messageSeconds = registry.makeValueHistogram(name: "mailguard_message_seconds", buckets: Self.buckets,
                                                     help: "Time from end of message to the verdict.")
        workerRestarts = registry.makeCounter(name: "mailguard_worker_restarts_total", help: "Workers replaced after a crash, hang or lost pipe.")
        ledgerErrors = registry.makeCounter(name: "mailguard_ledger_errors_total", help: "Messages whose sending limits could not be checked.")
        auditErrors = registry.makeCounter(name: "mailguard_audit_errors_total", help: "Audit batches that could not be written.")
        rateLimitHits = registry.makeCounter(name: "mailguard_rate_limit_hits_total", help: "Messages over a sending limit.")
        ownMails = registry.makeCounter(name: "mailguard_own_mails_total", help: "Notices, digests and alerts accepted by their mark.")
        for result in ["ok", "failed"] { _ = reloads(result) }
    }

    /// One decided message: its verdict, direction, findings and times.
    func record(_ verdict: Verdict, scanSeconds scan: Double?, totalSeconds: Double) {
        registry.makeCounter(name: "mailguard_messages_total", labels: [("verdict", verdict.action.rawValue), ("direction", Self.direction(verdict))],
                             help: "Messages decided, by verdict and direction.").increment()
        for rule in verdict.ruleIDs {
            registry.makeCounter(name: "mailguard_findings_total", labels: [("rule", rule)], help: "Messages with a finding of the rule.").increment()
        }
        for finding in verdict.findings where finding.kind == InspectionSettings.unscannableKind {
            registry.makeCounter(name: "mailguard_unscannable_total", labels: [("reason", Self.reasonClass(finding.note ?? ""))],
                                 help: "Parts that could not be read, by reason.").increment()
        }
        if verdict.findings.contains(where: { $0.kind == BulkSettings.rateKind }) { rateLimitHits.increment() }
        if verdict.findings.contains(where: { $0.ruleID == "ledger" && $0.kind == Finding.scanErrorKind }) { ledgerErrors.increment() }
        if let scan { scanSeconds.record(scan) }
        messageSeconds.record(totalSeconds)
    }

    func workerRestarted() { workerRestarts.increment() }
    func auditFailed() { auditErrors.increment() }
    func ownMailAccepted() { ownMails.increment() }
    func reloaded(_ ok: Bool) { reloads(ok ? "ok" : "failed").increment() }

    private func reloads(_ result: String) -> Counter {
        registry.makeCounter(name: "mailguard_reloads_total", labels: [("result", result)], help: "Reloads of config and patterns, by result.")
    }

    /// The text Prometheus scrapes.
    var text: String { registry.emitToString() }

    /// One direction per message: the most outward of its recipients'.
    static func direction(_ verdict: Verdict) -> String {
        let directions = Set(verdict.directions.values)
        return ([.outbound, .relay, .inbound, .internal] as [Direction]).first(where: directions.contains)?.rawValue ?? "none"
    }

    /// A reader's reason as one of a few classes, so the label stays bounded.
    static func reasonClass(_ reason: String) -> String {
        let text = reason.lowercased()
        let classes: [(String, [String])] = [
            ("encrypted", ["encrypted"]),
            ("time", ["time limit", "took longer"]),
            ("expansion", ["expands", "zip bomb"]),
            ("size", ["larger than", "over the limit", "more than", "deeper than"]),
            ("reader-died", ["reader", "worker", "signal", "memory"]),
            ("format", ["unknown binary", "legacy office", "compressed with method"]),
            ("damaged", ["damaged", "cut short", "could not", "missing"]),
        ]
        return classes.first { $0.1.contains(where: text.contains) }?.0 ?? "other"
    }
}
