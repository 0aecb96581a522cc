/// A place in a pattern file, for error messages an admin can follow.
public struct SourceLine: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }
    /// `file:line`, or just `file` for problems with the file as a whole (line 0).
    public var description: String { line > 0 ? "\(file):\(line)" : file }
}

/// Text around a match that a rule ignores: numbers in links and addresses are not data.
public enum Enclosure: String, CaseIterable, Sendable {
    case url
    case email
}

/// Words and patterns near a match that move a rule's confidence. Words are labels: they
/// count before the value, up to the previous number. The nearest one decides: in
/// "card details below. Order number 4532…" the label "order" is closer than "card".
public struct Context: Sendable {
    /// Lower-case words or phrases that raise confidence one step.
    public var words: [String] = [] { didSet { wordBytes = words.map { Array($0.utf8) } } }
    /// Patterns (e.g. an expiry date) that raise confidence one step, on either side.
    public var patterns: [CompiledPattern] = []
    /// Patterns that label the value after them, like `words` ("his social is").
    public var labelPatterns: [CompiledPattern] = []
    /// Lower-case words or phrases that lower confidence one step ("tracking", "imei").
    public var against: [String] = [] { didSet { againstBytes = against.map { Array($0.utf8) } } }
    /// The words as UTF-8, prepared once for the scan loop.
    private(set) var wordBytes: [[UInt8]] = []
    private(set) var againstBytes: [[UInt8]] = []
    /// How many characters before and after the match count as near.
    public var window: Int = 300

    public init() {}
}

/// A text a rule must (or must not) find, from the rule's own `example` / `not` lines.
public struct RuleExample: Sendable {
    public var text: String
    public var origin: SourceLine
}

/// One detection rule, compiled and immutable.
public struct Rule: Sendable {
    public var id: String
    public var kind: String
    public var summary: String
    public var section: String?
    /// What the sender should do instead, for the notice (`advice` in the pattern file).
    public var advice: String?
    /// The regex; nil for a word-list rule.
    public var pattern: CompiledPattern?
    /// A word-list rule's entries (`words FILE`), matched whole on the normalised view of a
    /// text (see `ConductText`); empty for a regex rule.
    public var words: [String] = []
    /// The regex reads the normalised view (`view conduct`) instead of the text: phrases with
    /// room between their words ("i'll smash your face") however they are disguised.
    public var readsConductView = false
    /// The regex reads the numbers as a reader sees them (`view numbers`, `NumberReading`):
    /// digits in any script, parted by any separator or written one by one or spelled out.
    public var readsNumbers = false
    public var validators: [Validator]
    public var context: Context
    public var confidence: Confidence
    public var minimum: Confidence
    public var redaction: Redaction
    public var action: Action
    public var skipInside: Set<Enclosure>
    public var examples: [RuleExample]
    public var counterExamples: [RuleExample]
    public var origin: SourceLine
}
