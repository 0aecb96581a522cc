import CMatrix
@testable import Classifier
import Foundation
import Testing
import TestSupport

/// The encoder's int8 weights: how they are rounded, the few-token product against the
/// product of the same weights widened to float32, and the whole encoder against float32.
@Suite struct Int8WeightsTests {
    @Test("a row is scaled by its largest magnitude over 127 and rounded to nearest, ties to even")
    func rounding() {
        let values: [Float] = [63.5, -127, 31.75, 0, 62.5, 2.5, // one row: its scale is 1
                               0, 0, 0, 0, 0, 0, // a zero row
                               .nan, 1, .infinity, -2, 0, 0] // a damaged row
        let weights = values.withUnsafeBufferPointer { Int8Weights($0.baseAddress!, rows: 3, columns: 6) }
        #expect(weights.scales[0] == 1)
        #expect((0..<6).map { weights.weights[$0] } == [64, -127, 32, 0, 62, 2])
        #expect(weights.scales[1] == 0 && (6..<12).allSatisfy { weights.weights[$0] == 0 })
        #expect(weights.scales[2] == 0 && (12..<18).allSatisfy { weights.weights[$0] == 0 })
        var widened = [Float](repeating: .nan, count: 18)
        widened.withUnsafeMutableBufferPointer { weights.widen(into: $0.baseAddress!) }
        #expect(widened[0..<6] == [64, -127, 32, 0, 62, 2] && widened[6..<18].allSatisfy { $0 == 0 })
    }

    @Test("the few-token product equals the product of the widened weights, in every shape it takes")
    func productAgainstWidenedWeights() {
        var generator = SeededGenerator(seed: 8)
        for _ in 0..<300 {
            let rows = Int.random(in: 1...20, using: &generator)
            let outputs = 2 * Int.random(in: 1...24, using: &generator)
            let inputs = 8 * Int.random(in: 1...12, using: &generator)
            let source = (0..<(outputs * inputs)).map { _ in Float.random(in: -1...1, using: &generator) }
            let input = (0..<(rows * inputs)).map { _ in Float.random(in: -3...3, using: &generator) }
            let bias = (0..<outputs).map { _ in Float.random(in: -1...1, using: &generator) }
            let weights = source.withUnsafeBufferPointer { Int8Weights($0.baseAddress!, rows: outputs, columns: inputs) }
            var widened = [Float](repeating: 0, count: outputs * inputs)
            widened.withUnsafeMutableBufferPointer { weights.widen(into: $0.baseAddress!) }
            var out = [Float](repeating: .nan, count: rows * outputs)
            let done = out.withUnsafeMutableBufferPointer {
                mg_int8_product(Int32(rows), Int32(outputs), Int32(inputs), input, weights.weights, weights.scales, bias, $0.baseAddress!)
            }
            #expect(done == 1)
            for row in 0..<rows {
                for output in 0..<outputs {
                    var exact = Double(bias[output])
                    for k in 0..<inputs { exact += Double(input[row * inputs + k]) * Double(widened[output * inputs + k]) }
                    #expect(abs(Double(out[row * outputs + output]) - exact) <= 1e-4 * (1 + abs(exact)), "\(rows)×\(inputs)·\(inputs)×\(outputs)")
                }
            }
        }
    }

    @Test("shapes the product does not take are left to the caller, nothing written")
    func refusedShapes() {
        let weights = [Int8](repeating: 1, count: 64)
        let scales = [Float](repeating: 1, count: 8)
        let input = [Float](repeating: 1, count: 64)
        for (rows, outputs, inputs) in [(0, 2, 8), (1, 3, 8), (1, 2, 12), (1, 2, 0), (-1, 2, 8)] {
            var out = [Float](repeating: 7, count: 64)
            let done = out.withUnsafeMutableBufferPointer {
                mg_int8_product(Int32(rows), Int32(outputs), Int32(inputs), input, weights, scales, scales, $0.baseAddress!)
            }
            #expect(done == 0 && out.allSatisfy { $0 == 7 }, "\(rows) \(outputs) \(inputs)")
        }
    }

    static func encoders() throws -> (int8: SentenceEncoder, float32: SentenceEncoder, tokenizer: WordPieceTokenizer) {
        let weights = Repository.encoder.appendingPathComponent("model.safetensors").path
        return (try SentenceEncoder(weightsFile: weights), try SentenceEncoder(weightsFile: weights, precision: .float32),
                try WordPieceTokenizer(tokenizerFile: Repository.encoder.appendingPathComponent("tokenizer.json").path))
    }

    @Test("the int8 encoder's embeddings stay within a cosine of 0.995 of the float32 encoder's")
    func nearTheFloatEncoder() throws {
        let (int8, float32, tokenizer) = try Self.encoders()
        let sentences = try ParityTests.sentences().enumerated().filter { $0.offset % 12 == 0 }.map(\.element)
        let ids = sentences.map { tokenizer.ids($0, limit: SentenceEncoder.maxTokens) }
        var worst: Float = 1
        for start in stride(from: 0, to: ids.count, by: 16) {
            let batch = Array(ids[start..<min(start + 16, ids.count)])
            for (a, b) in zip(int8.embed(batch), float32.embed(batch)) {
                worst = min(worst, zip(a, b).reduce(0) { $0 + $1.0 * $1.1 })
            }
        }
        #expect(worst >= 0.995, "lowest cosine \(worst)")  // 0.9978 measured
    }

    /// Past `fewTokens` the batch's products widen the weights for OpenBLAS; alone, a sentence
    /// takes the few-token product: the two agree.
    @Test("a sentence embeds alike alone and in a batch of many tokens")
    func aloneAndInALargeBatch() throws {
        let (int8, _, tokenizer) = try Self.encoders()
        let texts = ["i am bringing my dad's gun tomorrow", "we have a quiz on friday"]
            + (0..<12).map { "the field trip forms for room \($0) are due on the first monday of the month" }
        let ids = texts.map { tokenizer.ids($0) }
        #expect(ids.reduce(0) { $0 + $1.count } > SentenceEncoder.fewTokens)
        let together = int8.embed(ids)
        for (index, batched) in together.enumerated().prefix(3) {
            let alone = int8.embed([ids[index]])[0]
            let largest = zip(alone, batched).map { abs($0 - $1) }.max() ?? 0
            #expect(largest < 1e-4, "\(texts[index]): \(largest)")
        }
    }
}
