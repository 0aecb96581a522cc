@testable import Detectors
import TestSupport
import Testing

@Suite("Numbers as a reader sees them")
struct NumberReadingTests {
    static func read(_ text: String) -> String? {
        NumberReading(ScanText(text)).map { String(decoding: $0.text.bytes, as: UTF8.self) }
    }

    @Test("the reading of a text: digits, separators, invisible characters, order, layout, words", arguments: [
        ("SSN ５３６－９０－４３９９", "SSN 536-90-4399"),
        ("SSN 𝟓𝟑𝟔-𝟗𝟎-𝟒𝟑𝟗𝟗 and ٥٣٦-٩٠-٤٣٩٩", "SSN 536-90-4399 and 536-90-4399"),
        ("5\u{FE0F}\u{20E3}3\u{FE0F}\u{20E3}", "53"),
        ("536\u{200B}-90-43\u{00AD}99\u{2060}", "536-90-4399"),
        ("SSN \u{202E}9934-09-635\u{202C} ok", "SSN 536-90-4399 ok"),
        ("536 \u{2013} 90 \u{2013} 4399", "536-90-4399"),
        ("536/90/4399 and 536\t90\t4399 and 536   90   4399", "536-90-4399 and 536 90 4399 and 536 90 4399"),
        ("4532\u{00B7}5260\u{00B7}1815", "4532.5260.1815"),
        ("SSN: 5 3 6 - 9 0 - 4 3 9 9", "SSN: 536-90-4399"),
        ("Card: 4 5 3 2  5 2 6 0  1 8 1 5  9 0 8 0", "Card: 4532526018159080"),
        ("my social is five three six nine oh four three nine nine.", "my social is 536904399."),
        ("SSN five-three-six, nine-zero, four-three-nine-nine", "SSN 536904399"),
        // Said aloud: "dash" between groups, "double" and "triple" before a digit, any case.
        ("SSN five three six Dash nine oh DASH four three DOUBLE nine", "SSN 536904399"),
        ("call eight six oh triple five zero one four two", "call 8605550142"),
        ("card 4532 5260\n1815 9080", "card 4532 5260 1815 9080"),
        ("SSN 536-90-\n4399", "SSN 536-90-4399"),
        ("SSN:\n536\n90\n4399", "SSN:\n536904399"),
        ("> SSN 536-90-\n> 4399", "> SSN 536-90-4399"),
    ])
    func reading(_ text: String, _ expected: String) {
        #expect(Self.read(text) == expected)
    }

    @Test("a text whose numbers read as they are written has no reading of its own", arguments: [
        "SSN 536-90-4399 and card 4532 5260 1815 9080.", "Call 860.555.0142 on 3/14.", "One or two of them.",
        "Grades 9 through 12, rooms 101 and 102.", "", "Ｆｕｌｌｗｉｄｔｈ letters only",
    ])
    func unchanged(_ text: String) {
        #expect(Self.read(text) == nil)
    }

    @Test("disguised SSNs and cards are found and disguised look-alikes are not", arguments: [
        ("SSN ５３６－９０－４３９９", ["ssn ***-**-4399"]),
        ("Her SSN is 536\u{200B}-90-43\u{00AD}99.", ["ssn ***-**-4399"]),
        ("SSN: 5 3 6 - 9 0 - 4 3 9 9", ["ssn ***-**-4399"]),
        ("my social is five three six nine oh four three nine nine", ["ssn ***-**-4399"]),
        ("Card ４５３２ ５２６０ １８１５ ９０８０ exp 04/27", ["card **** **** **** 9080"]),
        ("Visa 4532\u{200B}5260\u{200B}1815\u{200B}9080", ["card **** **** **** 9080"]),
        ("SSN \u{202E}9934-09-635\u{202C} please", ["ssn ***-**-4399"]),
        ("SSN 536-90-\n4399 thanks", ["ssn ***-**-4399"]),
        // Look-alikes written the same ways.
        ("Phone: ８６０-５５５-０１４２", []),
        ("SSN ６６６-１２-３４５６", []),
        ("Nearly a card: ４５３２ ５２６０ １８１５ ９０８１", []),
        ("Order 5 3 6 9 0 4 3 9 9 ships Monday.", []),
        ("Call eight six zero five five five zero one four two.", []),
        ("Tracking 4532\u{200B}5260\u{200B}1815\u{200B}9080", []),
        ("ISBN ９７８-０-３０６-４０６１５-７", []),
        ("Dates ２０２６-０１-１５ and ０３/１４/２０１１", []),
    ])
    func findings(_ text: String, _ expected: [String]) throws {
        let found = try shippedRules().scan(text, location: "body").filter { ["ssn", "card"].contains($0.kind) }
        #expect(found.map { "\($0.kind) \($0.redacted)" } == expected)
    }

    @Test("a finding in the reading points at where its number starts in the text")
    func offsets() throws {
        let text = "Hi \u{200B}\u{200B} there, SSN ５３６－９０－４３９９ thanks"
        let found = try shippedRules().makeScanner().placedFindings(in: text, location: "body").filter { $0.finding.kind == "ssn" }
        let start = text.utf8.count - " thanks".utf8.count - "５３６－９０－４３９９".utf8.count
        #expect(found.map(\.offset) == [start])
    }

    @Test("a name masked through its reading keeps the rest of the name", arguments: [
        ("scan ５３６－９０－４３９９.pdf", "scan ***-**-4399.pdf"),
        // Shown reversed: the masked span is the whole number as written.
        ("SSN \u{202E}9934-09-635\u{202C}.pdf", "SSN \u{202E}***-**-4399\u{202C}.pdf"),
    ])
    func masking(_ name: String, _ expected: String) throws {
        #expect(try shippedRules().makeScanner().mask(name) == expected)
    }
}

/// An ASCII window is decoded on its bytes; the units must be those that decoding its scalars
/// gives (the path every other window takes).
@Suite("Numbers' reading of ASCII windows")
struct NumberReadingASCIITests {
    @Test("random ASCII windows: the byte decoding gives the scalar decoding's units")
    func randomWindows() {
        let alphabet = Array("0123456789 -./\t\n\rSSN:ab".utf8)
        var random = SeededGenerator(seed: 5)
        var differing = 0
        for _ in 0..<20_000 {
            let bytes = (0..<(random.nextInt() % 30)).map { _ in alphabet[random.nextInt() % alphabet.count] }
            let start = bytes.isEmpty ? 0 : random.nextInt() % bytes.count
            for noting in [false, true] {
                var fast = NumberReading.Units(capacity: 0, noting: noting)
                var scalars = NumberReading.Units(capacity: 0, noting: noting)
                NumberReading.decode(bytes[start...], into: &fast)
                NumberReading.decodeScalars(bytes[start...], into: &scalars)
                if fast != scalars { differing += 1 }
            }
        }
        #expect(differing == 0)
    }
}
