import Detectors
import Extraction

/// One message read, scanned and judged. The milter and `mailguard scan` both use this, so
/// they always agree.
public struct MessageInspector: Sendable {
    public let rules: RuleSet

    public init(rules: RuleSet) { self.rules = rules }

    public func inspect(_ raw: [UInt8]) -> Verdict {
        let segments: [TextSegment]
        do {
            segments = try MessageReader.segments(of: raw)
        } catch {
            return Verdict(findings: [Finding(
                ruleID: "message", kind: Finding.scanErrorKind, confidence: .high, location: "message",
                redacted: "", action: rules.limits.onScanError, note: "message could not be read: \(error)"
            )])
        }
        return Verdict(findings: rules.scan(segments.map { (location: $0.location, text: $0.text) }))
    }
}
