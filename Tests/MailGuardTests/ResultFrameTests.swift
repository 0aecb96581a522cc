import Detectors
import Glibc
import Extraction
import Inspection
import Testing
@testable import Workers

@Suite("Result frames and the reading board")
struct ResultFrameTests {
    static let full = Finding(
        ruleID: "ssn", kind: "ssn", confidence: .high, location: "attachment roster.csv › row 4", redacted: "***-**-6789",
        action: .reject, section: "3", note: "from a note", valueID: -4_611_686_018_427_387_904, recipient: "parent@mail.example",
        trial: true, hidden: true)
    static let bare = Finding(ruleID: "card", kind: "card", confidence: .low, location: "body (text/plain)", redacted: "", action: .accept)

    static var headers: MessageHeaders {
        var headers = MessageHeaders()
        headers.fromName = "Zoë Ñúñez 😀"
        headers.fromAddress = "zoe@district.example"
        headers.recipients = ["a@district.example", "b@mail.example", "a@district.example"]
        headers.autoSubmitted = true
        return headers
    }

    static let results: [InspectionResult] = [
        InspectionResult(),
        InspectionResult(findings: [full], omittedFindings: 7, headers: headers, fingerprint: .max, words: 1_234_567),
        InspectionResult(findings: [bare, full, bare, full], fingerprint: 0, words: 0),
        InspectionResult(findings: (0..<300).map { index in
            Finding(ruleID: "phone", kind: "phone", confidence: .medium, location: "attachment \(index % 7).csv", redacted: "***-***-\(1000 + index)",
                    action: .tag, valueID: index - 150)
        }, omittedFindings: 12),
        .unread("attachment notes.txt", .tookTooLong, "reader took longer than 8 s", action: .quarantine),
    ]

    @Test("a result comes back equal from its bytes", arguments: results.indices)
    func roundTrip(index: Int) {
        let result = Self.results[index]
        #expect(ResultFrame.decode(ResultFrame.encode(result)) == result)
    }

    @Test("a repeated string is written once: three hundred findings name each of seven places once")
    func repeatedStrings() {
        let bytes = ResultFrame.encode(Self.results[3])
        for place in 0..<7 {
            let name = Array("attachment \(place).csv".utf8)
            let count = (0...(bytes.count - name.count)).filter { bytes[$0..<($0 + name.count)].elementsEqual(name) }.count
            #expect(count == 1, "attachment \(place).csv")
        }
    }

    @Test("every cut-short frame, and one with bytes after its end, is refused, never misread")
    func cutShort() {
        let bytes = ResultFrame.encode(Self.results[1])
        for length in 0..<bytes.count {
            #expect(ResultFrame.decode(Array(bytes[..<length])) == nil, "cut at \(length)")
        }
        #expect(ResultFrame.decode(bytes + [0]) == nil)
    }

    @Test("garbage is refused or read as some result, without a crash or an endless count")
    func garbage() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 0..<64, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = ResultFrame.decode(bytes)
        }
        // Valid frames with a few bytes changed: what a broken worker would most likely send.
        let valid = ResultFrame.encode(Self.results[1]) + ResultFrame.encode(Self.results[3]).prefix(200)
        for _ in 0..<2000 {
            var bytes = valid
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            _ = ResultFrame.decode(bytes)
        }
        // A count of a billion findings in a frame of a few bytes is refused at once.
        #expect(ResultFrame.decode([0xFE, 0xFF, 0xFF, 0xFF, 0x0F]) == nil)
        // One finding whose first string is number Int.min (zig-zag of 2^64 - 1): no string,
        // and no overflow reading it.
        #expect(ResultFrame.decode([0x02] + Array(repeating: 0xFF, count: 9) + [0x01]) == nil)
        // Negative counts of findings left out and of words are no result.
        let empty = ResultFrame.encode(InspectionResult())
        #expect(ResultFrame.decode(empty) != nil)
        #expect(ResultFrame.decode([empty[0], 0x01] + empty[2...]) == nil)
        #expect(ResultFrame.decode(empty.dropLast() + [0x01]) == nil)
    }

    @Test("what one side notes on the board the other side reads, cut at a character, and cleared")
    func board() throws {
        let milter = try #require(ReadingBoard())
        let worker = try #require(ReadingBoard(descriptor: dup(milter.descriptor)))
        #expect(milter.location == nil)
        worker.note("attachment grades.xlsx › Sheet1")
        #expect(milter.location == "attachment grades.xlsx › Sheet1")
        // 4,092 bytes hold 1,364 three-byte characters; the next one is dropped whole.
        worker.note(String(repeating: "€", count: 2000))
        #expect(milter.location == String(repeating: "€", count: ReadingBoard.capacity / 3))
        worker.note("x" + String(repeating: "€", count: 2000))
        #expect(milter.location == "x" + String(repeating: "€", count: (ReadingBoard.capacity - 1) / 3))
        milter.clear()
        #expect(milter.location == nil)
        // A descriptor that is not a board's memory file is refused.
        var ends: [Int32] = [-1, -1]
        _ = pipe(&ends)
        close(ends[1])
        #expect(ReadingBoard(descriptor: ends[0]) == nil)
    }
}
