import Detectors
import Foundation
@testable import Inspection
import TestSupport
import Testing

/// Personal records and rosters, read from whole messages: table rows by their column
/// headers, sentences by the names in them.
/// Invented names, and a CSV of `rows` rows under `header`.
enum Rows {
    static let names = ["Jordan Smith", "Maria Lopez", "Ava Chen", "Liam Brown", "Noah Davis", "Emma Wilson", "Mia Clark"]

    static func csv(_ header: String, rows: Int, _ row: (Int) -> String) -> String {
        ([header] + (0..<rows).map(row)).joined(separator: "\r\n")
    }
}

@Suite("Records and rosters")
struct RecordTests {
    static let inspector: Inspector = {
        let sources = try! Repository.patternFiles().map { PatternSource(name: $0.name, text: $0.text) }
        var contacts = KnownValues()
        _ = contacts.add("860-555-0100")
        _ = contacts.add("100 Main Street, Hartford, CT 06103")
        return Inspector(rules: try! RuleSet.load(sources, limits: ScanLimits()).get(), records: RecordSettings(districtContacts: contacts))
    }()

    static func message(_ body: String, csv: String? = nil) -> [UInt8] {
        var text = "From: a@district.example\r\nTo: b@district.example\r\nSubject: list\r\nMIME-Version: 1.0\r\n"
        if let csv {
            text += "Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\n\(body)\r\n"
            text += "--B\r\nContent-Type: text/csv; name=list.csv\r\nContent-Disposition: attachment; filename=list.csv\r\n\r\n\(csv)\r\n--B--\r\n"
        } else {
            text += "Content-Type: text/plain\r\n\r\n\(body)\r\n"
        }
        return Array(text.utf8)
    }

    /// `kind @ location: note` of the record findings.
    static func records(_ raw: [UInt8]) -> [String] {
        inspector.inspect(raw).findings.filter { RecordSettings.kinds.contains($0.kind) }.map { "\($0.kind) @ \($0.location): \($0.note ?? "")" }
    }

    @Test("rows that name a person with a personal field, counted per message", arguments: [
        // A class list: student columns make it a student roster.
        (Rows.csv("Student Name,Grade,DOB,Guardian Phone", rows: 6) { "\(Rows.names[$0]),3,03/1\($0)/2016,(860) 555-014\($0)" },
         ["student-roster @ attachment list.csv: roster of 6 students: name, DOB, guardian phone"]),
        // A staff phone list: people, no students.
        (Rows.csv("Employee,Department,Cell", rows: 5) { "\(Rows.names[$0]),Facilities,860-555-015\($0)" },
         ["personal-roster @ attachment list.csv: roster of 5 records: name, phone"]),
        // Four records: no roster; one with record terms is a student record.
        (Rows.csv("Name,Home Address,Notes", rows: 4) { "\(Rows.names[$0]),\(12 + $0) Elm St,\($0 == 0 ? "IEP review in May" : "")" },
         ["student-record @ attachment list.csv: 1 confidential record naming a person: name, home address, record terms"]),
        // Scores of named students: a gradebook, whatever else it holds.
        (Rows.csv("Student Name,Grade,Reading Score", rows: 8) { "\(Rows.names[$0 % 7]),3,9\($0)" },
         ["student-roster @ attachment list.csv: gradebook of 8 students: name, grades"]),
        // Names with a grade level only, and personal fields without names, are no records.
        (Rows.csv("Student Name,Grade,Homeroom", rows: 8) { "\(Rows.names[$0 % 7]),3,2B" }, []),
        (Rows.csv("Order,Ship To,Phone", rows: 8) { "10\($0),\(12 + $0) Elm St,860-555-016\($0)" }, []),
        // The district's own office number is no field.
        (Rows.csv("Name,Office Phone", rows: 6) { "\(Rows.names[$0]),860-555-0100" }, []),
        // A school name column is no person.
        (Rows.csv("School Name,Address", rows: 6) { "School \($0),\(12 + $0) Elm St" }, []),
    ])
    func tables(_ csv: String, _ expected: [String]) {
        #expect(Self.records(Self.message("See attached.", csv: csv)) == expected)
    }

    @Test("a roster in a pasted table, with the header's fields and never a value")
    func pastedTable() {
        let table = (["Student\tHomeroom\tStudent ID\tAddress"] + (0..<5).map { "\(Rows.names[$0])\t2B\t12345674\t\(20 + $0) Oak Ln" })
            .joined(separator: "\n")
        let found = Self.records(Self.message("Bus list:\n\n" + table))
        #expect(found == ["student-roster @ body (text/plain): roster of 5 students: name, home address, student ID"])
    }

    @Test("sentences that name a person with a DOB, address, student ID or record term", arguments: [
        ("Jordan Smith's IEP meeting is on Tuesday.", ["student-record @ body (text/plain): 1 confidential record naming a person: name, record terms"]),
        ("Ms. Rivera asked whether her son has a 504 plan.", ["student-record @ body (text/plain): 1 confidential record naming a person: name, record terms"]),
        ("My daughter Ava takes medication at noon.", ["student-record @ body (text/plain): 1 confidential record naming a person: name, record terms"]),
        // No name in the sentence: no record.
        ("The IEP meeting room is 214.", []),
        ("Disability Awareness Week starts Monday.", []),
        ("Special Education staff meet on Friday.", []),
        // A name and a DOB without record terms: a record, but not a confidential one.
        ("Jordan Smith, DOB 03/14/2016, starts Monday.", []),
        // Name and term in different sentences.
        ("Jordan Smith is new. The IEP team meets Friday.", []),
        // A signature: name and address on separate lines.
        ("Thanks,\nPat Rivera\nAcme Tutoring\n12 Elm St, Hartford, CT 06105", []),
    ])
    func prose(_ body: String, _ expected: [String]) {
        #expect(Self.records(Self.message(body)) == expected)
    }

    @Test("five named sentences with DOBs make a roster")
    func proseRoster() {
        let body = (0..<5).map { "\(Rows.names[$0]) (DOB 03/1\($0)/2016) joins Room 4." }.joined(separator: "\n")
        #expect(Self.records(Self.message(body)) == ["personal-roster @ body (text/plain): roster of 5 records: name, DOB"])
    }

    @Test("record vocabulary is context, never a finding of its own")
    func termsAreContext() {
        let findings = Self.inspector.inspect(Self.message("Jordan Smith's IEP meeting is on Tuesday.")).findings
        #expect(!findings.contains { $0.kind == RecordSettings.termKind })
    }

    @Test("names as people write them", arguments: [
        ("Jordan Smith has a cold", true), ("Ms. Rivera called", true), ("Dr. O'Neil wrote", true), ("my son Jordan", true),
        ("Maria McKay-Lopez", true), ("The IEP Team", false), ("Lincoln Elementary School", false), ("Special Education", false),
        ("on Tuesday March 3", false), ("I'm Sam", false), ("Annual Review", false), ("Jordan, Smith", false),
    ])
    func names(_ text: String, _ named: Bool) {
        #expect(PersonName.appears(in: Substring(text)) == named)
    }
}
