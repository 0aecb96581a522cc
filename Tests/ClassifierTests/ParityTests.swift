import Classifier
import Foundation
import Testing
import TestSupport

/// The Swift tokenizer and encoder against the reference (`models/conduct/reference.py`, a
/// plain numpy forward pass over the same weights): ids exactly, embeddings within 1e-4.
@Suite struct ParityTests {
    static let reference = Repository.root.appendingPathComponent("Tests/ClassifierTests/Reference")

    static func sentences() throws -> [String] {
        try JSONDecoder().decode([String].self, from: Data(contentsOf: reference.appendingPathComponent("sentences.json")))
    }

    @Test func tokenizerIDsMatchTheReferenceExactly() throws {
        let tokenizer = try WordPieceTokenizer(tokenizerFile: Repository.encoder.appendingPathComponent("tokenizer.json").path)
        let expected = try JSONDecoder().decode([[Int32]].self, from: Data(contentsOf: Self.reference.appendingPathComponent("ids.json")))
        let sentences = try Self.sentences()
        #expect(sentences.count == expected.count)
        #expect(sentences.count >= 1000)
        var mismatches: [String] = []
        for (sentence, ids) in zip(sentences, expected) where tokenizer.ids(sentence) != ids {
            mismatches.append("\(sentence.unicodeScalars.map { $0.isASCII ? String($0) : "U+\(String($0.value, radix: 16))" }.joined().prefix(80)): \(tokenizer.ids(sentence).prefix(12)) vs \(ids.prefix(12))")
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) sentences differ:\n\(mismatches.prefix(10).joined(separator: "\n"))")
    }

    /// Stopping at the encoder's 128 ids gives exactly the ids the encoder keeps of the whole.
    @Test func idsWithALimitAreTheTruncatedIDs() throws {
        let tokenizer = try WordPieceTokenizer(tokenizerFile: Repository.encoder.appendingPathComponent("tokenizer.json").path)
        let sentences = try Self.sentences()
        let long = sentences.filter { tokenizer.ids($0).count > SentenceEncoder.maxTokens }
        #expect(long.count >= 20)
        for sentence in sentences {
            let whole = tokenizer.ids(sentence)
            let kept = whole.count <= 128 ? whole : Array(whole.prefix(127)) + [WordPieceTokenizer.separatorID]
            #expect(tokenizer.ids(sentence, limit: SentenceEncoder.maxTokens) == kept)
        }
    }

    /// Every sentence with `./scripts/test --long` (and CI); otherwise every third, and every
    /// one of more than 64 ids (the debug build's encoder is the suite's longest test).
    static let everySentence = ProcessInfo.processInfo.environment["MAILGUARD_LONG_TESTS"] == "1"

    /// The float32 weights as stored: the reference computes with those.
    @Test func embeddingsMatchTheReferenceWithin1e4() throws {
        let model = try SentenceEncoder(weightsFile: Repository.encoder.appendingPathComponent("model.safetensors").path, precision: .float32)
        let expectedIDs = try JSONDecoder().decode([[Int32]].self, from: Data(contentsOf: Self.reference.appendingPathComponent("ids.json")))
        let raw = try Data(contentsOf: Self.reference.appendingPathComponent("embeddings.f32"))
        let expected = raw.withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
        #expect(expected.count == expectedIDs.count * SentenceEncoder.width)
        BLASEnvironment.useOne()
        let rows = expectedIDs.indices.filter { Self.everySentence || $0 % 3 == 0 || expectedIDs[$0].count > 64 }
        #expect(rows.count * 3 >= expectedIDs.count)
        // The reference's own ids, so this checks the encoder alone (the test above checks ids).
        var worst: Float = 0
        var worstIndex = 0
        for start in stride(from: 0, to: rows.count, by: 32) {
            let batchRows = Array(rows[start..<min(start + 32, rows.count)])
            for (offset, embedding) in model.embed(batchRows.map { expectedIDs[$0] }).enumerated() {
                let row = batchRows[offset]
                for column in 0..<SentenceEncoder.width {
                    let difference = abs(embedding[column] - expected[row * SentenceEncoder.width + column])
                    if !(difference <= worst) { worst = difference; worstIndex = row }
                }
            }
        }
        #expect(worst < 1e-4, "largest difference \(worst) at sentence \(worstIndex)")
    }

    /// Batching stacks the tokens of several sentences: each must come out as if alone.
    @Test func aSentenceEmbedsTheSameAloneAndInABatch() throws {
        let model = try SentenceEncoder(weightsFile: Repository.encoder.appendingPathComponent("model.safetensors").path)
        let tokenizer = try WordPieceTokenizer(tokenizerFile: Repository.encoder.appendingPathComponent("tokenizer.json").path)
        let texts = ["we have a quiz on friday", "i am bringing my dad's gun tomorrow", "ok"]
        let together = model.embed(texts.map { tokenizer.ids($0) })
        for (text, batched) in zip(texts, together) {
            let alone = model.embed([tokenizer.ids(text)])[0]
            #expect(zip(alone, batched).allSatisfy { abs($0 - $1) < 1e-5 }, "\(text)")
        }
    }
}

/// The shipped conduct encoder (base weights with the fine-tuned top layers read over them)
/// against the training script's own forward pass (`models/conduct/finetune.py`, PyTorch).
@Suite struct TunedParityTests {
    @Test func theTunedEncoderMatchesItsTrainingForwardPassWithin1e4() throws {
        let heads = try ConductHeads(file: Repository.conductHeads.path)
        let overlay = try #require(heads.encoderOverlay, "the shipped heads name their tuned layers")
        let files = ConductModel.Files(encoder: Repository.encoder.path, heads: Repository.conductHeads.path)
        let model = try ConductModel(files: files, precision: .float32)
        #expect(model.heads.encoderOverlay == overlay)
        let reference = ParityTests.reference
        let sentences = try JSONDecoder().decode([String].self, from: Data(contentsOf: reference.appendingPathComponent("tuned-sentences.json")))
        let raw = try Data(contentsOf: reference.appendingPathComponent("tuned-embeddings.f32"))
        let expected = raw.withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
        #expect(sentences.count >= 40 && expected.count == sentences.count * SentenceEncoder.width)
        var worst: Float = 0
        for (row, embedding) in model.embeddings(sentences).enumerated() {
            for column in 0..<SentenceEncoder.width {
                worst = max(worst, abs(embedding[column] - expected[row * SentenceEncoder.width + column]))
            }
        }
        #expect(worst < 1e-4, "largest difference \(worst)")
    }
}
