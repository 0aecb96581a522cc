/// Whether a piece of text names a person, by how names are written: "Jordan Smith",
/// "Ms. Rivera", "my son Jordan". A heuristic without a name list: capitalised words that are
/// not sentence openers, places, school words or calendar words.
enum PersonName {
    /// A table cell under a name column: letters, no digits, not a whole paragraph.
    static func looksLikeName(_ value: Substring) -> Bool {
        // Every cell of a name column asks this: ASCII values (where a character is a byte,
        // but for CR LF) are read on bytes.
        guard value.utf8.allSatisfy({ $0 < 0x80 && $0 != 13 }) else { return looksLikeNameByCharacters(value) }
        let trimmed = value.utf8.trimmingSpacesAndTabs
        return (2...80).contains(trimmed.count) && trimmed.contains { (65...90).contains($0 & 0xDF) } && !trimmed.contains { (48...57).contains($0) }
    }

    static func looksLikeNameByCharacters(_ value: Substring) -> Bool {
        let trimmed = value.trimmingCharacters(in: " \t")
        return (2...80).contains(trimmed.count) && trimmed.contains(where: \.isLetter) && !trimmed.contains(where: \.isNumber)
    }

    static func appears(in sentence: Substring) -> Bool {
        !names(in: sentence, words(in: sentence), titled: true).isEmpty
    }

    /// The words of the names a sentence writes out ("Santiago Ellison" → Santiago, Ellison);
    /// with `titled`, also the one after a title or a relation ("Ms. Rivera", "my son Jordan").
    /// `byCharacters`: read character by character, never on bytes or scalars (what the
    /// faster reading must agree with).
    static func names(in sentence: Substring, titled: Bool, byCharacters: Bool = false) -> [Substring] {
        names(in: sentence, words(in: sentence, byCharacters: byCharacters), titled: titled, byCharacters: byCharacters)
    }

    /// A sentence's names both ways (see `names(in:titled:)`), its words read once.
    static func names(in sentence: Substring) -> (titled: [Substring], untitled: [Substring]) {
        let words = words(in: sentence)
        return (names(in: sentence, words, titled: true), names(in: sentence, words, titled: false))
    }

    private static func names(in sentence: Substring, _ words: [Word], titled: Bool, byCharacters: Bool = false) -> [Substring] {
        guard !isHeading(sentence, words, byCharacters: byCharacters) else { return [] }
        let isCapitalized = byCharacters ? isCapitalizedByCharacters : isCapitalized
        var found: [Substring] = []
        for (index, word) in words.enumerated() {
            guard index + 1 < words.count else { break }
            let next = words[index + 1]
            guard next.joined, isCapitalized(next.text), !stopWords.contains(next.text.lowercased()) else { continue }
            let lowered = word.text.lowercased()
            // "my son Jordan"; a capitalised "Student Name" is a column's label.
            if titles.contains(lowered) || relations.contains(String(word.text)) {
                if titled { found.append(next.text) }
                continue
            }
            guard isCapitalized(word.text), !stopWords.contains(lowered) else { continue }
            let afterTitle = index > 0 && word.joined && titles.contains(words[index - 1].text.lowercased())
            if afterTitle && !titled { continue }
            // "Cedar Ridge Middle School", "Cedar Ridge MS": a place named like a person.
            if index + 2 < words.count, words[index + 2].joined, organisations.contains(words[index + 2].text.lowercased()) { continue }
            found += [bare(word.text), bare(next.text)]
        }
        return found
    }

    /// A title written in capitals ("Special Education Professional Development - November
    /// 5"): four or more long words, every one capitalised, and no form's label ("Student
    /// Name: Esme Halvorsen") name no one.
    private static func isHeading(_ sentence: Substring, _ words: [Word], byCharacters: Bool) -> Bool {
        if byCharacters {
            guard !sentence.contains(":") else { return false }
            let long = words.filter { $0.text.count >= 4 }
            return long.count >= 4 && long.allSatisfy { $0.text.first?.isUppercase == true }
        }
        guard !(sentence.utf8.contains(58) && sentence.contains(":")) else { return false }
        let long = words.filter { characterCount($0.text) >= 4 }
        return long.count >= 4 && long.allSatisfy { startsUpperCase($0.text) }
    }

    /// First names a text uses alone for someone it talks about: twice or more, standing
    /// apart from other capitalised words, at least once as who did or has something
    /// ("Priya's annual review", "Beckett was suspended", "Evelyn came to the health room").
    /// A greeting's name ("Hello Imani,") is used once and as no one's subject.
    static func soleNames(in text: Substring, byCharacters: Bool = false) -> Set<Substring> {
        let words = Self.words(in: text, byCharacters: byCharacters)
        let isCapitalized = byCharacters ? isCapitalizedByCharacters : isCapitalized
        var uses: [Substring: (count: Int, asSubject: Bool)] = [:]
        for (index, word) in words.enumerated() where isCapitalized(word.text) {
            let name = bare(word.text)
            guard !stopWords.contains(name.lowercased()), !titles.contains(name.lowercased()) else { continue }
            let before = index > 0 && word.joined ? words[index - 1].text : ""
            let after = index + 1 < words.count && words[index + 1].joined ? words[index + 1].text : ""
            let beside = { (other: Substring) in isCapitalized(other) && !stopWords.contains(other.lowercased()) }
            guard !beside(before), !beside(after), !titles.contains(before.lowercased()) else { continue }
            let subject = name.count < word.text.count || subjectVerbs.contains(after.lowercased())
            let use = uses[name] ?? (0, false)
            uses[name] = (use.count + 1, use.asSubject || subject)
        }
        return Set(uses.compactMap { $0.value.count >= 2 && $0.value.asSubject ? $0.key : nil })
    }

    /// A word without its possessive: "Priya's" → Priya.
    static func bare(_ word: Substring) -> Substring {
        guard word.scalarsStandAlone else { return bareByCharacters(word) }
        // Each scalar a character: the suffix compared on the bytes ("'s", or "’s" in UTF-8).
        let bytes = word.utf8
        guard bytes.last == 115 else { return word }
        let before = bytes.dropLast()
        return before.last == 39 || before.suffix(3).elementsEqual([0xE2, 0x80, 0x99]) ? word.dropLast(2) : word
    }

    static func bareByCharacters(_ word: Substring) -> Substring {
        for suffix in ["'s", "’s"] where word.hasSuffix(suffix) { return word.dropLast(2) }
        return word
    }

    /// A word and whether only spaces (or a title's period) stand between it and the word before.
    private struct Word {
        var text: Substring
        var joined: Bool
    }

    /// What the word reader tells apart: letters, what joins letters inside a word, and the
    /// separators that matter.
    private enum Piece {
        case letter, joiner, space, period, other

        init(_ character: Character) {
            if character.isLetter {
                self = .letter
            } else {
                switch character {
                case "'", "’", "-": self = .joiner
                case " ": self = .space
                case ".": self = .period
                default: self = .other
                }
            }
        }

        /// The same as `init(_: Character)` of a scalar that is a character by itself.
        init(_ scalar: Unicode.Scalar) {
            switch scalar.value {
            case 65...90, 97...122: self = .letter
            case 39, 45, 0x2019: self = .joiner
            case 32: self = .space
            case 46: self = .period
            case 0..<0x80: self = .other
            default: self = scalar.properties.isAlphabetic ? .letter : .other
            }
        }
    }

    /// Reads words piece by piece: what `words(in:)` computes, whether the text is read by
    /// characters or by scalars.
    private struct WordReader {
        var words: [Word] = []
        private var start: Substring.Index?
        private var gapIsSpace = false

        mutating func read(_ piece: Piece, at index: Substring.Index, of text: Substring) {
            if piece == .letter || (piece == .joiner && start != nil) {
                if start == nil { start = index }
                return
            }
            if let begin = start {
                words.append(Word(text: text[begin..<index], joined: gapIsSpace && !words.isEmpty))
                start = nil
                gapIsSpace = true
            }
            // A comma or a line between two words parts them; a title's period does not.
            if piece != .space && !(piece == .period && titles.contains(words.last?.text.lowercased() ?? "")) {
                gapIsSpace = false
            }
        }
    }

    private static func words(in text: Substring, byCharacters: Bool = false) -> [Word] {
        var reader = WordReader()
        if !byCharacters, text.scalarsStandAlone {
            // Each scalar a character (but CR LF, two separators alike): no grapheme breaking.
            let scalars = text.unicodeScalars
            var index = scalars.startIndex
            while index < scalars.endIndex {
                reader.read(Piece(scalars[index]), at: index, of: text)
                scalars.formIndex(after: &index)
            }
        } else {
            var index = text.startIndex
            while index < text.endIndex {
                reader.read(Piece(text[index]), at: index, of: text)
                text.formIndex(after: &index)
            }
        }
        reader.read(.space, at: text.endIndex, of: text)
        return reader.words
    }

    /// `Jordan`, `McKay`, `O'Neil`: an upper-case letter, then a lower-case one (or an
    /// apostrophe and an upper-case one). `IEP` and `I'm` are not names.
    private static func isCapitalized(_ word: Substring) -> Bool {
        let bytes = word.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return isCapitalizedByCharacters(word) }
        // An ASCII word (no CR in a word): its characters are its bytes.
        var iterator = bytes.makeIterator()
        guard let first = iterator.next(), let second = iterator.next(), (65...90).contains(first) else { return false }
        if (97...122).contains(second) { return true }
        guard second == 39, let third = iterator.next() else { return false }
        return (65...90).contains(third)
    }

    private static func isCapitalizedByCharacters(_ word: Substring) -> Bool {
        let letters = Array(word.prefix(3))
        guard letters.count >= 2, letters[0].isUppercase else { return false }
        if letters[1].isLowercase { return true }
        return (letters[1] == "'" || letters[1] == "’") && letters.count == 3 && letters[2].isUppercase
    }

    /// `word.count`, without grapheme breaking for an ASCII word.
    private static func characterCount(_ word: Substring) -> Int {
        word.utf8.allSatisfy { $0 < 0x80 } ? word.utf8.count : word.count
    }

    /// `word.first?.isUppercase == true`.
    private static func startsUpperCase(_ word: Substring) -> Bool {
        guard let first = word.utf8.first else { return false }
        // An ASCII byte before another is a character by itself (no mark joins it).
        if first < 0x80, word.utf8.dropFirst().first ?? 0 < 0x80 { return (65...90).contains(first) }
        return word.first?.isUppercase == true
    }

    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr"]
    /// Words that speak of a person named before.
    static let pronouns: Set<String> = ["he", "she", "his", "her", "him", "hers", "they", "their", "them"]
    /// Verbs that follow a person who did or has something.
    static let subjectVerbs: Set<String> = [
        "is", "was", "has", "had", "came", "comes", "will", "would", "should", "may", "might", "can", "could", "did",
        "does", "needs", "needed", "missed", "got", "went", "received", "earned", "scored", "failed", "left", "arrived",
        "returned", "told", "said", "currently", "continues", "started", "stopped", "reported", "complained", "tested",
    ]
    /// Words after two capitalised words that make them an organisation's or a place's name.
    static let organisations = Set<String>([
        "school", "elementary", "middle", "high", "academy", "ms", "hs", "es", "district", "college", "university",
        "library", "park", "center", "centre", "church", "hospital", "clinic", "council", "committee", "association",
    ]).union(streets)
    static let relations: Set<String> = [
        "son", "daughter", "child", "student", "grandson", "granddaughter", "stepson", "stepdaughter", "nephew", "niece",
    ]

    /// Capitalised words that do not start a name: sentence openers, greetings, school and
    /// place words, calendar words, and the record vocabulary itself.
    static let stopWords = Set<String>([
        "the", "this", "that", "these", "those", "our", "your", "his", "her", "their", "my", "we", "i", "you", "he", "she",
        "they", "it", "please", "dear", "hi", "hello", "thanks", "thank", "best", "regards", "sincerely", "good", "morning",
        "afternoon", "evening", "student", "students", "school", "schools", "elementary", "middle", "high", "academy",
        "district", "public", "special", "education", "plan", "program", "section", "team", "meeting", "office", "room",
        "north", "south", "east", "west",
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
        // Job titles: "Data Specialist", "Case Manager" under a signature's name.
        "specialist", "coordinator", "director", "assistant", "secretary", "clerk", "liaison", "officer", "supervisor",
        "administrator", "registrar", "psychologist", "therapist", "aide", "technician", "analyst", "superintendent",
        "librarian", "instructor", "facilitator", "interventionist", "paraprofessional",
        "council", "committee", "advisory", "association", "foundation", "society", "league", "coalition", "commission",
    ]).union(streets)

    /// Street words: "Kestrel Ridge Rd" is a street.
    static let streets: Set<String> = [
        "street", "avenue", "road", "lane", "drive", "court", "boulevard", "place", "way", "st", "ave", "rd", "ln",
        "blvd", "ct", "pl", "pkwy", "hwy", "ter", "cir", "dr",
    ]
}

/// A text's sentences, as UTF-8 byte ranges: they end at a line break (unless the next line
/// starts lower-case: a wrapped paragraph), or at `.`, `!`, `?` or `;` before a space, unless
/// the period ends a title or an abbreviation ("Ms.", "St.").
struct Sentences {
    private let bytes: [UInt8]
    /// Offsets of the bytes that end a sentence, ascending: found once, so that a text with
    /// many findings on one long line costs a search per finding, not a walk.
    private var ends: [Int] = []

    init(_ text: String) {
        bytes = Array(text.utf8)
        ends = bytes.indices.filter(endsSentence)
    }

    /// Where the signature starts: the line `--` (RFC 3676's "-- "), if any.
    var signature: Int? {
        all.first { range in String(decoding: bytes[range], as: UTF8.self).trimmingCharacters(in: " \t") == "--" }?.lowerBound
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
        case 10, 13:
            // A paragraph wrapped by the writer's program goes on in a line that starts
            // lower-case ("… fallen behind in Math 7 this⏎quarter").
            let next = index + 1 < bytes.count && bytes[index] == 13 && bytes[index + 1] == 10 ? index + 2 : index + 1
            return !(next < bytes.count && bytes[next] >= 97 && bytes[next] <= 122)
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
