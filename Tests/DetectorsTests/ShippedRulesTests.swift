import Detectors
import TestSupport
import Testing

@Suite("Shipped rules")
struct ShippedRulesTests {
    @Test("every shipped rule has examples and passes them")
    func examplesPass() throws {
        let rules = try shippedRules()
        #expect(rules.rules.count >= 8)
        for rule in rules.rules {
            #expect(!rule.examples.isEmpty, "rule \(rule.id) has no example")
            #expect(!rule.counterExamples.isEmpty, "rule \(rule.id) has no look-alike ('not') example")
        }
        #expect(rules.selfTest().isEmpty)
    }

    @Test("finds sensitive values", arguments: [
        ("Her SSN is 536-90-4399.", ["ssn:***-**-4399"]),
        ("SSN 536 90 4399", ["ssn:***-**-4399"]),
        ("ss# 536.90.4399", ["ssn:***-**-4399"]),
        ("Social Security Number: 536904399", ["ssn:***-**-4399"]),
        ("536-90-4399", ["ssn:***-**-4399"]),
        ("ITIN 912-78-1234", ["itin:***-**-1234"]),
        ("Visa 4532 5260 1815 9080 exp 04/27", ["card:**** **** **** 9080"]),
        ("charge 4532-5260-1815-9080", ["card:**** **** **** 9080"]),
        ("Amex 3714 824628 19484", ["card:**** **** *** 9484"]),
        ("card number 6011219935181909", ["card:**** **** **** 1909"]),
        ("use 4111 1111 1111 1111 in the sandbox", ["test-card:**** **** **** 1111"]),
        ("username: jsmith pw: summer2024!", ["password:********"]),
        ("SSN 536-90-4399 and card 4532526018159080", ["ssn:***-**-4399", "card:**** **** **** 9080"]),
    ])
    func positives(_ text: String, _ expected: [String]) throws {
        let found = try shippedRules().scan(text, location: "body (text/plain)").map { "\($0.kind):\($0.redacted)" }
        #expect(found == expected)
    }

    @Test("ignores look-alikes", arguments: [
        "Due 2026-11-16, also 11/16/2026 and 16.11.2026",          // dates
        "West Hartford, CT 06107-1234",                            // ZIP+4
        "ZIP 061071234",                                           // bare ZIP+4
        "Order number 4532526018159080 is confirmed",              // order number passing Luhn
        "Order 536904399 ships Monday",                            // nine digits, no SSN keyword
        "Tracking number 5425301661318608",                        // tracking number passing Luhn
        "Log timestamp 1732838400007",                             // millisecond timestamp
        "ISBN 978-0-306-40615-7 and 9780306406157",                // ISBNs
        "IMEI 352099001761481",                                    // IMEI
        "https://portal.example/students/536-90-4399/4532526018159080", // numbers in a URL
        "www.portal.example/id/536904399?ssn=536-90-4399",         // URL without scheme
        "Reply to receipts+4532526018159080@vendor.example",       // number in an address
        "SSN 000-12-3456",                                         // invalid SSN right after SSN
        "SSN: 666-45-6789",
        "SSN 536-00-4399",
        "SSN 078-05-1120",
        "SSN 123-45-6789",
        "SSN 912-45-1234",                                         // 9xx outside ITIN groups
        "Routing 011000015",                                       // routing number
        "part no. 536-90-4399",                                    // a part number label
        "Phone: 536 90 4399",
        "Your password is required to continue.",
        "Reset your password: click the link below",
    ])
    func negatives(_ text: String) throws {
        let found = try shippedRules().scan(text, location: "body (text/plain)")
        #expect(found.isEmpty, "found \(found.map { "\($0.ruleID):\($0.redacted)" })")
    }

    @Test("chain letters and pyramid schemes", arguments: [
        ("This has been sent around the world. Forward this to 10 people within 24 hours or bad luck will follow.", ["chain-letter"]),
        ("Kindly send this email to at least fifteen friends. Do not break the chain!", ["chain-letter"]),
        ("Send $5 to the first name on the list, then remove the first name and add your name to the bottom.", ["pyramid-scheme"]),
        ("Please forward this to your child's other parent or guardian.", []),
        ("Could you send this to the 3rd grade team before Friday?", []),
        ("Send $5 to the PTA treasurer for the field trip.", []),
        ("Please add your name to the sign-up sheet for the bake sale.", []),
    ])
    func chainLetters(_ text: String, _ kinds: [String]) throws {
        let found = try shippedRules().scan(text, location: "body (text/plain)")
        #expect(Array(Set(found.map(\.kind))).sorted() == kinds)
    }

    @Test("context words raise confidence; a nearer contrary label lowers it")
    func confidence() throws {
        let rules = try shippedRules()
        #expect(rules.scan("536-90-4399", location: "x").map(\.confidence) == [.medium])
        #expect(rules.scan("SSN 536-90-4399", location: "x").map(\.confidence) == [.high])
        #expect(rules.scan("tel 536-90-4399", location: "x").isEmpty)
        #expect(rules.scan("4532526018159080 exp 04/27", location: "x").map(\.confidence) == [.high])
        // "order" is nearer than "card": an order number, not a card.
        #expect(rules.scan("card details below. Order 4532526018159080", location: "x").isEmpty)
    }

    @Test("the same value twice in one text is one finding")
    func duplicates() throws {
        let found = try shippedRules().scan("SSN 536-90-4399, again: 536-90-4399", location: "x")
        #expect(found.count == 1)
    }
}

@Suite("Masking names")
struct MaskingTests {
    @Test("every value a rule matches in a name is redacted; other names stay as they are", arguments: [
        ("attachment pw=Falcon$2026.txt › file name", "attachment ******** › file name"),
        ("attachment SSN 536-90-4399.txt", "attachment SSN ***-**-4399.txt"),
        ("attachment cards 4532 5260 1815 9080.csv", "attachment cards **** **** **** 9080.csv"),
        ("attachment grades 2024-2025.xlsx › Sheet1!C4", "attachment grades 2024-2025.xlsx › Sheet1!C4"),
        ("attachment Élève 123-45.txt", "attachment Élève 123-45.txt"),
    ])
    func masks(_ name: String, _ masked: String) throws {
        #expect(try shippedRules().makeScanner().mask(name) == masked)
    }
}
