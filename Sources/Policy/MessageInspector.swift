import Detectors
import Extraction

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
    public func inspect(_ raw: [UInt8], envelope: Envelope? = nil) -> Verdict {
        let scanner = rules.makeScanner()
        var findings: [Finding] = []
        var hidden: Set<Int> = []
        let extraction = MessageReader.read(raw, limits: settings.extraction) { segment in
            let found = scanner.scan(segment.text, location: segment.location)
            if segment.hidden {
                hidden.formUnion(findings.count..<(findings.count + found.count))
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
        var verdict = policy.decide(findings + policy.envelopeFindings(facts, from: from), facts: facts)
        // Hidden text never blocks by itself, whatever policy says, but is never ignored either.
        if !hidden.isEmpty {
            for index in hidden where verdict.findings[index].kind != Finding.scanErrorKind {
                verdict.findings[index].action = settings.hiddenAction
            }
            verdict.action = verdict.findings.map(\.action).max() ?? .accept
        }
        // Never answer a bounce or an automatic reply with a notice (the scan still counts).
        verdict.suppressNotice = envelope.sender.isEmpty || headers.autoSubmitted
        verdict.senderInternal = facts.senderInternal
        return verdict
    }
}
