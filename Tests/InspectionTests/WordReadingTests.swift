import Extraction
@testable import Inspection
import Testing

/// Words are cut on bytes or scalars where every scalar is a character of its own; the words
/// must be those that reading characters gives.
@Suite("Alphanumeric words")
struct AlphanumericWordsTests {
    @Test("random texts of ASCII, Latin letters, marks, joiners, other scripts and emoji")
    func randomTexts() {
        let pieces = ["word", "Ann", "42", " ", ",", "-", "\r\n", "é", "ß", "Ł", "ǅ", "\u{A0}", "—", "’", "\u{301}", "e\u{301}",
                      "\u{93F}", "क", "\u{D4E}", "\u{600}", "٣", "²", "½", "\u{200D}", "👩‍👩‍👧", "\u{2028}", "\u{AD}", "Ω", "\u{85}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = text[...].split { !($0.isLetter || $0.isNumber) }
            #expect(text.alphanumericWords == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            var oneByOne: [Substring] = []
            text[...].forEachAlphanumericWord { word in
                oneByOne.append(word)
                return true
            }
            #expect(oneByOne == expected, "one by one: \(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}

/// Label colons are found on bytes; the answer must be the first colon or tab character.
@Suite("Label marks")
struct LabelMarkTests {
    @Test("random texts of colons, tabs, accents on them, prefixes and words")
    func randomTexts() {
        let pieces = ["Student", " ", ":", "\t", ":\u{301}", "\u{600}", "\u{D4E}", "é", "Ann", "\r\n", "👩‍👩‍👧", "\u{200D}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = text[...].firstIndex { $0 == ":" || $0 == "\t" }
            #expect(RecordVocabulary.labelMark(in: text[...]) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}

/// Candidate words are looked for on bytes in ASCII sentences; the answer must be the one the
/// file's rule gives word by word: a stem of four or more letters starts a word, a shorter one
/// is the word or it with an s, a phrase starts at a word ("end it" is in "end itself").
@Suite("Candidate words")
struct CandidateWordsTests {
    static let candidates = try! CandidateWords(text: "kill\ngun\nkms\nend it\n# a comment\nsuicid\n9mm\ngift card\n", file: "candidates.txt")

    static func byWords(_ sentence: String, lowering: Bool = true) -> Bool {
        let words = (lowering ? sentence.lowercased() : sentence).alphanumericWords.map(String.init)
        let stem = words.contains { word in
            candidates.stems.contains(word) || (word.hasSuffix("s") && candidates.stems.contains(String(word.dropLast())))
                || candidates.stems.contains { $0.count >= 4 && word.hasPrefix($0) }
        }
        return stem || candidates.phrases.contains { (" " + words.joined(separator: " ")).contains($0) }
    }

    @Test("examples and look-alikes", arguments: [
        ("He said he would KILL them", true), ("killing time", true), ("the skill set", false), ("Guns at school", true),
        ("gunner", false), ("i want to END IT all", true), ("the end. It was fine", true), ("ending it", false), ("end itself", true),
        ("Suicidal thoughts", true), ("a 9MM round", true), ("kmsss", false), ("Gift-card scam", true), ("giftcard", false),
        ("", false), ("café kill", true), ("KİLL", false),
    ])
    func examples(sentence: String, expected: Bool) {
        #expect(Self.candidates.contains(sentence, view: "") == expected)
        #expect(Self.byWords(sentence) == expected)
    }

    @Test("a conduct view is read as it is, not lower-cased", arguments: [
        ("he will k1ll you", "he will kill you", true), ("nothing here", "nothing here", false), ("", "KILL", false),
        ("", "k-ill", false), ("", "end it", true), ("", "gift card", true),
    ])
    func views(sentence: String, view: String, expected: Bool) {
        #expect(Self.candidates.contains(sentence, view: view) == expected)
    }

    @Test("random sentences give what reading word by word gives")
    func randomSentences() {
        let pieces = ["kill", "KILL", "Kills", "skill", "gun", "guns", "gunner", "end", "it", "END IT", "gift", "card", "suicid",
                      "9mm", "kms", "s", " ", ", ", ".", "-", "'", "é", "x", "5"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let sentence = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let view = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let byWords = Self.byWords(sentence) || Self.byWords(view, lowering: false)
            #expect(Self.candidates.contains(sentence, view: view) == byWords, "\(sentence) | \(view)")
        }
    }
}

/// What a document's words say it holds: words and two-word headings in any case and across
/// any gap, and look-alikes that are not.
@Suite("Record vocabulary of a document")
struct DocumentVocabularyTests {
    @Test("contents named", arguments: [
        ("Quarter 1 REPORT CARD for Ann", [PersonalField.grades]), ("Nurse\nVisit log", [.health]), ("cumulative GPA: 3.4", [.grades]),
        ("Days-Absent: 4", [.attendance]), ("504 Plan review", [.services]), ("She has Asthma and an EpiPen", [.health]),
        ("report\tcard", [.grades]), ("credit card report", []), ("reported cards", []), ("the gymnasium plan", []),
        ("Absences and tardies", [.attendance]), ("Médication", []), ("", []),
    ])
    func contents(text: String, expected: [PersonalField]) {
        #expect(RecordVocabulary.content(ofDocument: text[...]) == Set(expected))
    }
}

/// Cells of record columns are judged on bytes when ASCII; the answers must be those that
/// reading characters gives.
@Suite("Record cells")
struct RecordCellTests {
    static let pieces = ["7", "07", "12", "13", "1", "0", " ", "\t", "\r\n", "\r", "\n", ".", "th", "TH", "Gr", "grade", "-", "st", "K",
                         "pre", "N/A", "none", "No", "Jordan", "Smith", ",", "'", "é", "٣", "\u{301}", "5\u{301}", "\u{A0}", "x", "@", "[", "`"]

    static func randomValues(_ count: Int) -> [Substring] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in
            Substring((0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
    }

    @Test("grade levels, blanks and names of random cells", arguments: 0..<3)
    func randomCells(kind: Int) {
        for value in Self.randomValues(8000) {
            let scalars = "\(value.unicodeScalars.map { String($0.value, radix: 16) })"
            switch kind {
            case 0: #expect(RecordVocabulary.isGradeLevel(value) == RecordVocabulary.isGradeLevelByCharacters(value), "\(scalars)")
            case 1: #expect(RecordVocabulary.isBlank(value) == RecordVocabulary.isBlankByCharacters(value), "\(scalars)")
            default: #expect(PersonName.looksLikeName(value) == PersonName.looksLikeNameByCharacters(value), "\(scalars)")
            }
        }
    }

    @Test("examples", arguments: [
        ("7", true, false), ("07th", true, false), (" Gr 3 ", true, false), ("3rd grade", false, false), ("pre-K", true, false),
        ("13", false, false), ("1010", false, false), ("A-", false, false), ("n/a", false, true), (" N ", false, true),
        ("  none\t", false, true), ("nonesuch", false, false), ("", false, true),
        ("9223372036854775809", false, false), ("00000000000000000000007th", true, false),
    ])
    func examples(value: String, gradeLevel: Bool, blank: Bool) {
        #expect(RecordVocabulary.isGradeLevel(value[...]) == gradeLevel)
        #expect(RecordVocabulary.isBlank(value[...]) == blank)
    }
}

/// A cell's value is found on bytes when label and value start in ASCII; it must be the one
/// that stepping over the label's characters gives.
@Suite("Cell values")
struct CellValueTests {
    @Test("random labels and values of ASCII, CR LF, marks and prepended signs")
    func randomCells() {
        let pieces = ["ID", "Guardian", " ", ":", "\r\n", "\r", "é", "\u{301}", "\u{600}", "7", "Ann", "\u{200D}", "👩‍👩‍👧", ""]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let piece = { pieces.randomElement(using: &generator)! }
            let column = (0..<Int.random(in: 0...3, using: &generator)).map { _ in piece() }.joined()
            let value = (0..<Int.random(in: 0...3, using: &generator)).map { _ in piece() }.joined()
            // As readers write a cell, and as a normaliser may leave it: a label that is not quite the column's.
            let text = Bool.random(using: &generator) ? "\(column): \(value)" : piece() + column + ": " + value
            let cell = TableCell(table: "t", row: 1, column: column)
            let expected = column.isEmpty ? Substring(text) : text.dropFirst(column.count + 2)
            #expect(cell.value(of: text) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) }) / \(column.unicodeScalars.count)")
        }
    }
}

/// The document a place belongs to: a sheet for its cells, the file for its pages, tables and
/// rows; any other place is its own.
@Suite("Documents of places")
struct DocumentOfPlaceTests {
    @Test("places and their documents", arguments: [
        ("body (text/plain)", "body (text/plain)"), ("subject", "subject"), ("attachment roster.xlsx › Sept!E1", "attachment roster.xlsx › Sept"),
        ("attachment report.pdf › page 2 › table 1", "attachment report.pdf"), ("attachment a.docx › table 3 › row 4", "attachment a.docx"),
        ("attachment notes.txt › table 1", "attachment notes.txt"), ("attachment wow!.txt", "attachment wow"),
        ("attachment x › sheet!A1 › page 2", "attachment x › sheet!A1"), ("attachment ›page 1", "attachment ›page 1"),
        ("attachment é › page 1", "attachment é"),
        ("attachment a › row › row 5.pdf › page 1", "attachment a"), ("attachment a › row \u{301}2 › table 1", "attachment a › row \u{301}2"),
        ("attachment \u{600} › page 1", "attachment \u{600} › page 1"), ("attachment a\u{600} › row 3 › row 4", "attachment a\u{600} › row 3"),
    ])
    func documents(place: String, document: String) {
        #expect(RecordCollector.document(of: place) == document)
    }
}

/// Names and sentence words are read off scalars where each is a character of its own; they
/// must be what reading characters gives.
@Suite("Names and words of sentences")
struct SentenceWordsTests {
    static let pieces = ["Jordan", "Smith", "Ms", ".", "my", "son", "O'Neil", "O’Neil", "IEP", "I'm", "Priya's", "Ann’s", "'s", "\u{600}", "was", "Cedar", "Ridge",
                         "School", " ", "  ", ",", ":", "\r\n", "\n", "-", "'", "’", "é", "É", "E\u{301}", "ǅ", "ª", "Ł", "\u{301}",
                         "\u{200D}", "क", "👩‍👩‍👧", "\u{A0}", "Special", "Education", "Professional", "Development", "x", "5"]

    static func randomTexts(_ count: Int) -> [Substring] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in
            Substring((0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
    }

    static func scalars(_ text: Substring) -> String { "\(text.unicodeScalars.map { String($0.value, radix: 16) })" }

    @Test("names, titled or not, and names used alone")
    func names() {
        for text in Self.randomTexts(6000) {
            let both = PersonName.names(in: text)
            #expect(both.titled == PersonName.names(in: text, titled: true, byCharacters: true), "\(Self.scalars(text))")
            #expect(both.untitled == PersonName.names(in: text, titled: false, byCharacters: true), "\(Self.scalars(text))")
            #expect(PersonName.soleNames(in: text) == PersonName.soleNames(in: text, byCharacters: true), "\(Self.scalars(text))")
        }
    }

    @Test("possessives")
    func possessives() {
        for text in Self.randomTexts(6000) {
            #expect(PersonName.bare(text) == PersonName.bareByCharacters(text), "\(Self.scalars(text))")
        }
        for (word, bare) in [("Priya's", "Priya"), ("Priya’s", "Priya"), ("'s", ""), ("s", "s"), ("Chris", "Chris"), ("Ross’", "Ross’"), ("\u{600}'s", "\u{600}'s")] {
            #expect(PersonName.bare(word[...]) == bare)
        }
    }

    @Test("four words or more, and words of letters and apostrophes")
    func words() {
        for text in Self.randomTexts(6000) {
            #expect(text.hasFourWords == (text.split(separator: " ").count >= 4), "\(Self.scalars(text))")
            #expect(text.letterWords == text.split { !$0.isLetter && $0 != "'" && $0 != "’" }, "\(Self.scalars(text))")
        }
    }

    @Test("examples and look-alikes", arguments: [
        ("Jordan Smith came to the office", ["Jordan", "Smith"], ["Jordan", "Smith"]),
        ("Please call my son Jordan today", ["Jordan"], []),
        ("Ms. Rivera called", ["Rivera"], []),
        ("Cedar Ridge Middle School is closed", [], []),
        ("Special Education Professional Development - November", [], []),
        ("The IEP team meets", [], []),
        ("Zoë Müller’s plan", ["Zoë", "Müller"], ["Zoë", "Müller"]),
        ("Zoe\u{308} Mu\u{308}ller was here", ["Zoe\u{308}", "Mu\u{308}ller"], ["Zoe\u{308}", "Mu\u{308}ller"]),
    ])
    func examples(sentence: String, titled: [String], untitled: [String]) {
        let both = PersonName.names(in: sentence[...])
        #expect(both.titled.map(String.init) == titled)
        #expect(both.untitled.map(String.init) == untitled)
    }
}

/// A label's last word is read on the bytes before its colon when they are ASCII; it must be
/// the one reading the forty characters before the colon gives.
@Suite("Label words before a colon")
struct LabelWordTests {
    @Test("random lines of labels, line ends, marks and prefixes")
    func randomLines() {
        let pieces = ["Student", "Name", " ", "'", "’", "\r\n", "\r", "\n", "é", "\u{301}", "\u{600}", "-", "7", "x", String(repeating: "ab ", count: 7)]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() + ": Ann Lee"
            let line = Substring(text).dropFirst(Int.random(in: 0...2, using: &generator))
            guard let colon = line.utf8.firstIndex(of: 58) else { continue }
            let expected = RecordVocabulary.lastLabelWord(line[..<colon].suffix(40))
            #expect(RecordVocabulary.labelWord(before: colon, in: line) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("forty characters back: what stands just before them", arguments: [
        "\u{600}" + String(repeating: "a", count: 40), "\r\n" + String(repeating: "b", count: 39), String(repeating: "c", count: 45),
        "é" + String(repeating: "d", count: 40), "\u{600}" + String(repeating: "e", count: 39), "Student Name", "",
    ])
    func boundaries(label: String) {
        let line = Substring(label + ": Ann Lee")
        let colon = line.utf8.firstIndex(of: 58)!
        #expect(RecordVocabulary.labelWord(before: colon, in: line) == RecordVocabulary.lastLabelWord(line[..<colon].suffix(40)))
    }
}
