import Foundation
@testable import Operations
import Testing

@Suite("Log timestamps")
struct LogTimestampTests {
    static func formatted(_ date: Date) -> String { date.formatted(MailLogHandler.timestampStyle) }

    @Test("the timestamp formatted once a second is the one formatted for each line")
    func sameAsFormattedEachTime() {
        var generator = SystemRandomNumberGenerator()
        var dates = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 1_796_000_000.999_9),
                     Date(timeIntervalSince1970: 1_796_000_000), Date(timeIntervalSince1970: 1_796_000_001.000_1)]
        for _ in 0..<2_000 {
            dates.append(Date(timeIntervalSince1970: Double.random(in: 0..<4_000_000_000, using: &generator)))
        }
        // Within one second, and back and forth between seconds (the cache holds one).
        let base = Double.random(in: 1_700_000_000..<1_800_000_000, using: &generator).rounded(.down)
        for fraction in [0.0, 0.25, 0.5, 0.75, 0.999, 1.0, 0.5, 2.1] { dates.append(Date(timeIntervalSince1970: base + fraction)) }
        for date in dates {
            #expect(MailLogHandler.timestamp(at: date) == Self.formatted(date), "\(date.timeIntervalSince1970)")
        }
    }

    @Test("a value with a space is quoted, one without is not")
    func spacesQuote() {
        #expect(MailLogHandler.quoted("a b") == "\"a b\"")
        #expect(MailLogHandler.quoted("ab") == "ab")
        #expect(MailLogHandler.quoted("") == "\"\"")
        #expect(MailLogHandler.quoted("a\u{00A0}b") == "a\u{00A0}b")
    }
}
