import Detectors
import Extraction

/// What reading and scanning learn from one message: everything the policy needs and nothing
/// more. It crosses the process boundary from a worker, so it holds redacted values only.
public struct InspectionResult: Sendable, Equatable, Codable {
    /// Every match of every rule, in reading order.
    public var findings: [Finding]
    /// What could not be read, and why.
    public var unscannable: [Unscannable]
    /// Attachments of a dangerous type (programs, scripts, macros), and why.
    public var dangerous: [DangerousPart]
    public var headers: MessageHeaders
    /// SimHash of the visible text, when asked for (fan-out checks); `words` counts its words.
    public var fingerprint: UInt64?
    public var words: Int

    public init(
        findings: [Finding] = [], unscannable: [Unscannable] = [], dangerous: [DangerousPart] = [],
        headers: MessageHeaders = MessageHeaders(), fingerprint: UInt64? = nil, words: Int = 0
    ) {
        self.findings = findings
        self.unscannable = unscannable
        self.dangerous = dangerous
        self.headers = headers
        self.fingerprint = fingerprint
        self.words = words
    }

    /// A message that was not read at all (its reader died, or it was too large to read).
    public static func unread(_ location: String, _ reason: String) -> InspectionResult {
        InspectionResult(unscannable: [Unscannable(location: location, reason: reason)])
    }
}
