/// Decoded text a reader would see, with where they would see it.
public struct TextSegment: Hashable, Sendable {
    /// Human-readable place: `subject`, `body (text/html)`, `attachment grades.xlsx › Sheet1!C4`.
    public var location: String {
        get {
            switch place {
            case .named(let name): name
            case .cell(let cell): cell.name
            }
        }
        set { place = .named(newValue) }
    }
    /// UTF-8 text, normalised so look-alike separators cannot split a number.
    public var text: String
    /// Text a reader does not see (HTML comments, `display:none`): still scanned, but policy
    /// gives its findings their own action.
    public var hidden: Bool
    /// For one cell of a table with a header: which row of which table, under which column.
    public var cell: TableCell?
    private var place: Place

    /// A cell's location is written out only when asked for: a sheet of a million cells
    /// names only those with findings.
    private enum Place: Sendable {
        case named(String)
        case cell(CellPlace)
    }

    public init(location: String, text: String, hidden: Bool = false, cell: TableCell? = nil) {
        self.init(place: .named(location), text: text, hidden: hidden, cell: cell)
    }

    init(cellAt place: CellPlace, text: String, cell: TableCell?) {
        self.init(place: .cell(place), text: text, hidden: false, cell: cell)
    }

    private init(place: Place, text: String, hidden: Bool, cell: TableCell?) {
        self.place = place
        self.text = text
        self.hidden = hidden
        self.cell = cell
    }

    /// The subject line (not a cell, whose location is never written for this).
    public var isSubject: Bool {
        if case .named(let name) = place { name == "subject" } else { false }
    }

    public static func == (lhs: TextSegment, rhs: TextSegment) -> Bool {
        lhs.location == rhs.location && lhs.text == rhs.text && lhs.hidden == rhs.hidden && lhs.cell == rhs.cell
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(location)
        hasher.combine(text)
        hasher.combine(hidden)
        hasher.combine(cell)
    }
}

/// Where a sheet or delimited file shows a cell: `roster.csv › B4 (SSN)`, `… › Sheet1!C4`.
struct CellPlace: Sendable {
    /// The table's location.
    var table: String
    /// Between the table and the cell reference: ` › ` or `!`.
    var separator: String
    var column: Int
    /// From 1, as a reader counts rows.
    var row: Int
    /// The column's header as shown (`ColumnHeader.shown`); empty without one.
    var header: String

    var name: String {
        ColumnHeader.location("\(table)\(separator)\(CellReference.column(column))\(row)", shown: header)
    }
}

/// Where a cell stands in a table with a header, so the cells of one row can be read
/// together as a record. The cell's text starts with `column` and ": ".
public struct TableCell: Hashable, Sendable {
    /// The table's location (`attachment roster.csv`, `… › Sheet1`, `… › page 1 › table 1`).
    public var table: String
    public var row: Int
    /// The column's header as words (`Guardian Phone`); empty for a column without one.
    public var column: String

    public init(table: String, row: Int, column: String) {
        self.table = table
        self.row = row
        self.column = column
    }

    /// The cell's value: its text without the column label in front.
    public func value(of text: String) -> Substring {
        guard !column.isEmpty else { return Substring(text) }
        // Asked of every cell: where label and text start with ASCII other than CR (so every
        // character is one byte) and the value starts with ASCII too (so it cannot join the
        // space before it in one character), the label is stepped over on bytes.
        let label = column.utf8.count + 2
        let ascii = { (byte: UInt8) in byte < 0x80 && byte != 13 }
        if column.utf8.allSatisfy(ascii), text.utf8.prefix(label).allSatisfy(ascii), text.utf8.count >= label {
            let start = text.utf8.index(text.utf8.startIndex, offsetBy: label)
            if start == text.utf8.endIndex || text.utf8[start] < 0x80 { return text[start...] }
        }
        return text.dropFirst(column.count + 2)
    }
}

/// Why a part could not be read: one of a fixed set, so a notice, an audit record and a
/// metric name it the same way and a reviewer knows what releasing it means.
public enum UnreadReason: String, Hashable, Sendable, Codable, CaseIterable {
    /// Encrypted with a password MailGuard does not have.
    case passwordProtected = "password-protected"
    /// Broken or cut short, or a reader stopped on it.
    case damaged
    /// A format MailGuard does not read (the detail names it).
    case unsupportedFormat = "unsupported format"
    /// Over a size, count or expansion bound.
    case tooLarge = "too large"
    /// Nested deeper than allowed.
    case tooDeep = "too deep"
    /// The message's time ran out.
    case tookTooLong = "took too long"
}

/// Something in the message MailGuard could not read, and why. Never skipped silently:
/// policy turns each into an `unscannable` finding.
public struct Unscannable: Hashable, Sendable, Codable {
    public var location: String
    public var reason: UnreadReason
    /// What exactly: the format's name, the bound crossed, the reader's error.
    public var detail: String

    public init(location: String, reason: UnreadReason, detail: String) {
        self.location = location
        self.reason = reason
        self.detail = detail
    }

    /// "too large: more than 1000 archive members", "unsupported format: Word 6.0/95".
    public var note: String { detail.isEmpty ? reason.rawValue : "\(reason.rawValue): \(detail)" }
}

/// The top-level headers policy needs: who the message says it is from, whom it names,
/// and whether it is an automatic reply. (Not scanned: only the Subject is.)
public struct MessageHeaders: Sendable, Equatable, Codable {
    public var fromName: String?
    public var fromAddress: String?
    /// To and Cc addresses.
    public var recipients: [String] = []
    /// `Auto-Submitted` other than "no": never answer it with a notice.
    public var autoSubmitted = false

    public init() {}
}

/// Everything read from one message.
public struct Extraction: Sendable {
    public var segments: [TextSegment] = []
    public var unscannable: [Unscannable] = []
    public var dangerous: [DangerousPart] = []
    public var headers = MessageHeaders()

    public init(segments: [TextSegment] = [], unscannable: [Unscannable] = [], dangerous: [DangerousPart] = [], headers: MessageHeaders = MessageHeaders()) {
        self.segments = segments
        self.unscannable = unscannable
        self.dangerous = dangerous
        self.headers = headers
    }
}

/// Bounds on the work one message may cause, so a zip bomb or a huge attachment ends as an
/// `unscannable` finding instead of exhausting memory or time; and the attachment types
/// reading reports as dangerous.
public struct ExtractionLimits: Sendable, Equatable, Codable {
    /// Decoded bytes (bodies, attachments, archive members) read per message.
    public var maxDecodedBytes: Int
    /// Nesting of multiparts, forwarded messages and archives.
    public var maxDepth: Int
    /// Members read per archive.
    public var maxArchiveMembers: Int
    /// Largest uncompressed/compressed ratio an archive member may claim or reach.
    public var maxExpansionRatio: Int
    /// Time to read one message's attachments.
    public var timeBudget: Duration
    public var attachments = AttachmentRules()

    public init(
        maxDecodedBytes: Int = 100 << 20, maxDepth: Int = 10, maxArchiveMembers: Int = 1000,
        maxExpansionRatio: Int = 100, timeBudget: Duration = .seconds(20)
    ) {
        self.maxDecodedBytes = maxDecodedBytes
        self.maxDepth = maxDepth
        self.maxArchiveMembers = maxArchiveMembers
        self.maxExpansionRatio = maxExpansionRatio
        self.timeBudget = timeBudget
    }
}

/// The running state of one extraction: texts go to the sink as soon as they are read (so a
/// large message is never held as text all at once), problems are collected, budgets kept.
final class ExtractionContext {
    let limits: ExtractionLimits
    private let deadline: ContinuousClock.Instant
    private var decodedBytes = 0
    /// The time limit was reported once; later parts are skipped without repeating it.
    private var timedOut = false
    private let sink: (TextSegment) -> Void
    private let readingHook: ((String) -> Void)?
    private(set) var unscannable: [Unscannable] = []
    private(set) var dangerous: [DangerousPart] = []
    /// Set from the outermost message only.
    var headers: MessageHeaders?

    init(limits: ExtractionLimits, reading: ((String) -> Void)? = nil, sink: @escaping (TextSegment) -> Void) {
        self.limits = limits
        self.sink = sink
        self.readingHook = reading
        deadline = ContinuousClock.now.advanced(by: limits.timeBudget)
    }

    /// A part at `location` is about to be read.
    func reading(_ location: String) {
        readingHook?(location)
    }

    func add(_ location: String, _ text: String, hidden: Bool = false, cell: TableCell? = nil) {
        addNormalized(location, TextNormalizer.normalize(text), hidden: hidden, cell: cell)
    }

    /// A cell of a sheet or delimited file, whose location is written out only when asked for.
    func add(_ place: CellPlace, _ text: String, cell: TableCell?) {
        let normalized = TextNormalizer.normalize(text)
        guard !normalized.isEmpty else { return }
        sink(TextSegment(cellAt: place, text: normalized, cell: cell))
    }

    /// A text `TextNormalizer` has already seen (a document split into tables after it).
    func addNormalized(_ location: String, _ text: String, hidden: Bool = false, cell: TableCell? = nil) {
        guard !text.isEmpty else { return }
        sink(TextSegment(location: location, text: text, hidden: hidden, cell: cell))
    }

    func unscannable(_ location: String, _ reason: UnreadReason, _ detail: String) {
        unscannable.append(Unscannable(location: location, reason: reason, detail: detail))
    }

    func dangerous(_ location: String, _ danger: Danger) {
        dangerous.append(DangerousPart(location: location, rule: danger.rule, reason: danger.reason))
    }

    /// What a file's name alone says is dangerous, for a member whose bytes are locked away.
    func dangerousByName(_ location: String, _ name: String) {
        for danger in limits.attachments.dangers(of: [], name: name) { dangerous(location, danger) }
    }

    /// Counts `bytes` against the message's budget; false (and an unscannable entry) when
    /// the budget or the time is spent.
    func charge(_ bytes: Int, at location: String) -> Bool {
        guard inTime(at: location) else { return false }
        decodedBytes += bytes
        guard decodedBytes <= limits.maxDecodedBytes else {
            unscannable(location, .tooLarge, "over the limit of \(limits.maxDecodedBytes) decoded bytes per message")
            return false
        }
        return true
    }

    /// False (and an unscannable entry) once the message's time is spent: readers ask in
    /// their own loops, so no single part can run past the deadline.
    func inTime(at location: String) -> Bool {
        guard ContinuousClock.now > deadline else { return true }
        if !timedOut {
            timedOut = true
            unscannable(location, .tookTooLong, "time limit of \(limits.timeBudget) per message reached")
        }
        return false
    }

    /// False (and an unscannable entry) when `depth` is deeper than allowed.
    func within(depth: Int, at location: String) -> Bool {
        guard depth <= limits.maxDepth else {
            unscannable(location, .tooDeep, "nested deeper than \(limits.maxDepth) levels")
            return false
        }
        return true
    }
}

/// File names as they may appear in a location. Locations are printed (replies, logs,
/// headers), so a name that could hold a protected number (9 or more digits) keeps only its
/// last four digits, and control characters become spaces. The real name is still scanned.
enum LocationName {
    static func safe(_ name: String) -> String {
        // Bidi controls would reorder the location where it is shown (`invoice‮fdp.exe`).
        let cleaned = String(name.unicodeScalars.map { scalar -> Character in
            if ControlCharacters.contains(scalar) { return " " }
            return AttachmentRules.isBidiControl(scalar) ? "?" : Character(scalar)
        })
        let digitCount = cleaned.filter { $0.isASCII && $0.isNumber }.count
        guard digitCount >= 9 else { return cleaned }
        var remaining = digitCount
        return String(cleaned.map { character in
            guard character.isASCII && character.isNumber else { return character }
            remaining -= 1
            return remaining < 4 ? character : "*"
        })
    }
}
