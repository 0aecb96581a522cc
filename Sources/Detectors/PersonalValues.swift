import CivilCalendar
import Glibc

/// A North American (NANP) telephone number: `(860) 555-0142`, `+1 860 555 0142`,
/// `860-555-0142 x12`.
enum PhoneNumber {
    /// The ten national digits, or nil when the text is no valid NANP number. An extension
    /// (after `x` or `ext`) is not part of the number.
    static func national(_ text: Substring) -> String? {
        var digits = text.digitsBeforeLetters
        if digits.count == 11 && digits[0] == 49 { digits.removeFirst() }
        guard digits.count == 10 else { return nil }
        let value = digits.map { Int($0) - 48 }
        // Area code and exchange are NXX (N = 2-9), never N11 (service codes such as 911);
        // area codes with 9 in the middle are reserved for expansion.
        func isNXX(_ start: Int) -> Bool { value[start] >= 2 && !(value[start + 1] == 1 && value[start + 2] == 1) }
        guard isNXX(0), value[1] != 9, isNXX(3) else { return nil }
        return String(decoding: digits, as: UTF8.self)
    }
}

/// A date written as people write birth dates: `03/14/2011`, `3-14-11`, `2011-03-14`,
/// `March 14, 2011`, `14 Mar 2011`.
enum CalendarDate {
    /// The date as `YYYY-MM-DD`, or nil when it is no real date in the past. Two-digit years up
    /// to this year's are this century's.
    static func iso(_ text: Substring, currentYear: Int = CalendarDate.currentYear) -> String? {
        // Read on bytes, token by token (a run of digits or of letters), into a few integers:
        // this runs for every date-like match of a text.
        var numbers = DateNumbers()
        var month: Int?
        var kind = TokenKind.none
        var value = 0, width = 0, letters: UInt32 = 0
        func flush() {
            switch kind {
            case .digits: if width <= 8 { numbers.append(value, width: width) }
            case .letters where month == nil && width >= 3: month = monthPrefixes.firstIndex(of: letters).map { $0 + 1 }
            default: break
            }
            kind = .none
            value = 0
            width = 0
            letters = 0
        }
        for byte in text.utf8 {
            let token: TokenKind = byte >= 48 && byte <= 57 ? .digits : (byte | 0x20) >= 97 && (byte | 0x20) <= 122 ? .letters : .none
            if token != kind { flush() }
            guard token != .none else { continue }
            kind = token
            width += 1
            if token == .digits {
                if width <= 8 { value = value * 10 + Int(byte - 48) }
            } else if width <= 3 {
                letters = letters << 8 | UInt32(byte | 0x20)
            }
        }
        flush()
        guard numbers.count <= 3 else { return nil }
        var year: Int, monthNumber: Int, day: Int
        if month == nil, numbers.count == 1 {
            // Exports write `20110314`; a spreadsheet's date copied as its number is `40616`.
            guard let compact = compactDate(numbers[0]) else { return nil }
            (year, monthNumber, day) = compact
        } else if let month {
            // Ordinal endings ("14th") were split off as words; the year has four digits.
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
              (1...daysIn(month: monthNumber, year: year)).contains(day) else { return nil }
        // YYYY-MM-DD written byte by byte (the year has four digits: 1900 to this year).
        func digit(_ value: Int) -> UInt8 { UInt8(48 + value % 10) }
        let dash = UInt8(ascii: "-")
        let bytes = [digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), dash, digit(monthNumber / 10), digit(monthNumber),
                     dash, digit(day / 10), digit(day)]
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `20110314` (year, month, day), or an Excel serial of five digits (days since
    /// 1899-12-30: 1927 to 2173).
    private static func compactDate(_ number: (value: Int, width: Int)) -> (Int, Int, Int)? {
        switch number.width {
        case 8: return (number.value / 10_000, number.value / 100 % 100, number.value % 100)
        case 5:
            let date = ExcelSerial.civilDate(number.value)
            return (date.year, date.month, date.day)
        default: return nil
        }
    }

    static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// Each month's first three letters as one number, as `iso` reads a word's.
    private static let monthPrefixes: [UInt32] = monthNames.map { $0.utf8.prefix(3).reduce(0) { $0 << 8 | UInt32($1) } }

    private enum TokenKind { case none, digits, letters }

    /// The numbers of a date as read: the first three, and how many there were.
    private struct DateNumbers {
        private var values: (Int, Int, Int) = (0, 0, 0)
        private var widths: (Int, Int, Int) = (0, 0, 0)
        private(set) var count = 0

        mutating func append(_ value: Int, width: Int) {
            switch count {
            case 0: (values.0, widths.0) = (value, width)
            case 1: (values.1, widths.1) = (value, width)
            case 2: (values.2, widths.2) = (value, width)
            default: break
            }
            count += 1
        }

        subscript(index: Int) -> (value: Int, width: Int) {
            switch index {
            case 0: (values.0, widths.0)
            case 1: (values.1, widths.1)
            default: (values.2, widths.2)
            }
        }

        func firstIndex(where predicate: ((value: Int, width: Int)) -> Bool) -> Int? {
            (0..<min(count, 3)).first { predicate(self[$0]) }
        }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// This year (UTC), from the clock's day count: asked for every date a text holds.
    static var currentYear: Int {
        ExcelSerial.civilDate(Int(time(nil)) / 86_400 + 25_569).year
    }
}

/// A US street address: house number, street name and a USPS street suffix.
enum StreetAddress {
    /// `1420 North Maple Avenue, Apt 3B, Hartford` → `1420 n maple ave`: house number,
    /// directional, name and the suffix's USPS abbreviation; unit, city, state and ZIP left
    /// out, so the same place written two ways compares equal. Nil without a suffix after a
    /// street name, or without a house number.
    static func canonical(_ text: Substring) -> String? {
        let words = text.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map { $0.lowercased() }
        guard let number = words.first, number.first?.isNumber == true, number.first != "0",
              number.prefix(while: \.isNumber).count <= 6 else { return nil }
        // "12 West St": West is the street's name, not its direction.
        if words.count > 2, let direction = directions[words[1]], let read = street(words, from: 2, parts: [number, direction]) {
            return read
        }
        return street(words, from: 1, parts: [number])
    }

    /// The name from `words[start]` up to a suffix after at least one word of name.
    private static func street(_ words: [String], from start: Int, parts: [String]) -> String? {
        var parts = parts
        var index = start
        var named = false
        while index < words.count, parts.count < 10 {
            let word = words[index]
            // "Sunset Ridge Ave": a suffix word followed by another is part of the name.
            if named, let suffix = suffixes[word], !(index + 1 < words.count && suffixes[words[index + 1]] != nil) {
                parts.append(suffix)
                return parts.joined(separator: " ")
            }
            parts.append(word)
            named = true
            index += 1
        }
        return nil
    }

    static let directions = [
        "n": "n", "s": "s", "e": "e", "w": "w", "north": "n", "south": "s", "east": "e", "west": "w",
        "ne": "ne", "nw": "nw", "se": "se", "sw": "sw", "northeast": "ne", "northwest": "nw", "southeast": "se", "southwest": "sw",
    ]

    /// USPS Publication 28, appendix C1: the common street suffixes, each with its standard
    /// abbreviation.
    static let suffixes: [String: String] = {
        let table: [(String, [String])] = [
            ("aly", ["alley", "aly"]), ("ave", ["avenue", "ave", "av"]), ("blvd", ["boulevard", "blvd"]),
            ("cir", ["circle", "cir"]), ("ct", ["court", "ct"]), ("cv", ["cove", "cv"]), ("xing", ["crossing", "xing"]),
            ("dr", ["drive", "dr"]), ("expy", ["expressway", "expy"]), ("hts", ["heights", "hts"]),
            ("hwy", ["highway", "hwy"]), ("hl", ["hill", "hl"]), ("holw", ["hollow", "holw"]), ("ln", ["lane", "ln"]),
            ("loop", ["loop"]), ("mdws", ["meadows", "mdws"]), ("pass", ["pass"]), ("path", ["path"]),
            ("pike", ["pike"]), ("pkwy", ["parkway", "pkwy"]), ("pl", ["place", "pl"]), ("plz", ["plaza", "plz"]),
            ("pt", ["point", "pt"]), ("rd", ["road", "rd"]), ("rdg", ["ridge", "rdg"]), ("row", ["row"]),
            ("run", ["run"]), ("sq", ["square", "sq"]), ("st", ["street", "st", "str"]), ("ter", ["terrace", "ter"]),
            ("tpke", ["turnpike", "tpke"]), ("trl", ["trail", "trl"]), ("way", ["way"]), ("walk", ["walk"]),
            ("vw", ["view", "vw"]), ("xing", ["crossing"]), ("crst", ["crest", "crst"]), ("grn", ["green", "grn"]),
        ]
        var map: [String: String] = [:]
        for (abbreviation, spellings) in table { for spelling in spellings { map[spelling] = abbreviation } }
        return map
    }()
}

/// Values the district publishes itself (its offices' phone numbers and addresses): never a
/// finding, so a notice or a signature that carries them does not flag itself. Each entry is
/// the normalised form under the validator that reads it.
public struct KnownValues: Sendable, Equatable, Codable {
    private var entries: Set<String> = []

    public init() {}

    public var count: Int { entries.count }

    /// Adds a phone number or a street address; false when the text is neither.
    public mutating func add(_ text: String) -> Bool {
        for validator in [Validator.nanp, .usStreet] {
            if let normalized = validator.normalized(Substring(text)) {
                entries.insert(Self.key(validator, normalized))
                return true
            }
        }
        return false
    }

    func contains(_ validator: Validator, _ normalized: String) -> Bool {
        entries.contains(Self.key(validator, normalized))
    }

    private static func key(_ validator: Validator, _ normalized: String) -> String { "\(validator.rawValue):\(normalized)" }
}

/// Record numbers found by their label (a student, local or state ID): letters and digits as
/// a registrar writes them, in any district's format.
enum RecordNumber {
    /// `s-0042 1377` → `S00421377`; nil for fewer than 4 or more than 12 letters and digits,
    /// fewer than four digits, or what is plainly something else: a date or a phone number
    /// written with its separators.
    static func canonical(_ text: Substring) -> String? {
        let kept = text.unicodeScalars.filter { $0 != "-" && $0 != " " }
        let digits = kept.filter { $0.properties.numericType != nil && $0.isASCII }.count
        guard (4...12).contains(kept.count), digits >= 4, kept.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) })
        else { return nil }
        if kept.count != text.unicodeScalars.count {
            guard CalendarDate.iso(text) == nil, PhoneNumber.national(text) == nil else { return nil }
        }
        return String(String.UnicodeScalarView(kept)).uppercased()
    }
}
