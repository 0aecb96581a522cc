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

    public init(rules: RuleSet, settings: InspectionSettings = InspectionSettings()) {
        self.rules = rules
        self.settings = settings
    }

    public func inspect(_ raw: [UInt8]) -> Verdict {
        let scanner = rules.makeScanner()
        var findings: [Finding] = []
        let unscannable = MessageReader.read(raw, limits: settings.extraction) { segment in
            var found = scanner.scan(segment.text, location: segment.location)
            if segment.hidden {
                // Hidden text never blocks by itself, but is never ignored either.
                for index in found.indices where found[index].kind != Finding.scanErrorKind {
                    found[index].action = settings.hiddenAction
                }
            }
            findings += found
        }
        findings += unscannable.map { item in
            Finding(
                ruleID: InspectionSettings.unscannableKind, kind: InspectionSettings.unscannableKind, confidence: .high,
                location: item.location, redacted: "", action: settings.onUnscannable, note: item.reason
            )
        }
        return Verdict(findings: findings)
    }
}
