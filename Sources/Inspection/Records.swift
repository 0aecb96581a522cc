import Detectors
import Extraction

/// `[records]` and the district's own contacts: how personal records and rosters are read.
/// Sent to every worker with the rules.
public struct RecordSettings: Sendable, Equatable, Codable {
    /// Personal records in one message that make it a roster.
    public var minRecords = 5
    /// The district's own phone numbers and addresses: never findings.
    public var districtContacts = KnownValues()

    public init(minRecords: Int = 5, districtContacts: KnownValues = KnownValues()) {
        self.minRecords = minRecords
        self.districtContacts = districtContacts
    }

    public static let studentRosterKind = "student-roster"
    public static let personalRosterKind = "personal-roster"
    public static let studentRecordKind = "student-record"
    /// Record vocabulary (IEP, 504 plan, custody, ...): context for records, never a finding.
    public static let termKind = "student-record-term"
    public static let kinds = [studentRosterKind, personalRosterKind, studentRecordKind]
    /// The pattern files' kinds records are read from.
    public static var fieldKinds: Set<String> { Set(PersonalField.byKind.keys) }
}

/// A personal field of a record, as a roster finding names it (never its value).
enum PersonalField: String, CaseIterable {
    case name
    case birthDate = "DOB"
    case homeAddress = "home address"
    case phone
    case guardianPhone = "guardian phone"
    case studentID = "student ID"
    case ssn = "SSN"
    case card = "card number"
    case recordTerms = "record terms"

    /// The pattern files' kinds that fill a field, declared once (the engine checks at load
    /// that the rules give each of them).
    static let byKind: [String: PersonalField] = [
        "phone": .phone, "street-address": .homeAddress, "date-of-birth": .birthDate, "student-id": .studentID,
        "ssn": .ssn, "itin": .ssn, "card": .card, RecordSettings.termKind: .recordTerms,
    ]

    /// The field a finding of `kind` fills; a phone under a guardian's column is theirs.
    init?(kind: String, column: Set<Substring>) {
        guard let field = Self.byKind[kind] else { return nil }
        self = field == .phone && !column.isDisjoint(with: ["guardian", "parent", "mother", "father", "emergency"]) ? .guardianPhone : field
    }

    /// Fields that make a sentence naming a person a record (a phone number next to a name is
    /// a signature, not a record).
    static let proseFields: Set<PersonalField> = [.birthDate, .homeAddress, .studentID, .recordTerms]
    /// Fields that say the person is a student.
    static let studentFields: Set<PersonalField> = [.studentID, .recordTerms]
}

/// Reads records out of one message's texts as they are scanned. A table row that names a
/// person and carries a personal field (DOB, home address, phone, student ID, SSN, record
/// terms) is a personal record; outside tables, so is a sentence that names a person and
/// has a DOB, address, student ID or record term. `min_records` or more in the message make
/// a roster; fewer, with record terms among them, a student record.
///
/// Cells arrive row by row, so only the current row is held and records are counted per
/// document: memory stays the same for a list of ten rows or of a million.
struct RecordCollector {
    private struct RowKey: Equatable {
        var table: String
        var row: Int
    }

    private struct Row {
        var key: RowKey
        var named = false
        var fields: Set<PersonalField> = []
    }

    /// The records of one document (an attachment, a sheet, a body).
    private struct Tally {
        var records = 0
        var termRecords = 0
        var studentRecords = 0
        var fields: Set<PersonalField> = []
        /// Its tables have columns about students (grade, homeroom, guardian, ...).
        var studentColumns = false
    }

    private var current: Row?
    private var tallies: [String: Tally] = [:]
    private var places: [String] = []
    private var columns: [String: ColumnRole] = [:]
    /// Document of each table seen (asked for every cell of a student column).
    private var documents: [String: String] = [:]

    mutating func add(_ segment: TextSegment, _ found: [PlacedFinding]) {
        if let cell = segment.cell {
            addCell(cell, text: segment.text, found.map(\.finding))
        } else {
            addProse(segment, found)
        }
    }

    private mutating func addCell(_ cell: TableCell, text: String, _ found: [Finding]) {
        let role = role(of: cell.column)
        if role.student { tally(document(of: cell.table)) { $0.studentColumns = true } }
        let fields = found.compactMap { PersonalField(kind: $0.kind, column: role.words) }
        let named = role.names && PersonName.looksLikeName(cell.value(of: text))
        guard named || !fields.isEmpty else { return }
        let key = RowKey(table: cell.table, row: cell.row)
        if current?.key != key {
            finishRow()
            current = Row(key: key)
        }
        if named { current?.named = true }
        current?.fields.formUnion(fields)
    }

    private mutating func finishRow() {
        guard let row = current else { return }
        current = nil
        if row.named && !row.fields.isEmpty { record(document(of: row.key.table), row.fields) }
    }

    private mutating func addProse(_ segment: TextSegment, _ found: [PlacedFinding]) {
        let relevant = found.compactMap { item in
            PersonalField(kind: item.finding.kind, column: []).flatMap { PersonalField.proseFields.contains($0) ? (item.offset, $0) : nil }
        }
        guard !relevant.isEmpty else { return }
        let sentences = Sentences(segment.text)
        var bySentence: [Range<Int>: Set<PersonalField>] = [:]
        var order: [Range<Int>] = []
        for (offset, field) in relevant {
            let sentence = sentences.range(around: offset)
            if bySentence[sentence] == nil { order.append(sentence) }
            bySentence[sentence, default: []].insert(field)
        }
        for sentence in order where PersonName.appears(in: sentences.text(sentence)) {
            record(Self.document(of: segment.location), bySentence[sentence]!)
        }
    }

    private mutating func record(_ place: String, _ fields: Set<PersonalField>) {
        tally(place) { tally in
            tally.records += 1
            tally.fields.formUnion(fields)
            if fields.contains(.recordTerms) { tally.termRecords += 1 }
            if !fields.isDisjoint(with: PersonalField.studentFields) { tally.studentRecords += 1 }
        }
    }

    private mutating func tally(_ place: String, _ change: (inout Tally) -> Void) {
        if tallies[place] == nil { places.append(place) }
        change(&tallies[place, default: Tally()])
    }

    /// The roster or student-record finding for the message, if any.
    mutating func finish(minRecords: Int) -> [Finding] {
        finishRow()
        // The text and HTML forms of one body say the same: the one with more records counts.
        var alternatives: [String: String] = [:]  // group → place counted
        for place in places where (tallies[place]?.records ?? 0) > 0 {
            let group = Self.alternativeGroup(of: place)
            if let chosen = alternatives[group], tallies[chosen]!.records >= tallies[place]!.records { continue }
            alternatives[group] = place
        }
        let counted = places.compactMap { place in
            alternatives[Self.alternativeGroup(of: place)] == place ? (place, tallies[place]!) : nil
        }
        let total = counted.reduce(0) { $0 + $1.1.records }
        guard total > 0 else { return [] }
        if total >= minRecords {
            let student = counted.contains { $0.1.studentRecords > 0 || $0.1.studentColumns }
            let kind = student ? RecordSettings.studentRosterKind : RecordSettings.personalRosterKind
            return [finding(kind, counted.map { ($0.0, $0.1.records, $0.1.fields) }, note: "roster of \(total) records")]
        }
        let withTerms = counted.filter { $0.1.termRecords > 0 }
        let terms = withTerms.reduce(0) { $0 + $1.1.termRecords }
        guard terms > 0 else { return [] }
        return [finding(RecordSettings.studentRecordKind, withTerms.map { ($0.0, $0.1.termRecords, $0.1.fields) },
                        note: "\(terms) confidential \(terms == 1 ? "record" : "records") naming a person")]
    }

    /// `… › body (text/plain)` and `… › body (text/html)` are one group: the two forms of a
    /// multipart/alternative body.
    static func alternativeGroup(of place: String) -> String {
        for form in ["body (text/plain)", "body (text/html)"] where place.hasSuffix(form) {
            return String(place.dropLast(form.count)) + "body"
        }
        return place
    }

    /// The document a table or a text is in: `attachment a.pdf › page 2 › table 1 › row 1` →
    /// `attachment a.pdf` (a spreadsheet's sheet stays: it is a document of its own).
    static func document(of table: String) -> String {
        var place = Substring(table)
        for marker in [" › row ", " › table ", " › page "] {
            if let range = place.ranges(of: marker).last { place = place[..<range.lowerBound] }
        }
        return String(place)
    }

    /// One finding for records in `places` (place, how many, which fields): where most of
    /// them are, the count (in `note`) and which fields, never a value.
    private func finding(_ kind: String, _ places: [(place: String, count: Int, fields: Set<PersonalField>)], note: String) -> Finding {
        let count = places.reduce(0) { $0 + $1.count }
        let top = places.max { $0.count < $1.count }?.place ?? ""
        let others = places.count - 1
        let location = others == 0 ? top : "\(top) and \(others) other place\(others == 1 ? "" : "s")"
        let fields = places.reduce(Set<PersonalField>([.name])) { $0.union($1.fields) }
        let named = PersonalField.allCases.filter(fields.contains).map(\.rawValue).joined(separator: ", ")
        return Finding(
            ruleID: kind, kind: kind, confidence: .high, location: location, redacted: "", action: .accept, section: "3",
            note: "\(note): \(named)", valueID: Finding.valueID(kind: kind, normalized: String(count))
        )
    }

    /// What a column's header says about its cells, worked out once per header.
    private mutating func document(of table: String) -> String {
        if let known = documents[table] { return known }
        let document = Self.document(of: table)
        documents[table] = document
        return document
    }

    private mutating func role(of column: String) -> ColumnRole {
        if let known = columns[column] { return known }
        let role = ColumnRole(column)
        columns[column] = role
        return role
    }
}

/// What a column header says: its cells name a person, or the table is about students.
struct ColumnRole {
    let words: Set<Substring>
    let names: Bool
    let student: Bool

    init(_ header: String) {
        let lowered = header.lowercased()
        words = Set(lowered.split { !$0.isLetter && !$0.isNumber })
        names = !words.isEmpty && (words.contains("name") ? words.isDisjoint(with: Self.notPeople) : words.isSubset(of: Self.people))
        student = !words.isDisjoint(with: Self.studentWords)
    }

    /// Headers that are a person by themselves ("Student", "Parent/Guardian", "First").
    static let people: Set<Substring> = [
        "student", "employee", "staff", "guardian", "parent", "pupil", "child", "first", "last", "surname", "contact",
        "person", "member", "full", "legal", "preferred", "given", "family", "of", "volunteer", "player", "athlete",
        "chaperone", "driver", "coach", "tutor", "mentor", "participant", "attendee", "camper", "patient", "resident",
    ]
    /// Names that are not people's ("School Name", "File Name").
    static let notPeople: Set<Substring> = [
        "school", "user", "file", "course", "class", "team", "district", "company", "building", "street", "business",
        "vendor", "product", "item", "site", "host", "domain", "account", "login", "screen", "event", "program", "org",
        "organization", "department", "bus", "route", "device", "app", "project",
    ]
    static let studentWords: Set<Substring> = ["student", "students", "grade", "homeroom", "guardian", "parent", "school", "pupil"]
}
