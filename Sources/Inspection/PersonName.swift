/// Whether a piece of text names a person, by how names are written: "Jordan Smith",
/// "Ms. Rivera", "my son Jordan". A heuristic without a name list: capitalised words that are
/// not sentence openers, places, school words or calendar words.
enum PersonName {
    /// A table cell under a name column: letters, no digits, not a whole paragraph.
    static func looksLikeName(_ value: Substring) -> Bool {
        let trimmed = value.trimmingCharacters(in: " \t")
        return (2...80).contains(trimmed.count) && trimmed.contains(where: \.isLetter) && !trimmed.contains(where: \.isNumber)
    }

    static func appears(in sentence: Substring) -> Bool {
        let words = Self.words(in: sentence)
        for (index, word) in words.enumerated() {
            guard index + 1 < words.count else { break }
            let next = words[index + 1]
            guard next.joined, isCapitalized(next.text), !stopWords.contains(next.text.lowercased()) else { continue }
            let lowered = word.text.lowercased()
            // "my son Jordan"; a capitalised "Student Name" is a column's label.
            if titles.contains(lowered) || (relations.contains(String(word.text))) { return true }
            if isCapitalized(word.text), !stopWords.contains(lowered) { return true }
        }
        return false
    }

    /// A word and whether only spaces (or a title's period) stand between it and the word before.
    private struct Word {
        var text: Substring
        var joined: Bool
    }

    private static func words(in text: Substring) -> [Word] {
        var words: [Word] = []
        var start: Substring.Index?
        var gapIsSpace = false
        var index = text.startIndex
        while index <= text.endIndex {
            let character = index < text.endIndex ? text[index] : " "
            let inWord = character.isLetter || ((character == "'" || character == "’" || character == "-") && start != nil)
            if inWord {
                if start == nil { start = index }
            } else {
                if let begin = start {
                    words.append(Word(text: text[begin..<index], joined: gapIsSpace && !words.isEmpty))
                    start = nil
                    gapIsSpace = true
                }
                // A comma or a line between two words parts them; a title's period does not.
                if character != " " && !(character == "." && titles.contains(words.last?.text.lowercased() ?? "")) {
                    gapIsSpace = false
                }
            }
            if index == text.endIndex { break }
            index = text.index(after: index)
        }
        return words
    }

    /// `Jordan`, `McKay`, `O'Neil`: an upper-case letter, then a lower-case one (or an
    /// apostrophe and an upper-case one). `IEP` and `I'm` are not names.
    private static func isCapitalized(_ word: Substring) -> Bool {
        let letters = Array(word.prefix(3))
        guard letters.count >= 2, letters[0].isUppercase else { return false }
        if letters[1].isLowercase { return true }
        return (letters[1] == "'" || letters[1] == "’") && letters.count == 3 && letters[2].isUppercase
    }

    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr"]
    static let relations: Set<String> = [
        "son", "daughter", "child", "student", "grandson", "granddaughter", "stepson", "stepdaughter", "nephew", "niece",
    ]

    /// Capitalised words that do not start a name: sentence openers, greetings, school and
    /// place words, calendar words, and the record vocabulary itself.
    static let stopWords: Set<String> = [
        "the", "this", "that", "these", "those", "our", "your", "his", "her", "their", "my", "we", "i", "you", "he", "she",
        "they", "it", "please", "dear", "hi", "hello", "thanks", "thank", "best", "regards", "sincerely", "good", "morning",
        "afternoon", "evening", "student", "students", "school", "schools", "elementary", "middle", "high", "academy",
        "district", "public", "special", "education", "plan", "program", "section", "team", "meeting", "office", "room",
        "street", "avenue", "road", "lane", "drive", "court", "boulevard", "place", "way", "north", "south", "east", "west",
        "new", "free", "reduced", "lunch", "grade", "math", "science", "english", "reading", "history", "art", "music",
        "nurse", "counselor", "principal", "teacher", "parent", "parents", "guardian", "date", "birth", "home", "address",
        "phone", "disability", "awareness", "week", "month", "day", "is", "will", "can", "if", "when", "as", "at", "on",
        "in", "for", "and", "or", "but", "to", "from", "with", "by", "of", "re", "fw", "fwd", "subject", "annual", "review",
        "update", "notice", "reminder", "board", "center", "department", "services", "health", "support", "individualized",
        "medication", "diagnosis", "custody", "suspension", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "county", "city", "state", "united", "states", "university", "college",
        "hospital", "clinic", "library", "bus", "field", "trip", "club", "spring", "summer", "fall", "winter", "all",
        "any", "each", "every", "no", "not", "yes", "also", "after", "before", "since", "until", "while", "where",
        "name", "names", "id", "number", "first", "last", "full", "case", "manager", "time",
        // Organisations and places: "Acme Printing", "Lincoln Park Pool" are no one's name, so
        // a vendor's or venue's address beside them is no person's record.
        "inc", "llc", "co", "corp", "company", "supply", "supplies", "printing", "pizza", "dental", "pharmacy", "bank",
        "church", "park", "pool", "arena", "stadium", "gym", "ymca", "store", "market", "restaurant", "cafe", "bakery",
        "hotel", "motel", "museum", "theater", "theatre", "zoo", "farm", "transit", "transportation", "studio", "rentals",
        "catering", "foods", "sports", "athletics", "recreation", "community", "hall", "inn", "auditorium",
        "st", "ave", "rd", "ln", "blvd", "ct", "pl", "pkwy", "hwy", "ter", "cir", "dr",
    ]
}

/// A text's sentences, as UTF-8 byte ranges: they end at a line break, or at `.`, `!`, `?`
/// or `;` before a space, unless the period ends a title or an abbreviation ("Ms.", "St.").
struct Sentences {
    private let bytes: [UInt8]
    /// Offsets of the bytes that end a sentence, ascending: found once, so that a text with
    /// many findings on one long line costs a search per finding, not a walk.
    private var ends: [Int] = []

    init(_ text: String) {
        bytes = Array(text.utf8)
        ends = bytes.indices.filter(endsSentence)
    }

    /// Every sentence, in order.
    var all: [Range<Int>] {
        var start = 0
        var ranges: [Range<Int>] = []
        for end in ends + [bytes.count] {
            if end > start { ranges.append(start..<end) }
            start = end + 1
        }
        return ranges
    }

    func text(_ range: Range<Int>) -> Substring {
        Substring(String(decoding: bytes[range], as: UTF8.self))
    }

    /// The sentence that holds byte `offset`.
    func range(around offset: Int) -> Range<Int> {
        // The first end at or after `offset`, by binary search.
        var low = 0
        var high = ends.count
        while low < high {
            let middle = (low + high) / 2
            if ends[middle] < offset { low = middle + 1 } else { high = middle }
        }
        let start = low > 0 ? ends[low - 1] + 1 : 0
        let end = low < ends.count ? ends[low] : bytes.count
        return start..<max(start, end)
    }

    private func endsSentence(at index: Int) -> Bool {
        switch bytes[index] {
        case 10, 13: return true
        case 33, 59, 63: return index + 1 >= bytes.count || bytes[index + 1] == 32
        case 46:
            guard index + 1 >= bytes.count || bytes[index + 1] == 32 else { return false }
            var start = index
            while start > 0, Self.isLetter(bytes[start - 1]) { start -= 1 }
            let word = String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
            return word.count > 1 && !Self.abbreviations.contains(word)
        default: return false
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }

    static let abbreviations: Set<String> = PersonName.titles.union([
        "st", "jr", "sr", "ave", "rd", "apt", "no", "vs", "etc", "blvd", "ln", "ct", "dr", "mt", "ft", "approx", "dept",
    ])
}
