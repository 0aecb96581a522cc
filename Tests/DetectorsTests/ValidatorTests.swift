import Testing
@testable import Detectors

@Suite("Validators")
struct ValidatorTests {
    @Test("ssn accepts numbers the SSA could issue", arguments: [
        "536-90-4399", "212-67-4532", "001-01-0001", "899-99-9999", "665-12-3456", "667-12-3456",
    ])
    func ssnAccepts(_ value: String) {
        #expect(Validator.ssn.accepts(Substring(value)))
    }

    @Test("ssn rejects numbers the SSA never issues", arguments: [
        "000-12-3456",  // area 000
        "666-12-3456",  // area 666
        "900-70-1234",  // area 9xx is ITIN, not SSN
        "999-99-9999",
        "536-00-4399",  // group 00
        "536-90-0000",  // serial 0000
        "078-05-1120",  // the Woolworth wallet card
        "219-09-9999",  // SSA advertising
        "457-55-5462",  // advertising
        "123-45-6789",  // textbook sample
        "53690439",     // eight digits
    ])
    func ssnRejects(_ value: String) {
        #expect(!Validator.ssn.accepts(Substring(value)))
    }

    @Test("itin accepts area 9xx with an ITIN group", arguments: [
        "912-50-1234", "912-65-1234", "912-70-1234", "912-88-1234", "912-90-1234", "912-92-1234", "912-94-1234", "999-99-0001",
    ])
    func itinAccepts(_ value: String) {
        #expect(Validator.itin.accepts(Substring(value)))
    }

    @Test("itin rejects other groups and areas", arguments: [
        "912-49-1234", "912-66-1234", "912-69-1234", "912-89-1234", "912-93-1234", "536-70-1234", "912-70-0000",
    ])
    func itinRejects(_ value: String) {
        #expect(!Validator.itin.accepts(Substring(value)))
    }

    @Test("card accepts each issuer's prefix and length with a valid checksum", arguments: [
        ("4532526018159080", "Visa"),
        ("4929601895556", "Visa"),
        ("4916979711471049744", "Visa"),
        ("5425301661318608", "Mastercard"),
        ("2720913909960303", "Mastercard"),
        ("371482462819484", "American Express"),
        ("6011219935181909", "Discover"),
        ("30569118625274", "Diners Club"),
        ("3530937865797548", "JCB"),
        ("6212323194875743", "UnionPay"),
    ])
    func cardAccepts(_ digits: String, _ issuer: String) {
        #expect(Validator.card.accepts(Substring(digits)))
        #expect(PaymentCard.issuer(of: digits)?.name == issuer)
    }

    @Test("card rejects look-alikes, even those passing Luhn", arguments: [
        "4532526018159081",  // checksum off by one
        "1732838400007",     // millisecond timestamp (passes Luhn, no issuer starts with 1)
        "352099001761481",   // IMEI (passes Luhn; 35 is JCB but JCB is 16-19 digits)
        "9780306406157",     // ISBN-13
        "453252601815908",   // Visa prefix, 15 digits
        "2721000000000004",  // just past the Mastercard 2-series
        "4111111111111111",  // published test number: its own kind
    ])
    func cardRejects(_ digits: String) {
        #expect(!Validator.card.accepts(Substring(digits)))
    }

    @Test("every published test number is a well-formed card", arguments: Array(PaymentCard.testNumbers))
    func testNumbersAreCards(_ digits: String) {
        #expect(PaymentCard.isCard(digits))
        #expect(Validator.testCard.accepts(Substring(digits)))
        #expect(!Validator.card.accepts(Substring(digits)))
    }

    @Test("luhn", arguments: [("79927398713", true), ("79927398710", false), ("0", false), ("011000015", true)])
    func luhn(_ digits: String, _ valid: Bool) {
        #expect(Validator.luhn.accepts(Substring(digits)) == valid)
    }

    @Test("redaction never shows more than the last four digits", arguments: [
        (Redaction.ssn, "536-90-4399", "***-**-4399"),
        (.ssn, "536904399", "***-**-4399"),
        (.card, "4532 5260 1815 9080", "**** **** **** 9080"),
        (.card, "371482462819484", "**** **** *** 9484"),
        (.last4, "AB-1234567", "*****4567"),
        (.full, "Tr0ub4dor&3", "********"),
        (.last4, "abc", "********"),
    ])
    func redaction(_ style: Redaction, _ value: String, _ expected: String) {
        #expect(style.apply(to: Substring(value)) == expected)
    }
}
