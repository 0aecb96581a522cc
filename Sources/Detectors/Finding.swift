/// One thing a rule found. It never holds the matched value, only its redacted form.
public struct Finding: Hashable, Sendable, Codable {
    public var ruleID: String
    public var kind: String
    public var confidence: Confidence
    /// Where a reader sees it, e.g. `subject` or `body (text/html)`.
    public var location: String
    /// The value with everything but a harmless tail masked, e.g. `***-**-6789`.
    public var redacted: String
    public var action: Action
    /// The acceptable-use guideline the rule enforces, e.g. `3`.
    public var section: String?
    /// Why the finding exists when it is not a match (e.g. a scan error).
    public var note: String?
    /// Tells distinct values apart (counting, comparing) without holding them: a hash keyed
    /// with this process's random seed, so it means nothing outside the process. Never printed.
    public var valueID: Int?
    /// For findings about the envelope (an outside recipient, say): the one recipient it
    /// concerns. Nil: the whole message.
    public var recipient: String?
    /// A finding of a detector on trial (the conduct model in monitor mode): logged and
    /// audited with what it would have done, never deciding. Nil: an ordinary finding.
    public var trial: Bool?
    /// Found in text a reader does not see (an HTML comment, `display:none`): decided like
    /// the others unless `limits.hidden_action` replaces its action. Nil: in plain sight.
    public var hidden: Bool?

    public init(
        ruleID: String, kind: String, confidence: Confidence, location: String, redacted: String,
        action: Action, section: String? = nil, note: String? = nil, valueID: Int? = nil, recipient: String? = nil,
        trial: Bool = false, hidden: Bool = false
    ) {
        self.ruleID = ruleID
        self.kind = kind
        self.confidence = confidence
        self.location = location
        self.redacted = redacted
        self.action = action
        self.section = section
        self.note = note
        self.valueID = valueID
        self.recipient = recipient
        self.trial = trial ? true : nil
        self.hidden = hidden ? true : nil
    }

    /// The `valueID` of a value of `kind`, given in its normalised form (digits for numbers).
    public static func valueID(kind: String, normalized: String) -> Int {
        var hasher = Hasher()
        hasher.combine(kind)
        hasher.combine(normalized)
        return hasher.finalize()
    }

    /// The kind given to findings of a rule that could not finish scanning a text.
    public static let scanErrorKind = "scan-error"
}
