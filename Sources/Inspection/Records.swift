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
    /// The rule of a student record that is a document or table (a transcript, an IEP, a few
    /// rows of a gradebook), not sentences about a student: policy rows may name it.
    public static let documentRuleID = "education-record"
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
    // What an education record holds besides who the student is (`RecordVocabulary`).
    case grades
    case attendance
    case health
    case services = "special education"
    case discipline
    case meals = "meal eligibility"
    /// A student's own personal data from a school's table or form (not a field of its own:
    /// it marks the record confidential, and is not named in notes).
    case studentPersonal = "student's personal data"

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
    /// The contents of an education record.
    static let contents: Set<PersonalField> = [.grades, .attendance, .health, .services, .discipline, .meals]
    /// Fields that make a record confidential on its own, one student's as much as a class's.
    static let confidential: Set<PersonalField> = contents.union([.recordTerms, .studentPersonal])
    /// Personal fields that, in a row about a student, are the student's record.
    static let studentPersonalFields: Set<PersonalField> = [.birthDate, .homeAddress, .guardianPhone]
    /// Fields that say the person is a student.
    static let studentFields: Set<PersonalField> = confidential.union([.studentID])
}

/// Reads records out of one message's texts as they are scanned.
///
/// - A table row is a record when it identifies a person (a name under a name column, or a
///   student ID: an export keyed by student ID with no name is still a record) and carries a
///   personal field (DOB, home address, phone, student ID, SSN, record terms) or the content
///   of an education record (grades, attendance, health, special education, discipline,
///   meal eligibility: `RecordVocabulary`, by its column). A row named only by a staff column
///   (Teacher, Coach) holds no student's record content.
/// - Outside tables, a sentence that names a person and has a DOB, address, student ID or
///   record term is a record; in the message's own text, so is one that tells a named
///   person's record content.
/// - A document about one identified student (a label such as "Student Name: Jordan Smith",
///   or a student ID) whose headings or unnamed rows hold record content (a transcript's
///   course table, an IEP, a nurse's note, a referral) is one record.
///
/// A document with `min_records` or more is a roster (so is the message, when its documents
/// hold that many between them); the other documents' confidential records (record content,
/// terms, or a student's DOB, address or guardian phone in a table or form) are a student
/// record.
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
        /// Named by a column of students' (or people's) names, not only by a staff column.
        var namedStudent = false
        var fields: Set<PersonalField> = []
        var contents: Set<PersonalField> = []
    }

    /// The records of one document (an attachment, a sheet, a body).
    private struct Tally {
        var records = 0
        var confidentialRecords = 0
        var studentRecords = 0
        /// Records read from table rows, forms and whole documents, not from sentences.
        var documentRecords = 0
        var fields: Set<PersonalField> = []
        /// Records holding each field: what most of them hold names a roster.
        var fieldCounts: [PersonalField: Int] = [:]
        /// Its tables have columns about students (grade, homeroom, guardian, ...).
        var studentColumns = false
        /// It names one student by a label or a student ID.
        var namesStudent = false
        /// Record content outside any record: an unnamed course table, a heading.
        var unclaimed: Set<PersonalField> = []
    }

    private var current: Row?
    private var tallies: [String: Tally] = [:]
    private var places: [String] = []
    private var columns: [String: ColumnRole] = [:]
    /// Document of each table seen (asked for every cell of a student column).
    private var documents: [String: String] = [:]
    /// The last table whose document was told it has a student column.
    private var studentTable: String?

    mutating func add(_ segment: TextSegment, _ found: [PlacedFinding]) {
        if let cell = segment.cell {
            addCell(cell, text: segment.text, found.map(\.finding))
        } else {
            addProse(segment, found)
        }
    }

    private mutating func addCell(_ cell: TableCell, text: String, _ found: [Finding]) {
        let role = role(of: cell.column)
        let value = cell.value(of: text)
        // Once per table: every cell of a student column would say it again.
        if role.student, studentTable != cell.table {
            tally(document(of: cell.table)) { $0.studentColumns = true }
            studentTable = cell.table
        }
        let fields = found.compactMap { PersonalField(kind: $0.kind, column: role.words) }
        let named = role.names && PersonName.looksLikeName(value)
        let content = role.content(of: value)
        guard named || !fields.isEmpty || content != nil else { return }
        let key = RowKey(table: cell.table, row: cell.row)
        if current?.key != key {
            finishRow()
            current = Row(key: key)
        }
        if named {
            current?.named = true
            if !role.staff { current?.namedStudent = true }
        }
        current?.fields.formUnion(fields)
        if let content { current?.contents.insert(content) }
    }

    private mutating func finishRow() {
        guard let row = current else { return }
        current = nil
        let document = document(of: row.key.table)
        let student = row.namedStudent || row.fields.contains(.studentID)
        var fields = row.fields
        if student { fields.formUnion(row.contents) }
        if row.fields.contains(.studentID) { tally(document) { $0.namesStudent = true } }
        // Named rows need a field; a row keyed by student ID alone needs one more.
        let identified = row.named || row.fields.contains(.studentID)
        if identified, row.named ? !fields.isEmpty : !fields.subtracting([.studentID]).isEmpty {
            // A student's DOB, home address or guardian's phone in a school's table or form is
            // part of the education record: confidential for one student as for thirty.
            let ofStudent = row.fields.contains(.studentID) || (row.namedStudent && tallies[document]?.studentColumns == true)
            if ofStudent, !fields.isDisjoint(with: PersonalField.studentPersonalFields) { fields.insert(.studentPersonal) }
            record(document, fields, fromDocument: true)
        } else if !row.named {
            tally(document) { $0.unclaimed.formUnion(row.contents) }
        }
    }

    private mutating func addProse(_ segment: TextSegment, _ found: [PlacedFinding]) {
        let document = document(of: segment.location)
        let text = Substring(segment.text)
        let contents = RecordVocabulary.content(ofDocument: text)
        let namesStudent = RecordVocabulary.namesStudent(text) || found.contains { $0.finding.kind == "student-id" }
        if namesStudent || !contents.isEmpty {
            tally(document) { tally in
                tally.unclaimed.formUnion(contents)
                if namesStudent { tally.namesStudent = true }
            }
        }
        let relevant = found.compactMap { item in
            PersonalField(kind: item.finding.kind, column: []).flatMap { PersonalField.proseFields.contains($0) ? (item.offset, $0) : nil }
        }
        // The message's own text (attachments are documents, read whole above) may tell a
        // person's record content in sentences.
        let readsContent = !contents.isEmpty && !segment.location.contains("attachment ")
        guard !relevant.isEmpty || readsContent else { return }
        let sentences = Sentences(segment.text)
        // A message's signature ("Special Education Data Specialist") is its sender's, not a record.
        let end = segment.location.contains("attachment ") ? Int.max : sentences.signature ?? Int.max
        var bySentence: [Range<Int>: Set<PersonalField>] = [:]
        for (offset, field) in relevant where offset < end {
            bySentence[sentences.range(around: offset), default: []].insert(field)
        }
        var named = Set(bySentence.keys.filter { PersonName.appears(in: sentences.text($0)) })
        if readsContent { addContentSentences(sentences, into: &bySentence, named: &named) }
        for sentence in bySentence.keys.sorted(by: { $0.lowerBound < $1.lowerBound }) where named.contains(sentence) {
            record(document, bySentence[sentence]!, fromDocument: false)
        }
    }

    /// Sentences that tell a named person's record content: a sentence that names someone,
    /// or calls someone the text writes about by a name it wrote out before ("Santiago
    /// Ellison came to the health office. Please pick Santiago up") or uses alone
    /// (`PersonName.soleNames`), or the sentence after one of those that speaks of them ("…
    /// Please pick Santiago up. Our records show his tree nut allergy"). The signature (after "--") is not read.
    private func addContentSentences(_ sentences: Sentences, into bySentence: inout [Range<Int>: Set<PersonalField>], named: inout Set<Range<Int>>) {
        let end = sentences.signature ?? Int.max
        let body = sentences.all.prefix { $0.lowerBound < end }.map { ($0, sentences.text($0)) }
        var known = PersonName.soleNames(in: Substring(body.map(\.1).joined(separator: "\n")))
        var previousMentions = false
        for (sentence, text) in body {
            // A line of a name alone (a greeting, a signature) tells nothing.
            let long = text.hasFourWords
            var names = false
            if long {
                let found = PersonName.names(in: text)
                names = !found.titled.isEmpty
                known.formUnion(found.untitled)
            }
            let words = text.letterWords
            let mentions = names || words.contains { known.contains(PersonName.bare($0)) }
            // "… Santiago. He" and not "… Jordan Smith is new. The IEP team meets Friday."
            let refers = previousMentions && words.contains { PersonName.pronouns.contains($0.lowercased()) }
            defer { previousMentions = mentions }
            let content = RecordVocabulary.content(ofDocument: text)
            guard !content.isEmpty, mentions || refers else { continue }
            bySentence[sentence, default: []].formUnion(content)
            named.insert(sentence)
        }
    }

    private mutating func record(_ place: String, _ fields: Set<PersonalField>, fromDocument: Bool) {
        tally(place) { tally in
            tally.records += 1
            tally.fields.formUnion(fields)
            for field in fields { tally.fieldCounts[field, default: 0] += 1 }
            if !fields.isDisjoint(with: PersonalField.confidential) { tally.confidentialRecords += 1 }
            if !fields.isDisjoint(with: PersonalField.studentFields) { tally.studentRecords += 1 }
            if fromDocument { tally.documentRecords += 1 }
        }
    }

    private mutating func tally(_ place: String, _ change: (inout Tally) -> Void) {
        if tallies[place] == nil { places.append(place) }
        change(&tallies[place, default: Tally()])
    }

    /// A document about one named student with record content and no record of its own (a
    /// transcript's course table has no name column) is that student's record. A sentence
    /// there may already have named the student ("Student Name: …, Student ID: …"): then that
    /// record is the one the content belongs to.
    private mutating func claimDocumentContent() {
        for place in places {
            guard let tally = tallies[place], tally.confidentialRecords == 0, tally.namesStudent, !tally.unclaimed.isEmpty else { continue }
            if tally.records == 0 {
                record(place, tally.unclaimed.union([.name]), fromDocument: true)
            } else {
                self.tally(place) { tally in
                    tally.fields.formUnion(tally.unclaimed)
                    tally.confidentialRecords = 1
                    tally.studentRecords = max(tally.studentRecords, 1)
                    tally.documentRecords = max(tally.documentRecords, 1)
                    for field in tally.unclaimed { tally.fieldCounts[field, default: 0] += 1 }
                }
            }
        }
    }

    /// The roster or student-record finding for the message, if any.
    mutating func finish(minRecords: Int) -> [Finding] {
        finishRow()
        claimDocumentContent()
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
        // Documents with `minRecords` records are rosters; so is the whole message when its
        // documents hold that many between them (a list split over files). The other
        // documents' confidential records are a student record beside the roster.
        var rosters = counted.filter { $0.1.records >= minRecords }
        if rosters.isEmpty, counted.reduce(0, { $0 + $1.1.records }) >= minRecords { rosters = counted }
        let rosterPlaces = Set(rosters.map(\.0))
        var findings: [Finding] = []
        if !rosters.isEmpty {
            let total = rosters.reduce(0) { $0 + $1.1.records }
            let student = rosters.contains { $0.1.studentRecords > 0 || $0.1.studentColumns }
            let counts = rosters.reduce(into: [PersonalField: Int]()) { counts, place in counts.merge(place.1.fieldCounts, uniquingKeysWith: +) }
            let note = student ? "\(Self.title(of: counts)) of \(total) students" : "roster of \(total) records"
            findings.append(finding(student ? RecordSettings.studentRosterKind : RecordSettings.personalRosterKind, ruleID: nil,
                                    rosters.map { ($0.0, $0.1.records, $0.1.fields) }, note: note))
        }
        // Beside a roster, only documents count: the message's sentences are about the roster.
        let confidential = counted.filter { place in
            !rosterPlaces.contains(place.0) && place.1.confidentialRecords > 0
        }
        let count = confidential.reduce(0) { $0 + $1.1.confidentialRecords }
        guard count > 0 else { return findings }
        // A document (a table, a form, a transcript) is the record itself; sentences talk about one.
        let ruleID = confidential.contains { $0.1.documentRecords > 0 } ? RecordSettings.documentRuleID : nil
        findings.append(finding(RecordSettings.studentRecordKind, ruleID: ruleID, confidential.map { ($0.0, $0.1.confidentialRecords, $0.1.fields) },
                                note: "\(count) confidential \(count == 1 ? "record" : "records") naming a person"))
        return findings
    }

    /// What a roster of students is, by the content most of its records hold ("gradebook",
    /// "health log"): a roster when none holds any, or when fewer than half hold the most held.
    static func title(of counts: [PersonalField: Int]) -> String {
        let titles: [(PersonalField, String)] = [
            (.grades, "gradebook"), (.health, "health log"), (.services, "special-education caseload"),
            (.discipline, "discipline log"), (.attendance, "attendance report"), (.meals, "meal eligibility list"),
        ]
        let records = counts[.name] ?? counts.values.max() ?? 0
        guard let top = titles.max(by: { counts[$0.0, default: 0] < counts[$1.0, default: 0] }),
              counts[top.0, default: 0] * 2 >= max(records, 1)
        else { return "roster" }
        return top.1
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
    /// `attachment a.pdf` (a spreadsheet's sheet stays: it is a document of its own; its
    /// cells `Sheet1!E1` are in it).
    static func document(of table: String) -> String {
        var place = Substring(table)
        // A sheet's cell (`… › Sept!E1`, a title above the table) is in the sheet.
        // (Looked for on the bytes first: most places have no "!".)
        if place.utf8.contains(33), let bang = place.lastIndex(of: "!"), !place[bang...].contains(" › ") { place = place[..<bang] }
        // Most places have no " › " at all ("body (text/plain)"): no search for the markers.
        // (0xBA is the last byte of "›" in UTF-8: without one, no marker can stand there.)
        guard place.utf8.contains(0xBA) else { return String(place) }
        for marker in [" › row ", " › table ", " › page "] {
            if let start = lastStart(of: marker, in: place) { place = place[..<start] }
        }
        return String(place)
    }

    /// Where the last of `place.ranges(of: marker)` starts: found on the bytes when each
    /// scalar is a character (a place is short, and most are).
    private static func lastStart(of marker: String, in place: Substring) -> Substring.Index? {
        guard place.scalarsStandAlone else { return place.ranges(of: marker).last?.lowerBound }
        let bytes = Array(place.utf8)
        let pattern = Array(marker.utf8)
        var last: Int?
        var start = 0
        // Forward and without overlaps, as `ranges(of:)` finds them.
        while start + pattern.count <= bytes.count {
            if bytes[start..<(start + pattern.count)].elementsEqual(pattern) {
                last = start
                start += pattern.count
            } else {
                start += 1
            }
        }
        return last.map { place.utf8.index(place.startIndex, offsetBy: $0) }
    }

    /// One finding for records in `places` (place, how many, which fields): where most of
    /// them are, the count (in `note`) and which fields, never a value.
    private func finding(_ kind: String, ruleID: String?, _ places: [(place: String, count: Int, fields: Set<PersonalField>)], note: String) -> Finding {
        let count = places.reduce(0) { $0 + $1.count }
        let top = places.max { $0.count < $1.count }?.place ?? ""
        let others = places.count - 1
        let location = others == 0 ? top : "\(top) and \(others) other place\(others == 1 ? "" : "s")"
        let fields = places.reduce(Set<PersonalField>([.name])) { $0.union($1.fields) }
        let named = PersonalField.allCases.filter { fields.contains($0) && $0 != .studentPersonal }.map(\.rawValue).joined(separator: ", ")
        return Finding(
            ruleID: ruleID ?? kind, kind: kind, confidence: .high, location: location, redacted: "", action: .accept, section: "3",
            note: "\(note): \(named)", valueID: Finding.valueID(kind: kind, normalized: String(count))
        )
    }

    /// The document a table is in, worked out once per table.
    private mutating func document(of table: String) -> String {
        if let known = documents[table] { return known }
        let document = Self.document(of: table)
        documents[table] = document
        return document
    }

    /// What a column's header says about its cells, worked out once per header.
    private mutating func role(of column: String) -> ColumnRole {
        // The current table's few columns, compared before hashing: a header's cells share
        // its string, which compares at once.
        if let recent = recentRoles.first(where: { $0.column == column }) { return recent.role }
        let role = columns[column] ?? ColumnRole(column)
        columns[column] = role
        if recentRoles.count == Self.recentColumns { recentRoles.removeAll(keepingCapacity: true) }
        recentRoles.append((column, role))
        return role
    }

    private var recentRoles: [(column: String, role: ColumnRole)] = []
    private static let recentColumns = 16
}

/// What a column header says: its cells name a person (a student, or staff), the table is
/// about students, or its cells hold an education record's content.
struct ColumnRole {
    let words: Set<Substring>
    let names: Bool
    /// A column of staff names (Teacher, Coach Name): a person, but not the record's student.
    let staff: Bool
    let student: Bool
    let content: PersonalField?

    init(_ header: String) {
        let lowered = header.lowercased()
        // `guardian1` is also `guardian`: exports number their repeated columns.
        let tokens = lowered.split { !$0.isLetter && !$0.isNumber }
        words = Set(tokens + tokens.compactMap { token in
            let letters = token.prefix { $0.isLetter }
            return letters.count > 1 && letters.count < token.count ? letters : nil
        })
        names = !words.isEmpty && (words.contains("name") ? words.isDisjoint(with: Self.notPeople) : words.isSubset(of: Self.people))
        staff = names && !words.isDisjoint(with: Self.staffWords) && words.isDisjoint(with: Self.studentWords)
        student = !words.isDisjoint(with: Self.studentWords)
        content = names ? nil : RecordVocabulary.content(ofColumn: words)
    }

    /// The record content a cell under this column holds: none when blank, or when a "Grade"
    /// column gives a grade level.
    func content(of value: Substring) -> PersonalField? {
        guard let content, !RecordVocabulary.isBlank(value) else { return nil }
        if content == .grades, !words.isDisjoint(with: RecordVocabulary.gradeWords), RecordVocabulary.isGradeLevel(value) { return nil }
        return content
    }

    /// Headers that are a person by themselves ("Student", "Parent/Guardian", "First").
    static let people: Set<Substring> = [
        "student", "employee", "staff", "guardian", "parent", "pupil", "child", "first", "last", "surname", "contact",
        "person", "member", "full", "legal", "preferred", "given", "family", "of", "volunteer", "player", "athlete",
        "chaperone", "driver", "coach", "tutor", "mentor", "participant", "attendee", "camper", "patient", "resident",
        "rider", "passenger", "learner", "swimmer", "runner", "scholar", "wrestler", "golfer", "gymnast", "diver",
        "skier", "cheerleader", "dancer", "performer", "singer", "musician", "entrant", "competitor", "nominee",
    ]
    /// Names that are not people's ("School Name", "File Name").
    static let notPeople: Set<Substring> = [
        "school", "user", "file", "course", "class", "team", "district", "company", "building", "street", "business",
        "vendor", "product", "item", "site", "host", "domain", "account", "login", "screen", "event", "program", "org",
        "organization", "department", "bus", "route", "device", "app", "project",
    ]
    /// Names of the people who teach, coach or serve, not of the students a record is about.
    static let staffWords: Set<Substring> = [
        "teacher", "instructor", "employee", "staff", "coach", "driver", "chaperone", "volunteer", "sponsor", "advisor",
        "counselor", "nurse", "principal", "substitute", "sub", "faculty", "presenter", "manager", "provider", "author",
        "submitted", "reporter", "case", "therapist", "psychologist", "administrator",
    ]
    static let studentWords: Set<Substring> = ["student", "students", "grade", "gr", "grd", "homeroom", "guardian", "parent", "school", "pupil"]
}
