@testable import Detectors
import CivilCalendar
import Foundation
import TestSupport
import Testing

/// Dates read on bytes (`CalendarDate.iso`) against the reading they replaced, which collected
/// tokens and numbers in arrays: the same answer for every input.
@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("dates as people write them", arguments: [
        ("03/14/2011", "2011-03-14"), ("3-14-11", "2011-03-14"), ("2011-03-14", "2011-03-14"), ("March 14, 2011", "2011-03-14"),
        ("14 Mar 2011", "2011-03-14"), ("20110314", "2011-03-14"), ("40616", "2011-03-14"), ("Feb 29 2024", "2024-02-29"),
    ])
    func dates(_ text: String, _ iso: String) {
        #expect(CalendarDate.iso(Substring(text), currentYear: 2026) == iso)
    }

    @Test("not dates", arguments: ["02/30/2011", "13/01/2011", "3/14/2030", "Feb 29 2023", "1/2/3/2011", "123456789", "Tuesday 14 2011", "3/14"])
    func notDates(_ text: String) {
        #expect(CalendarDate.iso(Substring(text), currentYear: 2026) == nil)
    }

    @Test("this year is the clock's year in UTC")
    func currentYear() {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        #expect(CalendarDate.currentYear == Int(parts.tm_year) + 1900)
    }

    @Test("the byte reading answers as the array reading on random text")
    func randomText() {
        let alphabet = Array("0123456789/-., :aAjJfFmMnNoOcCsSdDtThHrRuUyYpPlLgGvVeEbBé")
        let pieces = ["march", "Sept", "dec", "2011", "1999", "12", "31", "29", "02", "40616", "20110314", "123456789", "  ", "/", "-"]
        var random = SeededGenerator(seed: 7)
        var differences: [String] = []
        for _ in 0..<100_000 {
            let text = (0..<(random.nextInt() % 8)).map { _ in
                random.nextInt() % 2 == 0 ? pieces[random.nextInt() % pieces.count] : String((0..<(1 + random.nextInt() % 4)).map { _ in alphabet[random.nextInt() % alphabet.count] })
            }.joined()
            if CalendarDate.iso(Substring(text), currentYear: 2026) != Self.arrayISO(Substring(text), currentYear: 2026) { differences.append(text) }
        }
        let differing = differences.count
        #expect(differing == 0, "first: \(differences.first ?? "")")
    }

    /// The reading as it was before it moved to bytes: the oracle.
    static func arrayISO(_ text: Substring, currentYear: Int) -> String? {
        var numbers: [(value: Int, width: Int)] = []
        var month: Int?
        var token: [UInt8] = []
        func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
        func flush() {
            defer { token.removeAll(keepingCapacity: true) }
            guard let first = token.first else { return }
            if isDigit(first) {
                if token.count <= 8 { numbers.append((token.reduce(0) { $0 * 10 + Int($1 - 48) }, token.count)) }
            } else if month == nil, token.count >= 3 {
                let prefix = String(decoding: token.prefix(3).map { $0 | 0x20 }, as: UTF8.self)
                month = CalendarDate.monthNames.firstIndex { $0.hasPrefix(prefix) }.map { $0 + 1 }
            }
        }
        for byte in text.utf8 {
            let isLetter = (byte | 0x20) >= 97 && (byte | 0x20) <= 122
            if isDigit(byte) || isLetter {
                if let last = token.last, isDigit(last) != isDigit(byte) { flush() }
                token.append(byte)
            } else {
                flush()
            }
        }
        flush()
        var year: Int, monthNumber: Int, day: Int
        if month == nil, numbers.count == 1 {
            let number = numbers[0]
            switch number.width {
            case 8: (year, monthNumber, day) = (number.value / 10_000, number.value / 100 % 100, number.value % 100)
            case 5:
                let date = ExcelSerial.civilDate(number.value)
                (year, monthNumber, day) = (date.year, date.month, date.day)
            default: return nil
            }
        } else if let month {
            guard numbers.count == 2, let yearIndex = numbers.firstIndex(where: { $0.width == 4 }) else { return nil }
            (year, monthNumber, day) = (numbers[yearIndex].value, month, numbers[1 - yearIndex].value)
        } else {
            guard numbers.count == 3 else { return nil }
            if numbers[0].width == 4 {
                (year, monthNumber, day) = (numbers[0].value, numbers[1].value, numbers[2].value)
            } else {
                (monthNumber, day) = (numbers[0].value, numbers[1].value)
                year = numbers[2].width == 2 ? numbers[2].value + (numbers[2].value <= currentYear % 100 ? 2000 : 1900) : numbers[2].value
                guard numbers[2].width == 2 || numbers[2].width == 4 else { return nil }
            }
        }
        guard (1900...currentYear).contains(year), (1...12).contains(monthNumber),
              (1...CalendarDate.daysIn(month: monthNumber, year: year)).contains(day) else { return nil }
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(monthNumber))-\(pad(day))"
    }
}
