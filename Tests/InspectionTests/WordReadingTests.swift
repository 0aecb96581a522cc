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
