import Classifier
import Detectors
import Foundation
import FuzzSupport

/// The conduct model's input side: any bytes as text, cut into sentences, each and its conduct
/// view tokenized. Sentences stay bounded in number and words, and every id is in the
/// vocabulary; the encoder then embeds a batch of the first ids (its input is attacker text).
let tokenizer: WordPieceTokenizer = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let path = root.appendingPathComponent(".models/all-MiniLM-L6-v2/tokenizer.json").path
    do { return try WordPieceTokenizer(tokenizerFile: path) } catch { fatalError("fuzz-sentences needs \(path) (scripts/install-deps): \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSentences(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: Harness.bytes(data, size), as: UTF8.self)
    let splitter = SentenceSplitter()
    let sentences = splitter.sentences(in: text)
    precondition(sentences.count <= splitter.maxSentences, "\(sentences.count) sentences")
    var view = ConductView()
    for sentence in sentences {
        let words = sentence.split(whereSeparator: \.isWhitespace).count
        precondition(words <= splitter.mergedWords + splitter.maxWords, "a sentence of \(words) words")
        for ids in [tokenizer.ids(sentence), tokenizer.ids(view.text(of: sentence))] {
            precondition(ids.first == WordPieceTokenizer.classifyID && ids.last == WordPieceTokenizer.separatorID)
            precondition(ids.allSatisfy { $0 >= 0 && $0 < 30_522 }, "an id outside the vocabulary")
        }
    }
    return 0
}

@_cdecl("fuzz_sentences_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzSentences)
}
