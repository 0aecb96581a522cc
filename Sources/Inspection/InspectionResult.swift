import Detectors
import Extraction

/// What reading and scanning learn from one message: everything the policy needs and nothing
/// more. It crosses the process boundary from a worker, so it holds redacted values only.
public struct InspectionResult: Sendable, Equatable, Codable {
    /// Every match of every rule, in reading order, within `FindingBudget`'s bounds.
    public var findings: [Finding]
    /// Findings past those bounds: counted, not listed.
    public var omittedFindings: Int
    public var headers: MessageHeaders
    /// SimHash of the visible text, when asked for (fan-out checks); `words` counts its words.
    public var fingerprint: UInt64?
    public var words: Int

    public init(
        findings: [Finding] = [], omittedFindings: Int = 0,
        headers: MessageHeaders = MessageHeaders(), fingerprint: UInt64? = nil, words: Int = 0
    ) {
        self.findings = findings
        self.omittedFindings = omittedFindings
        self.headers = headers
        self.fingerprint = fingerprint
        self.words = words
    }

    /// A message lists at most this many distinct values of one rule (`FindingBudget`); policy
    /// rows cannot ask for more (`min_values`).
    public static let maxListedValuesPerRule = 1000

    /// The kind of the finding for something that could not be read.
    public static let unscannableKind = "unscannable"

    /// The finding for a part that could not be read, and why.
    public static func unscannable(_ part: Unscannable, action: Action) -> Finding {
        Finding(ruleID: unscannableKind, kind: unscannableKind, confidence: .high, location: part.location, redacted: "",
                action: action, note: part.note)
    }

    /// A message that was not read at all (its reader died, or it was too large to read).
    public static func unread(_ location: String, _ reason: UnreadReason, _ detail: String, action: Action) -> InspectionResult {
        InspectionResult(findings: [unscannable(Unscannable(location: location, reason: reason, detail: detail), action: action)])
    }
}
