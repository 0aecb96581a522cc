import Classifier
import Testing

@Suite struct SentenceSplitterTests {
    @Test(arguments: [
        // Ending marks part sentences; a fragment joins the sentence after it.
        ("We have a quiz on Friday. Please study chapter four tonight.", ["We have a quiz on Friday.", "Please study chapter four tonight."]),
        ("ok. see u tmrw. i'm bringing it to school and nobody will stop me",
         ["ok. see u tmrw. i'm bringing it to school and nobody will stop me"]),
        // Short chat lines end sentences; quote markers go; fragments join their neighbours.
        ("i hate it here\n> > nobody would even notice if i was gone\nwhatever",
         ["i hate it here nobody would even notice if i was gone whatever"]),
        ("we play the tigers on saturday at noon\nbring water and your cleats to the field",
         ["we play the tigers on saturday at noon", "bring water and your cleats to the field"]),
        // A long line without an ending mark continues on the next (wrapped mail).
        ("The field trip to the science museum is on Thursday and the bus leaves at\n8:15 from the front loop, so please be on time.",
         ["The field trip to the science museum is on Thursday and the bus leaves at 8:15 from the front loop, so please be on time."]),
        // A closing quote after the mark still ends the sentence.
        ("He yelled \"Stop!\" and everyone froze in the hallway. Then the bell rang for lunch.",
         ["He yelled \"Stop!\" and everyone froze in the hallway.", "Then the bell rang for lunch."]),
        ("", []),
        ("\n\n   \n", []),
    ])
    func sentences(text: String, expected: [String]) {
        #expect(SentenceSplitter().sentences(in: text) == expected)
    }

    @Test func aVeryLongSentenceIsCutIntoPiecesOfBoundedLength() {
        let text = Array(repeating: "word", count: 1000).joined(separator: " ")
        let sentences = SentenceSplitter().sentences(in: text)
        #expect(sentences.count == 17)
        #expect(sentences.allSatisfy { $0.split(separator: " ").count <= 60 })
    }

    @Test func theNumberOfSentencesIsBounded() {
        var splitter = SentenceSplitter()
        splitter.maxSentences = 50
        let text = Array(repeating: "This is one sentence of six words.", count: 500).joined(separator: "\n")
        #expect(splitter.sentences(in: text).count == 50)
    }
}
