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

    /// The field a finding of `kind` fills; a phone under a guardian's column is theirs.
    init?(kind: String, column: Set<Substring>) {
        switch kind {
        case "phone": self = column.isDisjoint(with: ["guardian", "parent", "mother", "father", "emergency"]) ? .phone : .guardianPhone
        case "street-address": self = .homeAddress
        case "date-of-birth": self = .birthDate
        case "student-id": self = .studentID
        case "ssn", "itin": self = .ssn
        case "card": self = .card
        case RecordSettings.termKind: self = .recordTerms
        default: return nil
        }
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
struct RecordCollector {
    private struct Row {
        var named = false
        var fields: Set<PersonalField> = []
    }

    private struct Record {
        var place: String
        var fields: Set<PersonalField>
        var student: Bool
    }

    private struct RowKey: Hashable {
        var table: String
        var row: Int
    }

    private var rows: [RowKey: Row] = [:]
    private var rowOrder: [RowKey] = []
    private var studentTables: Set<String> = []
    private var proseRecords: [Record] = []
    private var columns: [String: ColumnRole] = [:]

    mutating func add(_ segment: TextSegment, _ found: [(offset: Int, finding: Finding)]) {
        if let cell = segment.cell {
            addCell(cell, text: segment.text, found.map(\.finding))
        } else {
            addProse(segment, found)
        }
    }

    private mutating func addCell(_ cell: TableCell, text: String, _ found: [Finding]) {
        let role = role(of: cell.column)
        if role.student { studentTables.insert(cell.table) }
        let fields = found.compactMap { PersonalField(kind: $0.kind, column: role.words) }
        let named = role.names && PersonName.looksLikeName(cell.value(of: text))
        guard named || !fields.isEmpty else { return }
        let key = RowKey(table: cell.table, row: cell.row)
        if rows[key] == nil { rowOrder.append(key) }
        rows[key, default: Row()].named = rows[key, default: Row()].named || named
        rows[key, default: Row()].fields.formUnion(fields)
    }

    private mutating func addProse(_ segment: TextSegment, _ found: [(offset: Int, finding: Finding)]) {
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
            let fields = bySentence[sentence]!
            proseRecords.append(Record(place: segment.location, fields: fields, student: !fields.isDisjoint(with: PersonalField.studentFields)))
        }
    }

    /// The roster or student-record finding for the message, if any.
    func findings(minRecords: Int) -> [Finding] {
        let rowRecords = rowOrder.compactMap { key -> Record? in
            guard let row = rows[key], row.named, !row.fields.isEmpty else { return nil }
            let student = studentTables.contains(key.table) || !row.fields.isDisjoint(with: PersonalField.studentFields)
            return Record(place: Self.document(of: key.table), fields: row.fields, student: student)
        }
        let records = rowRecords + proseRecords
        guard !records.isEmpty else { return [] }
        if records.count >= minRecords {
            let kind = records.contains(where: \.student) ? RecordSettings.studentRosterKind : RecordSettings.personalRosterKind
            return [finding(kind, records, count: records.count, note: "roster of \(records.count) records")]
        }
        let withTerms = records.filter { $0.fields.contains(.recordTerms) }
        guard !withTerms.isEmpty else { return [] }
        let noun = withTerms.count == 1 ? "record" : "records"
        return [finding(RecordSettings.studentRecordKind, withTerms, count: withTerms.count,
                        note: "\(withTerms.count) confidential \(noun) naming a person")]
    }

    /// The document a table is in: `attachment a.pdf › page 2 › table 1` → `attachment a.pdf`
    /// (a spreadsheet's sheet stays: it is a document of its own).
    static func document(of table: String) -> String {
        var place = Substring(table)
        for marker in [" › table ", " › page "] {
            if let range = place.ranges(of: marker).last { place = place[..<range.lowerBound] }
        }
        return String(place)
    }

    /// One finding for `records`: where most of them are, how many, which fields (never a value).
    private func finding(_ kind: String, _ records: [Record], count: Int, note: String) -> Finding {
        var perPlace: [String: Int] = [:]
        var places: [String] = []
        for record in records {
            if perPlace[record.place] == nil { places.append(record.place) }
            perPlace[record.place, default: 0] += 1
        }
        let top = places.max { perPlace[$0]! < perPlace[$1]! } ?? ""
        let others = places.count - 1
        let location = others == 0 ? top : "\(top) and \(others) other place\(others == 1 ? "" : "s")"
        let fields = Set(records.flatMap(\.fields)).union([.name])
        let named = PersonalField.allCases.filter(fields.contains).map(\.rawValue).joined(separator: ", ")
        return Finding(
            ruleID: kind, kind: kind, confidence: .high, location: location, redacted: "", action: .accept, section: "3",
            note: "\(note): \(named)", valueID: Finding.valueID(kind: kind, normalized: String(count))
        )
    }

    /// What a column's header says about its cells, worked out once per header.
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
        "person", "member", "full", "legal", "preferred", "given", "family", "of",
    ]
    /// Names that are not people's ("School Name", "File Name").
    static let notPeople: Set<Substring> = [
        "school", "user", "file", "course", "class", "team", "district", "company", "building", "street", "business",
        "vendor", "product", "item", "site", "host", "domain", "account", "login", "screen", "event", "program", "org",
        "organization", "department", "bus", "route", "device", "app", "project",
    ]
    static let studentWords: Set<Substring> = ["student", "students", "grade", "homeroom", "guardian", "parent", "school", "pupil"]
}
