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
        ("Jordan Smith's IEP meeting is on Tuesday.",
         ["student-record @ body (text/plain): 1 confidential record naming a person: name, record terms, special education"]),
        ("Ms. Rivera asked whether her son has a 504 plan.",
         ["student-record @ body (text/plain): 1 confidential record naming a person: name, record terms, special education"]),
        ("My daughter Ava takes medication at noon.",
         ["student-record @ body (text/plain): 1 confidential record naming a person: name, record terms, health"]),
        // Record content told over two sentences that call the student by name.
        ("I met with Mia Petrakis today. Mia is failing Chemistry and Geometry.",
         ["student-record @ body (text/plain): 1 confidential record naming a person: name, grades"]),
        // A student called by a first name alone, more than once, as who did or has something.
        ("Hello Imani,\n\nEvelyn came to the health room after lunch. Evelyn should stay home tomorrow.",
         ["student-record @ body (text/plain): 1 confidential record naming a person: name, health"]),
        ("Dear Levi Ellison,\n\nIt's time for Priya's annual IEP review. We will review Priya's reading goals.",
         ["student-record @ body (text/plain): 1 confidential record naming a person: name, record terms, special education"]),
        // A name written out once, then the first name alone; the sentence after that speaks of them.
        ("Santiago Ellison came in today. Please pick Santiago up by noon. He had a fever.",
         ["student-record @ body (text/plain): 1 confidential record naming a person: name, health"]),
        // A greeting's name is used once and is no one's subject; a first name said once is no one.
        ("Hi Maria,\n\nThe IEP training is Tuesday.", []),
        ("Priya will present the accommodations workshop on Friday.", []),
        // Titles in capitals, councils, schools and streets are no people.
        ("Special Education Parent Advisory Council (SEPAC)\nTopic: Reading the IEP, goals and services.", []),
        ("Special Education Professional Development - November 5, 2024\nLocation: Cedar Ridge MS, 3300 Kestrel Ridge Rd.", []),
        // The signature's job title, and a forwarded message's separator, are no record and no end.
        ("Please check birth dates against the IEP system.\n--\nRohan Everly\nSpecial Education Data Specialist", []),
        ("FYI.\n-----Original Message-----\nJordan Smith's IEP meeting moved to Tuesday.",
         ["student-record @ body (text/plain): 1 confidential record naming a person: name, record terms, special education"]),
        // Venues and vendors with their addresses: no person, no roster.
        ("Lincoln Park Pool, 12 Elm St\nAcme Printing, 40 Oak Ln\nRiverside Pizza, 7 Main St\nHartford Public Library, 500 Main St\nCity Dental, 9 Pine Rd", []),
        // A title in the signature is no record.
        ("See you Friday.\n--\nCamila Lockhart\nDirector of Special Education", []),
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

    /// Education records as exports, documents and forms hold them.
    static func attachment(_ name: String, _ type: String, _ text: String) -> [UInt8] {
        var message = "From: a@district.example\r\nTo: b@district.example\r\nSubject: file\r\nMIME-Version: 1.0\r\n"
        message += "Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nAttached.\r\n"
        message += "--B\r\nContent-Type: \(type); name=\(name)\r\nContent-Disposition: attachment; filename=\(name)\r\n\r\n\(text)\r\n--B--\r\n"
        return Array(message.utf8)
    }

    @Test("education records by what rows and documents hold, with look-alikes", arguments: [
        // Keyed by student ID with no name: still records.
        ("ids.csv", "text/csv", Rows.csv("StudentNumber,Q1 Grade,Absences", rows: 5) { "48\(2917 + $0),B+,\($0)" },
         ["student-roster @ attachment ids.csv: gradebook of 5 students: name, student ID, grades, attendance"]),
        // A gradebook with points in its headers under a title line.
        ("gb.csv", "text/csv", "Grade Book Export,ALG1,Term Q1\r\n" + Rows.csv("Student Name,Quiz 3 (25),Unit Test (100),Term Grade", rows: 5) {
            "\(Rows.names[$0]),2\($0),8\($0),B"
        }, ["student-roster @ attachment gb.csv: gradebook of 5 students: name, grades"]),
        // One student's transcript: the label names the student, the course table has no names.
        ("t.txt", "text/plain", "Student Name: Esme Halvorsen\nCumulative GPA: 3.62\n\nCourse\tMark\tCredits\nEnglish 9\tA-\t0.5\nBiology\tB+\t0.5",
         ["student-record @ attachment t.txt: 1 confidential record naming a person: name, grades"]),
        // Side-by-side label/value pairs; a bare ID in a form about a student is the student's.
        ("f.txt", "text/plain", "Student\tRowan Pruitt\tBirthdate\t03/30/2013\nID\t652754\tMeeting\t10/24/2024\nDisability\tOHI\tPlan\t504",
         ["student-record @ attachment f.txt: 1 confidential record naming a person: name, DOB, student ID, record terms, special education"]),
        // A teacher's table of courses and credits, and a grade-level list: no student's record.
        ("c.csv", "text/csv", Rows.csv("Teacher Name,Course,Credits,Grade Level", rows: 6) { "\(Rows.names[$0]),Algebra,1.0,9" }, [String]()),
        ("l.csv", "text/csv", Rows.csv("Student Name,Grade,Homeroom,Locker", rows: 6) { "\(Rows.names[$0]),5,2B,1\($0)" }, [String]()),
        // Class averages: no student at all.
        ("a.csv", "text/csv", Rows.csv("Period,Class Average,Absences", rows: 6) { "\($0 + 1),8\($0).5,\($0)" }, [String]()),
        // A meal menu choice is no meal eligibility; a meal status is.
        ("m.csv", "text/csv", Rows.csv("Student Name,Meal Choice", rows: 6) { "\(Rows.names[$0]),Pasta" }, [String]()),
        ("e.csv", "text/csv", Rows.csv("Student Name,Meal Status", rows: 6) { "\(Rows.names[$0]),\($0 % 2 == 0 ? "Free" : "Reduced")" },
         ["student-roster @ attachment e.csv: meal eligibility list of 6 students: name, meal eligibility"]),
    ])
    func educationRecords(_ name: String, _ type: String, _ text: String, _ expected: [String]) {
        #expect(Self.records(Self.attachment(name, type, text)) == expected)
    }

    @Test("a student's record told in the message beside a roster attached is a record of its own; the message about the roster is not", arguments: [
        ("Attached is the health log. Separately: Talia Valdez's inhaler expired on Friday.",
         ["student-roster @ attachment list.csv: health log of 6 students: name, record terms, health",
          "student-record @ body (text/plain): 1 confidential record naming a person: name, health"]),
        ("Attached is Ms. Rivera's health log for the week.", ["student-roster @ attachment list.csv: health log of 6 students: name, record terms, health"]),
    ])
    func recordBesideRoster(_ body: String, _ expected: [String]) {
        let log = Rows.csv("Student Name,Medication", rows: 6) { "\(Rows.names[$0]),Albuterol" }
        #expect(Self.records(Self.message(body, csv: log)) == expected)
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
        ("Cedar Ridge Middle School", false), ("Cedar Ridge MS", false), ("3300 Kestrel Ridge Rd", false),
        ("Parent Advisory Council", false), ("Special Education Data Specialist", false),
        ("Special Education Professional Development - November", false), ("Student Name: Esme Halvorsen", true),
    ])
    func names(_ text: String, _ named: Bool) {
        #expect(PersonName.appears(in: Substring(text)) == named)
    }
}
