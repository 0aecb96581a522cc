import Detectors
import Extraction
import Foundation

/// How reading problems and hidden text turn into actions.
public struct InspectionSettings: Sendable, Equatable {
    public var extraction: ExtractionLimits
    /// The action for anything that could not be read (encrypted, damaged, over a limit).
    public var onUnscannable: Action
    /// The action for findings in text a reader does not see (HTML comments, display:none).
    public var hiddenAction: Action

    public init(extraction: ExtractionLimits = ExtractionLimits(), onUnscannable: Action = .quarantine, hiddenAction: Action = .tag) {
        self.extraction = extraction
        self.onUnscannable = onUnscannable
        self.hiddenAction = hiddenAction
    }

    public static let unscannableKind = "unscannable"
}

/// One message read, scanned and judged. The milter and `mailguard scan` both use this, so
/// they always agree.
public struct MessageInspector: Sendable {
    public let rules: RuleSet
    public let settings: InspectionSettings
    public let policy: Policy

    public init(rules: RuleSet, settings: InspectionSettings = InspectionSettings(), policy: Policy = Policy()) {
        self.rules = rules
        self.settings = settings
        self.policy = policy
    }

    /// Judges the message for `envelope`. Without one (a file on disk), the sender is the From
    /// address and the recipients the To and Cc addresses, as if the sender had authenticated.
    /// With a ledger, sending rates and fan-out are checked too, and an accepted message is
    /// charged in the same transaction.
    public func inspect(_ raw: [UInt8], envelope: Envelope? = nil, ledger: Ledger? = nil, now: Date = Date()) -> Verdict {
        let scanner = rules.makeScanner()
        var findings: [Finding] = []
        // Indexes of findings in text the reader does not see: they never block by themselves.
        var hidden: Set<Int> = []
        var fingerprinter = Fingerprinter()
        let extraction = MessageReader.read(raw, limits: settings.extraction) { segment in
            let found = scanner.scan(segment.text, location: segment.location)
            if segment.hidden {
                hidden.formUnion(findings.count..<(findings.count + found.count))
            } else if policy.bulk.fanOut != nil, segment.location != "subject" {
                fingerprinter.add(segment.text)
            }
            findings += found
        }
        findings += extraction.unscannable.map { item in
            Finding(
                ruleID: InspectionSettings.unscannableKind, kind: InspectionSettings.unscannableKind, confidence: .high,
                location: item.location, redacted: "", action: settings.onUnscannable, note: item.reason
            )
        }
        let headers = extraction.headers
        let envelope = envelope ?? Envelope(
            sender: headers.fromAddress ?? "", recipients: headers.recipients, authenticated: true
        )
        let facts = MessageFacts(envelope: envelope, directory: policy.directory)
        let from = headers.fromAddress.map { Mailbox(name: headers.fromName, address: $0) }
        findings += policy.envelopeFindings(facts, from: from)
        let fingerprint = fingerprinter.words >= (policy.bulk.fanOut?.minWords ?? .max) ? fingerprinter.fingerprint : nil
        let bulk = BulkCheck(settings: policy.bulk, facts: facts, fingerprint: fingerprint, now: now)
        var verdict: Verdict
        if let ledger {
            do {
                verdict = try ledger.transaction { transaction in
                    let decided = policy.decide(findings + (try bulk.findings(transaction)), facts: facts, capped: hidden, cap: settings.hiddenAction)
                    if [.accept, .tag, .quarantine].contains(decided.action) {
                        try bulk.charge(transaction)
                        try transaction.prune(before: now.addingTimeInterval(-bulk.retention))
                    }
                    return decided
                }
            } catch {
                // The rate store is unusable (full disk, say): the message waits, never lost.
                verdict = policy.decide(findings + [Finding(
                    ruleID: "ledger", kind: Finding.scanErrorKind, confidence: .high, location: "envelope", redacted: "",
                    action: policy.bulk.onStoreError, note: "sending limits could not be checked; try again later"
                )], facts: facts, capped: hidden, cap: settings.hiddenAction)
            }
        } else {
            verdict = policy.decide(findings + ((try? bulk.findings(nil)) ?? []), facts: facts, capped: hidden, cap: settings.hiddenAction)
        }
        // Never answer a bounce or an automatic reply with a notice (the scan still counts).
        verdict.suppressNotice = envelope.sender.isEmpty || headers.autoSubmitted
        verdict.senderInternal = facts.senderInternal
        return verdict
    }
}
