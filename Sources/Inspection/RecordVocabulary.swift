/// What an education record holds besides who the student is (grades, attendance, health,
/// special education, discipline, meals), read from the words of a column header or of a
/// document about one student. One vocabulary for both, from the column names and headings
/// of student information system exports, gradebooks, transcripts, nurse logs, IEPs and
/// referrals.
enum RecordVocabulary {
    /// The content a column holds by its header's words; nil for a column of anything else.
    static func content(ofColumn words: Set<Substring>) -> PersonalField? {
        // "Grade Level", "Gr Lvl": where the student is, not how they did.
        if !words.isDisjoint(with: gradeWords), !words.isDisjoint(with: levelWords) { return nil }
        for (field, vocabulary) in columnWords where !words.isDisjoint(with: vocabulary) { return field }
        if words.contains(where: isTermColumn) { return .grades }
        if !words.isDisjoint(with: mealWords), !words.isDisjoint(with: benefitWords) { return .meals }
        return nil
    }

    /// Whether a "Grade" column's value is a grade level (`K`, `5`, `10th`, `Gr 3`) rather
    /// than a mark: the header alone cannot tell.
    static func isGradeLevel(_ value: Substring) -> Bool {
        // A table's grade column asks this of every row: ASCII values are read on bytes.
        guard value.utf8.allSatisfy({ $0 < 0x80 }) else { return isGradeLevelByCharacters(value) }
        var compact: [UInt8] = []
        for byte in value.utf8 where byte != 32 && !(9...13).contains(byte) && byte != UInt8(ascii: ".") {
            compact.append((65...90).contains(byte) ? byte + 32 : byte)
        }
        if gradeLevelNames.contains(String(decoding: compact, as: UTF8.self)) { return true }
        let start = compact.firstIndex { (48...57).contains($0) } ?? compact.endIndex
        let digits = compact[start...].prefix { (48...57).contains($0) }
        var number = 0
        // A sender's digits may be any number of them: too large for an Int is no grade level.
        for digit in digits {
            let (times, overflow) = number.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times.addingReportingOverflow(Int(digit - 48))
            guard !overflow, !carry else { return false }
            number = sum
        }
        guard !digits.isEmpty, (1...12).contains(number) else { return false }
        // The words around the number: every copy of its digits taken out, as a reader
        // skips "3" in "3rd" or "Gr 3".
        var rest: [UInt8] = []
        var index = 0
        while index < compact.count {
            if compact[index...].starts(with: digits) {
                index += digits.count
            } else {
                rest.append(compact[index])
                index += 1
            }
        }
        return gradeLevelWords.contains(String(decoding: rest, as: UTF8.self))
    }

    /// `isGradeLevel` read character by character, for values that are not ASCII.
    static func isGradeLevelByCharacters(_ value: Substring) -> Bool {
        let compact = value.lowercased().filter { !$0.isWhitespace && $0 != "." }
        let digits = compact.drop { !$0.isNumber }.prefix { $0.isNumber }
        if gradeLevelNames.contains(compact) { return true }
        guard let number = Int(digits), (1...12).contains(number) else { return false }
        let rest = compact.replacingOccurrences(of: String(digits), with: "")
        return gradeLevelWords.contains(rest)
    }

    private static let gradeLevelNames: Set<String> = ["k", "kg", "pk", "tk", "prek", "pre-k", "kindergarten"]
    private static let gradeLevelWords: Set<String> = ["", "st", "nd", "rd", "th", "gr", "grade", "gr-"]

    /// Cell values that hold nothing: a blank form field.
    static func isBlank(_ value: Substring) -> Bool {
        // Every cell of a record column asks this: no word of the list is longer than five
        // letters, so a longer value is not lowered.
        let trimmed = value.utf8.trimmingSpacesAndTabs
        guard trimmed.allSatisfy({ $0 < 0x80 }) else { return isBlankByCharacters(value) }
        return trimmed.count <= 5 && blankWords.contains(String(decoding: trimmed.map { (65...90).contains($0) ? $0 + 32 : $0 }, as: UTF8.self))
    }

    static func isBlankByCharacters(_ value: Substring) -> Bool {
        let lowered = value.trimmingCharacters(in: " \t").lowercased()
        // A flag column's "N" says the student has none of it.
        return blankWords.contains(lowered)
    }

    private static let blankWords: Set<String> = ["", "-", "--", "n/a", "na", "none", "null", "tbd", ".", "n", "no", "false"]

    /// The contents a document's own words name ("Cumulative GPA", "Present Levels", "Nurse
    /// Visit"): headings and labels that only a record about a person uses.
    static func content(ofDocument text: Substring) -> Set<PersonalField> {
        var found: Set<PersonalField> = []
        var previous: Substring = ""
        let shapes = vocabularyShapes
        // Most ASCII words start with another letter or are of another length than any word
        // of the vocabulary: passed on their bytes, without a string, hashing or lowering.
        func isPassed(_ bytes: some Collection<UInt8>, count: Int) -> Bool {
            // No word of the vocabulary is longer: a long text is not lowered word by word.
            guard count <= 14, let first = bytes.first else { return true }
            return !shapes[shape(first, count)] && bytes.allSatisfy { $0 < 0x80 }
        }
        func read(_ word: Substring) -> Bool {
            // Most words are lower-case ASCII already: no new string for them.
            let lowered = word.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 65 && $0 <= 90) }) ? word : Substring(word.lowercased())
            if let field = documentWords[lowered] { found.insert(field) }
            if phraseStarts.contains(previous), let field = documentPhrases["\(previous) \(lowered)"] { found.insert(field) }
            previous = lowered
            return found.count < PersonalField.contents.count
        }
        let readOnBytes = text.forEachAlphanumericWordSpan { bytes, range in
            guard !isPassed(bytes[range], count: range.count) else {
                if !previous.isEmpty { previous = "" }
                return true
            }
            return read(text.utf8Slice(range))
        }
        if !readOnBytes {
            text.forEachAlphanumericWord { word in
                guard !isPassed(word.utf8, count: word.utf8.count) else {
                    previous = ""
                    return true
                }
                return read(word)
            }
        }
        return found
    }

    /// Whether `text` names a student by a label, as a form or report does: "Student: Jordan
    /// Smith", "Student Name: Smith, Jordan", "Name: Jordan Smith", or label and name in two
    /// cells of a row ("Student⇥Jordan Smith").
    static func namesStudent(_ text: Substring) -> Bool {
        var search = text[...]
        while let colon = labelMark(in: search) {
            // Every label ends with one of a few words: most colons are passed on that alone.
            guard Self.labelEnds.contains(labelWord(before: colon, in: search).lowercased()) else {
                search = search[search.index(after: colon)...]
                continue
            }
            // Only the few words before the colon are its label: a long text costs one pass.
            let before = search[..<colon].suffix(40)
            let label = before.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).suffix(3)
                .map { $0.lowercased() }.joined(separator: " ")
            let after = search[search.index(after: colon)...]
            if subjectLabels.contains(where: { label == $0 || label.hasSuffix(" " + $0) }), isNameValue(after) { return true }
            search = after
        }
        return false
    }

    /// Two to four capitalised words (a comma may part last and first names) before the end
    /// of the line or a gap of two spaces (the next field of a form laid out across a page).
    private static func isNameValue(_ text: Substring) -> Bool {
        // A name is short: a long line is not walked to its end for every label in it.
        let value = text.prefix(200).drop { $0 == " " || $0 == "\t" }
        let end = value.firstIndex { $0 == "\n" || $0 == "\t" || $0 == "\r" } ?? value.endIndex
        var line = value[..<end]
        if let gap = line.range(of: "  ") { line = line[..<gap.lowerBound] }
        let words = line.split { $0 == " " || $0 == "," }
        guard (2...4).contains(words.count) else { return false }
        return words.allSatisfy { word in
            word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "'" || $0 == "’" || $0 == "-" || $0 == "." }
        }
    }

    /// The word before a colon, as `namesStudent` cuts label words.
    /// The first colon or tab character (a colon with an accent on it is none): found on bytes.
    /// A colon between ASCII bytes is a character of its own; one next to other scalars, rare,
    /// is left to the characters.
    static func labelMark(in text: Substring) -> Substring.Index? {
        let bytes = text.utf8
        guard let byte = bytes.firstIndex(where: { $0 == 58 || $0 == 9 }) else { return nil }
        let next = bytes.index(after: byte)
        let asciiBefore = byte == bytes.startIndex || bytes[bytes.index(before: byte)] < 0x80
        let asciiAfter = next == bytes.endIndex || bytes[next] < 0x80
        return asciiBefore && asciiAfter ? byte : text.firstIndex { $0 == ":" || $0 == "\t" }
    }

    /// `lastLabelWord(text[..<colon].suffix(40))`: on the bytes when the 41 before the colon
    /// are ASCII but CR (each a character then, whatever stands before them).
    static func labelWord(before colon: Substring.Index, in text: Substring) -> Substring {
        let bytes = text.utf8
        let start = bytes.index(colon, offsetBy: -41, limitedBy: bytes.startIndex) ?? bytes.startIndex
        let window = bytes[start..<colon]
        guard window.allSatisfy({ $0 < 0x80 && $0 != 13 }) else { return lastLabelWord(text[..<colon].suffix(40)) }
        let last = window.suffix(40)
        let isLabelByte = { (byte: UInt8) in byte == 39 || (65...90).contains(byte) || (97...122).contains(byte) }
        let end = last.lastIndex(where: isLabelByte).map { bytes.index(after: $0) } ?? last.startIndex
        let first = last[..<end].lastIndex { !isLabelByte($0) }.map { bytes.index(after: $0) } ?? last.startIndex
        return Substring(bytes[first..<end])
    }

    static func lastLabelWord(_ text: Substring) -> Substring {
        func isLabelCharacter(_ character: Character) -> Bool { character.isLetter || character == "'" || character == "’" }
        var end = text.endIndex
        while end > text.startIndex, !isLabelCharacter(text[text.index(before: end)]) { end = text.index(before: end) }
        var start = end
        while start > text.startIndex, isLabelCharacter(text[text.index(before: start)]) { start = text.index(before: start) }
        return text[start..<end]
    }

    /// The last word of every subject label.
    static let labelEnds = Set(subjectLabels.compactMap { $0.split(separator: " ").last.map(String.init) })

    static let subjectLabels: Set<String> = [
        "student", "student name", "student's name", "name of student", "student full name", "pupil", "pupil name", "child",
        "child's name", "name", "full name", "legal name",
    ]

    static let gradeWords: Set<Substring> = ["grade", "grades", "gr", "grd"]
    static let levelWords: Set<Substring> = ["level", "lvl", "lev", "yr", "year", "levels"]

    /// Header words of each content. "Grade" alone is ambiguous (a mark or a grade level):
    /// the cell's value decides (`isGradeLevel`).
    static let columnWords: [(PersonalField, Set<Substring>)] = [
        (.grades, [
            "grade", "grades", "gpa", "mark", "marks", "score", "scores", "scaled", "percentile", "percent", "pct", "credit",
            "credits", "quiz", "quizzes", "exam", "exams", "midterm", "final", "test", "tests", "assessment", "assignment",
            "assignments", "homework", "hw", "lab", "project", "essay", "rubric", "proficiency", "lexile", "rit", "rank",
            "average", "avg", "points", "pts", "performance", "achievement", "benchmark", "sbac", "parcc", "mcas", "staar",
            "regents", "psat", "iready", "dibels", "fluency", "wpm", "standing",
        ]),
        (.attendance, [
            "absence", "absences", "absent", "abs", "tardy", "tardies", "tardiness", "attendance", "truancy", "truant",
            "excused", "unexcused", "ada", "chronic",
        ]),
        (.health, [
            "medication", "medications", "med", "meds", "allergy", "allergies", "allergen", "diagnosis", "diagnoses",
            "condition", "conditions", "immunization", "immunizations", "vaccine", "vaccines", "vaccination", "nurse",
            "visit", "complaint", "symptom", "symptoms", "treatment", "dose", "dosage", "health", "medical", "asthma",
            "epipen", "inhaler", "seizure", "diabetes", "temperature", "temp", "injury", "illness",
        ]),
        (.services, [
            "iep", "504", "disability", "disabilities", "exceptionality", "eligibility", "sped", "services", "service",
            "accommodation", "accommodations", "modification", "modifications", "minutes", "ell", "lep", "esl", "el",
            "evaluation", "reevaluation", "placement", "interventions", "intervention", "rti", "mtss",
        ]),
        (.discipline, [
            "incident", "incidents", "offense", "offence", "infraction", "violation", "consequence", "consequences",
            "referral", "referrals", "suspension", "suspensions", "detention", "behavior", "behaviour", "discipline",
            "disciplinary", "expulsion", "oss", "iss",
        ]),
        (.meals, ["frl", "frpl", "reduced"]),
    ]

    /// "Lunch Status", "Meal Eligibility": a meal column about benefits, not a menu choice.
    static let mealWords: Set<Substring> = ["meal", "meals", "lunch"]
    static let benefitWords: Set<Substring> = ["status", "eligibility", "eligible", "benefit", "benefits", "code", "program", "free"]

    /// Gradebook columns named by term or assignment number: `Q1`, `T2`, `S1`, `MP3`, `HW4`.
    private static func isTermColumn(_ word: Substring) -> Bool {
        let letters = word.prefix { $0.isLetter }
        let rest = word.dropFirst(letters.count)
        return !rest.isEmpty && rest.count <= 2 && rest.allSatisfy(\.isNumber)
            && ["q", "t", "s", "mp", "hw", "qtr", "sem", "tri", "p", "u", "ch", "quiz", "test", "unit"].contains(letters.lowercased())
    }

    /// Single words a document about a student uses for its record content.
    static let documentWords: [Substring: PersonalField] = {
        var words: [Substring: PersonalField] = [:]
        func add(_ list: [Substring], _ field: PersonalField) { for word in list { words[word] = field } }
        add(["gpa", "transcript", "transcripts", "credits", "grades", "failing", "ineligible"], .grades)
        add(["absences", "tardies", "tardy", "truancy"], .attendance)
        add(["medication", "medications", "allergy", "allergies", "immunizations", "immunization", "diagnosis",
             "epipen", "inhaler", "asthma", "seizures", "diabetes", "dosage", "symptoms", "concussion", "fever", "allergic",
             "vomiting"], .health)
        add(["iep", "accommodation", "accommodations", "modifications", "disability", "eligibility", "exceptionality",
             "reevaluation", "triennial"], .services)
        add(["incident", "infraction", "consequence", "detention", "suspension", "suspended", "expulsion"], .discipline)
        return words
    }()

    /// First letter and length of every word of `documentWords` and `documentPhrases`.
    /// (A table by `shape`: a look costs an index, not a hash.)
    static let vocabularyShapes: [Bool] = {
        var table = Array(repeating: false, count: 256 << 4)
        for word in Array(documentWords.keys) + documentPhrases.keys.flatMap({ $0.split(separator: " ") }) {
            table[shape(word.utf8.first!, word.utf8.count)] = true
        }
        return table
    }()

    private static func shape(_ first: UInt8, _ length: Int) -> Int { Int(first | 0x20) << 4 | min(length, 15) }

    /// The first words of `documentPhrases`.
    static let phraseStarts = Set(documentPhrases.keys.compactMap { $0.split(separator: " ").first })

    /// Two-word headings of records.
    static let documentPhrases: [String: PersonalField] = [
        "report card": .grades, "progress report": .grades, "class rank": .grades, "final grade": .grades,
        "course grade": .grades, "grade point": .grades, "credits earned": .grades, "letter grade": .grades,
        "grade check": .grades, "missing assignments": .grades, "health office": .health, "health room": .health,
        "initial evaluation": .services,
        "days absent": .attendance, "attendance record": .attendance, "health plan": .health, "nurse visit": .health,
        "present levels": .services, "related services": .services, "504 plan": .services, "special education": .services,
        "service minutes": .services, "annual goals": .services, "behavior plan": .discipline, "office referral": .discipline,
        "reduced lunch": .meals, "free lunch": .meals,
    ]
}
