import Detectors
import Extraction

/// One message read, scanned and judged. The milter and `mailguard scan` both use this, so
/// they always agree.
public struct MessageInspector: Sendable {
    public let rules: RuleSet

    public init(rules: RuleSet) { self.rules = rules }

    public func inspect(_ raw: [UInt8]) -> Verdict {
        let segments = MessageReader.segments(of: raw)
        return Verdict(findings: rules.scan(segments.map { (location: $0.location, text: $0.text) }))
    }
}
