import Extraction
import Foundation
import TestSupport
import Testing

func segments(of fixture: String) throws -> [TextSegment] {
    MessageReader.read([UInt8](try Data(contentsOf: Repository.fixture(fixture)))).segments
}

@Suite("Reading messages")
struct MessageReaderTests {
    @Test("decodes each body to the text a reader sees", arguments: [
        ("ssn-base64-split.eml", "body (text/plain)", "my SSN is 536-90-4399."),
        ("ssn-qp-soft-break.eml", "body (text/plain)", "social security number 536-90-4399, please"),
        ("ssn-latin1-nbsp.eml", "body (text/plain)", "Numéro de sécurité sociale (SSN) de l'élève : 536 90 4399."),
        ("ssn-latin1-nbsp.eml", "subject", "Fiche élève"),
        ("ssn-in-html.eml", "body (text/html)", "SSN: 536-90-4399"),
        ("card-in-encoded-subject.eml", "subject", "Zahlung mit Karte 4532 5260 1815 9080 - bitte prüfen"),
        ("card-in-alternative.eml", "body (text/html)", "Please charge my Visa 4532-5260-1815-9080"),
        ("not-mime.eml", "body (unparsed)", "just a card 4532526018159080"),
    ])
    func decodes(_ fixture: String, _ location: String, _ expected: String) throws {
        let texts = try segments(of: fixture).filter { $0.location == location }.map(\.text)
        #expect(texts.contains { $0.contains(expected) }, "\(location) texts: \(texts)")
    }

    @Test("headers other than Subject and the address names never reach the detectors")
    func headersStayOut() throws {
        let read = try segments(of: "clean-digits-in-headers.eml")
        #expect(read.map(\.location) == ["subject", "From names", "To names", "body (text/plain)", "body (text/html)"])
        for segment in read {
            #expect(!segment.text.contains("536"), "digits from headers or boundary in \(segment.location)")
            #expect(!segment.text.contains("4532"))
        }
    }

    @Test("the display names a reader sees beside From, To and Cc are read, encoded ones decoded; addresses are not", arguments: [
        ("From: \"SSN 536-90-4399\" <a@district.example>", "From names", "SSN 536-90-4399"),
        ("To: =?utf-8?B?U1NOIDUzNi05MC00Mzk5?= <b@district.example>", "To names", "SSN 536-90-4399"),
        ("Cc: Card 4532 5260 1815 9080: c@district.example, d@district.example;", "Cc names", "Card 4532 5260 1815 9080"),
        ("Cc: Room 12: \"Pat 536-90-4399\" <e@district.example>;", "Cc names", "Room 12\nPat 536-90-4399"),
    ])
    func displayNames(_ header: String, _ location: String, _ expected: String) {
        let raw = "\(header)\r\nSubject: hello\r\n\r\nbody\r\n"
        let read = MessageReader.read(Array(raw.utf8)).segments
        #expect(read.filter { $0.location == location }.map(\.text) == [expected])
    }

    @Test("an address without a display name adds nothing: digits in addresses stay out")
    func bareAddresses() {
        let raw = "From: 5369043994@district.example\r\nTo: <4532526018159080@district.example>\r\nSubject: hi\r\n\r\nbody\r\n"
        #expect(MessageReader.read(Array(raw.utf8)).segments.map(\.location) == ["subject", "body (text/plain)"])
    }

    @Test("script and style in an HTML body are not text")
    func scriptDropped() throws {
        let html = try segments(of: "ssn-in-html.eml").filter { $0.location == "body (text/html)" }
        #expect(html.count == 1)
        #expect(html.first?.text.contains("212-67-4532") == false)
    }

    @Test("junk and truncated input is still read, never skipped", arguments: [
        ("", [String]()),
        ("Subject: SSN 536-90-4399\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nSSN 212-67-4532", ["536-90-4399", "212-67-4532"]),
        ("Subject: x\r\nContent-Transfer-Encoding: base64\r\n\r\nU1NOIDUzNi05MC00Mzk5!!!", ["536-90-4399"]),
        ("\u{01}\u{02}junk\u{FF}536-90-4399", ["536-90-4399"]),
    ])
    func junk(_ input: String, _ expected: [String]) {
        let texts = MessageReader.read(Array(input.utf8)).segments.map(\.text).joined(separator: "\n")
        for value in expected {
            #expect(texts.contains(value), "read: \(texts)")
        }
    }

    @Test("a format=flowed body is read with its soft line breaks joined, and only those", arguments: [
        ("format=flowed", "SSN 536-90- \r\n4399 thanks\r\n-- \r\nPat", "SSN 536-90- 4399 thanks\n-- \nPat"),
        ("format=flowed; delsp=yes", "Card 4532 5260 18 \r\n15 9080\r\nBye", "Card 4532 5260 1815 9080\nBye"),
        ("format=flowed", "> quoted \r\n> on\r\nmine", "> quoted on\nmine"),
        ("format=fixed", "SSN 536-90- \r\n4399", "SSN 536-90- \n4399"),
    ])
    func flowed(_ format: String, _ body: String, _ expected: String) {
        let message = "Subject: x\r\nContent-Type: text/plain; charset=utf-8; \(format)\r\n\r\n\(body)"
        let text = MessageReader.read(Array(message.utf8)).segments.first { $0.location == "body (text/plain)" }?.text
        #expect(text?.replacingOccurrences(of: "\r\n", with: "\n") == expected)
    }
}
