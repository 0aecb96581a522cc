import Detectors
import TestSupport
import Testing

/// Phone numbers, street addresses, birth dates, student IDs and record terms: each as people
/// write it, next to the look-alikes that must not count.
@Suite("Personal data rules")
struct PersonalDataTests {
    /// The findings of one kind in `text`, with the shipped rules.
    static func found(_ kind: String, in text: String, known: KnownValues = KnownValues()) throws -> [Finding] {
        try shippedRules().makeScanner(known: known).scan(text, location: "body (text/plain)").filter { $0.kind == kind }
    }

    @Test("phone numbers as people write them, one value however written", arguments: [
        "Call me at (860) 555-0142 after school.", "Cell 860.555.0142", "Flowers: order by 12/7: 860-555-0142", "+1 860 555 0142", "860-555-0142 x12",
        "Home: 1-860-555-0142 ext. 4", "(860)555-0142", "Phone: 8605550142", "tel 18605550142", "860 555 0142.",
    ])
    func phones(_ text: String) throws {
        let found = try Self.found("phone", in: text)
        #expect(found.map(\.redacted) == ["***-***-0142"])
        #expect(found.first?.valueID == Finding.valueID(kind: "phone", normalized: "8605550142"))
    }

    @Test("not phone numbers", arguments: [
        "Call 911 now", "860-911-0142 is a service code", "Area code 190-555-0142 is not assigned", "Exchange 860-155-0142",
        "ZIP+4 06103-1234", "Order no. 860-555-0142 shipped", "Tracking 860-555-0142", "Dates 2026-03-14 and 03-14-2026", "Card 4532 5260 1815 9080",
        "SSN 536-90-4399", "Ref 860-555-1234 5678", "https://example.org/860-555-0142", "8605550142 with no label",
        "Invoice 8605550142", "Version 10.555.20260", "Scores 860-555-014", "IP 192.168.100.200",
    ])
    func notPhones(_ text: String) throws {
        #expect(try Self.found("phone", in: text).isEmpty)
    }

    @Test("street addresses, compared without unit, city or ZIP", arguments: [
        ("We moved to 1420 North Maple Avenue, Apt 3B, Hartford, CT 06105.", "1420 n maple ave"),
        ("1420 N. Maple Ave", "1420 n maple ave"),
        ("Home address: 77 ELM ST", "77 elm st"),
        ("9 Martin Luther King Jr Blvd #4", "9 martin luther king jr blvd"),
        ("Her new address is 12 5th Ave, New Haven, CT 06511", "12 5th ave"),
        ("Send it to 230 Old County Rd.", "230 old county rd"),
        ("Pick-up at 48 Court Street", "48 court st"),
    ])
    func addresses(_ text: String, _ canonical: String) throws {
        let found = try Self.found("street-address", in: text)
        #expect(found.count == 1)
        #expect(found.first?.valueID == Finding.valueID(kind: "street-address", normalized: canonical))
        #expect(found.first?.redacted == "********")
    }

    @Test("not street addresses", arguments: [
        "PO Box 1200, Hartford, CT 06103", "Lincoln Elementary School, Room 214", "We need 12 more chairs on the street.",
        "Grade 3 reading scores", "Call 860-555-0142", "Chapter 12 Review", "Main Street Bakery", "0 Elm St",
    ])
    func notAddresses(_ text: String) throws {
        #expect(try Self.found("street-address", in: text).isEmpty)
    }

    @Test("a date is a birth date only under a birth label", arguments: [
        ("DOB: 03/14/2011", "2011-03-14"), ("Date of birth 2011-03-14", "2011-03-14"),
        ("Jordan was born on March 14, 2011.", "2011-03-14"), ("Birthdate 14 Mar 2011", "2011-03-14"),
        ("D.O.B. 3/14/11", "2011-03-14"), ("Birth Date: 02/29/2012", "2012-02-29"), ("DOB 1/2/1999", "1999-01-02"),
    ])
    func birthDates(_ text: String, _ iso: String) throws {
        let found = try Self.found("date-of-birth", in: text)
        #expect(found.first?.valueID == Finding.valueID(kind: "date-of-birth", normalized: iso))
        #expect(found.count == 1)
    }

    @Test("not birth dates", arguments: [
        "The meeting is on 03/14/2026.", "Invoice date 2011-03-14", "DOB: 02/30/2011", "DOB: 02/29/2011", "DOB 03/14/2090",
        "DOB 13/14/2011", "Birthday party on Friday 3/14", "Born and raised in Hartford. Our next concert, tickets on sale now, is on 2026-03-14.",
        "DOB forms are due back before the field trip on 03/14/2026", "Due 03/14/2011",
    ])
    func notBirthDates(_ text: String) throws {
        #expect(try Self.found("date-of-birth", in: text).isEmpty)
    }

    @Test("student IDs: any format after its label, the example district's check digit with the label further off", arguments: [
        ("Student ID: 12345674", "12345674"), ("Student ID: 12345675", "12345675"), ("Local ID 4821", "4821"),
        ("STUDENT NUMBER: s-0042137", "S0042137"), ("SASID 1029384756", "1029384756"), ("State Student ID: NY1029384756", "NY1029384756"),
        ("Jordan Smith, student #4820171", "4820171"), ("The student ID the office gave Jordan is 4820171", "4820171"),
        ("The student ID the office gave Jordan is 4820172", nil), ("Order 12345674", nil), ("Employee ID 12345674", nil),
        ("12345674", nil), ("Student ID: 123", nil), ("Student ID: 03/14/2011", nil), ("Student ID: 860-555-0142", nil),
        ("Stu ID: 2011-03-14", nil),
    ] as [(String, String?)])
    func studentIDs(_ text: String, _ value: String?) throws {
        let findings = try Self.found("student-id", in: text)
        #expect(findings.map(\.valueID) == (value.map { [Finding.valueID(kind: "student-id", normalized: $0)] } ?? []))
    }

    @Test("birth dates as exports write them: compact, serial, named months with dashes", arguments: [
        ("DOB: 20110314", "2011-03-14"), ("BIRTH DATE: 40616", "2011-03-14"), ("Birth Dt: 14-Mar-2011", "2011-03-14"),
        ("Birthdate 2011/03/14", "2011-03-14"), ("DOB 3/4/11", "2011-03-04"), ("Invoice 20110314", nil), ("DOB: 20111314", nil),
        ("Order 40616", nil),
    ] as [(String, String?)])
    func compactBirthDates(_ text: String, _ value: String?) throws {
        let findings = try Self.found("date-of-birth", in: text)
        #expect(findings.map(\.valueID) == (value.map { [Finding.valueID(kind: "date-of-birth", normalized: $0)] } ?? []))
    }

    @Test("record vocabulary is found as context", arguments: [
        ("Jordan's IEP meeting is Tuesday.", true), ("She has a 504 plan.", true), ("He qualifies for free or reduced-price lunch.", true),
        ("Dad has sole custody.", true), ("Special education eligibility review", true), ("He was suspended for two days.", true),
        ("He sped up on the track.", false), ("We had a lively discussion.", false), ("The field trip is Tuesday.", false),
    ])
    func recordTerms(_ text: String, _ found: Bool) throws {
        #expect(try !Self.found("student-record-term", in: text).isEmpty == found)
    }

    @Test("the district's own numbers and addresses are never findings; others still are")
    func districtContacts() throws {
        var known = KnownValues()
        let added = ["(860) 555-0100", "100 Main Street, Hartford, CT 06103", "the front office"].map { known.add($0) }
        #expect(added == [true, true, false])
        let text = "Call 860.555.0100 or visit 100 Main St. My cell is 860-555-0142, home 12 Elm St."
        #expect(try Self.found("phone", in: text, known: known).map(\.redacted) == ["***-***-0142"])
        #expect(try Self.found("street-address", in: text, known: known).map(\.valueID) == [Finding.valueID(kind: "street-address", normalized: "12 elm st")])
    }

    @Test("validators read the value itself", arguments: [
        (Validator.nanp, "(203) 555-0187", String?("2035550187")), (.nanp, "+1 (203) 555-0187 x9", "2035550187"), (.nanp, "203-555-018", nil),
        (.nanp, "911-555-0187", nil), (.nanp, "203-055-0187", nil), (.nanp, "293-555-0187", nil),
        (.birthDate, "Feb 29, 2000", "2000-02-29"), (.birthDate, "Feb 29, 1900", nil), (.birthDate, "3/4/99", "1999-03-04"),
        (.birthDate, "3/4/05", "2005-03-04"), (.birthDate, "1899-01-01", nil),
        (.usStreet, "12 West St", "12 west st"), (.usStreet, "12 W Main Street Apt 2", "12 w main st"), (.usStreet, "12 Main", nil),
    ])
    func validators(_ validator: Validator, _ text: String, _ normalized: String?) {
        #expect(validator.normalized(Substring(text)) == normalized)
        #expect(validator.accepts(Substring(text)) == (normalized != nil))
    }
}

extension String {
    var digits: String { filter(\.isNumber) }
}
