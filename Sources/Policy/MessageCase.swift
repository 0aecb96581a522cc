import Detectors
import Extraction
import Foundation
import Inspection

/// How reading problems and hidden text turn into actions, and the bounds on reading.
public struct InspectionSettings: Sendable, Equatable {
    public var extraction: ExtractionLimits
    /// The action for anything that could not be read (encrypted, damaged, over a limit).
    public var onUnscannable: Action
    /// The action for findings in text a reader does not see (HTML comments, display:none);
    /// nil: the policy decides them like visible ones. Hiding data is how it gets past a
    /// filter, and the recipient (or anyone who views the source) still has it.
    public var hiddenAction: Action?
    /// The action for a dangerous attachment when no policy row decides it.
    public var dangerousAction: Action
    /// How records and rosters are read, and the district's own contacts.
    public var records = RecordSettings()

    public init(
        extraction: ExtractionLimits = ExtractionLimits(), onUnscannable: Action = .quarantine, hiddenAction: Action? = nil,
        dangerousAction: Action = .reject
    ) {
        self.extraction = extraction
        self.onUnscannable = onUnscannable
        self.hiddenAction = hiddenAction
        self.dangerousAction = dangerousAction
    }
}

/// One message ready to be decided: what reading found, who sent it to whom, and the bulk
/// checks that go with it. Pure: rate state comes in as a ledger transaction.
public struct MessageCase {
    public let inspection: InspectionResult
    public let policy: DistrictPolicy
    public let settings: InspectionSettings
    public let envelope: Envelope
    public let facts: MessageFacts
    public let bulk: BulkCheck
    /// The findings before bulk checks: what was read (and what could not be), and the
    /// envelope's. Computed once: a message may be decided twice (see `Engine.verdict`).
    public let findings: [Finding]

    /// Without an envelope (a file on disk), the sender is the From address and the
    /// recipients the To and Cc addresses, as if the sender had authenticated.
    public init(inspection: InspectionResult, envelope: Envelope?, policy: DistrictPolicy, settings: InspectionSettings, now: Date = Date()) {
        self.inspection = inspection
        self.policy = policy
        self.settings = settings
        let headers = inspection.headers
        self.envelope = envelope ?? Envelope(headers: headers)
        facts = MessageFacts(envelope: self.envelope, directory: policy.directory)
        let fingerprint = inspection.words >= (policy.bulk.fanOut?.minWords ?? .max) ? inspection.fingerprint : nil
        bulk = BulkCheck(settings: policy.bulk, facts: facts, fingerprint: fingerprint, now: now)
        let from = headers.fromAddress.map { Mailbox(name: headers.fromName, address: $0) }
        findings = inspection.findings + policy.envelopeFindings(facts, from: from)
    }

    /// The verdict, with sending rates and fan-out taken from `ledger` (nil: only the
    /// recipients-per-message limit, which needs no history).
    public func decide(_ ledger: LedgerTransaction?) throws -> Verdict {
        decide(bulkFindings: try bulk.findings(ledger))
    }

    /// The verdict, given what the bulk checks found (read from the ledger beforehand).
    public func decide(bulkFindings: [Finding]) -> Verdict {
        verdict(findings + bulkFindings)
    }

    /// The verdict when the rate store cannot be used: the message waits (or as configured).
    public func decideWithoutLedger() -> Verdict {
        verdict(findings + [Finding(
            ruleID: "ledger", kind: Finding.scanErrorKind, confidence: .high, location: "envelope", redacted: "",
            action: policy.bulk.onStoreError, note: "sending limits could not be checked; try again later"
        )])
    }

    /// Whether the verdict lets the message through (so it counts against the sender's rates).
    public static func charges(_ verdict: Verdict) -> Bool {
        [.accept, .tag, .quarantine].contains(verdict.action)
    }

    private func verdict(_ findings: [Finding]) -> Verdict {
        var verdict = policy.decide(findings, facts: facts, hiddenAction: settings.hiddenAction)
        // Never answer a bounce or an automatic reply with a notice (the scan still counts).
        verdict.suppressNotice = envelope.sender.isEmpty || inspection.headers.autoSubmitted
        verdict.omittedFindings = inspection.omittedFindings
        verdict.senderInternal = facts.senderInternal
        verdict.senderGroups = facts.senderGroups
        verdict.directions = facts.directions
        return verdict
    }
}
