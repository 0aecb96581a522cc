import CBLAS
import CMatrix
import Foundation

/// The MiniLM-L6 sentence encoder (BERT: 6 layers, hidden 384, 12 heads, GELU, absolute
/// positions): token ids in, a mean-pooled, L2-normalised 384-float embedding out. Weights are
/// read in place from the memory-mapped safetensors file. Every linear layer runs over the
/// tokens of all sentences of a batch at once (one matrix product per layer); attention runs
/// per sentence. Single-threaded: a worker is one message on one core.
///
/// The linear layers' weights are kept as int8, one scale per output row (`Precision.int8`,
/// the default): 10.6 MB instead of 42, which stay in the processor's cache from one message to
/// the next, so a teacher's single candidate sentence costs about 2 ms instead of 6.5. Judged on
/// the conduct evaluation set: the same recall in every category (docs/conduct.md).
/// `Precision.float32` computes with the weights as stored, for parity with the reference.
public final class SentenceEncoder: Sendable {
    public enum Precision: Sendable {
        case int8, float32
    }

    public static let width = 384
    static let heads = 12
    static let headWidth = 32
    static let inner = 1536
    static let layerCount = 6
    /// Longest input, `[CLS]` and `[SEP]` included; longer ones keep their first 127 ids.
    public static let maxTokens = 128
    static let epsilon: Float = 1e-12

    struct Layer {
        var query, key, value, attentionOut, intermediate, output: Linear
        var attentionNorm, outputNorm: Norm
    }

    struct Linear {
        var weight: UnsafePointer<Float>
        var bias: UnsafePointer<Float>
        var inputs: Int
        var outputs: Int
        /// The weights as int8, for `Precision.int8`.
        var int8: Int8Weights?
    }

    /// Up to this many tokens a product reads the int8 weights directly (`mg_int8_product`);
    /// past it, widening them to float32 once for OpenBLAS costs less (measured crossover
    /// about 128 tokens).
    static let fewTokens = 96

    /// Whether this processor runs `mg_int8_product` (AVX2 and FMA), tried once on a tiny product.
    static let int8ProductRuns: Bool = {
        let weights = [Int8](repeating: 1, count: 16)
        let ones = [Float](repeating: 1, count: 16)
        var out = [Float](repeating: 0, count: 2)
        return mg_int8_product(1, 2, 8, ones, weights, ones, ones, &out) == 1 && out == [9, 9]
    }()

    /// Whether a batch of `tokens` multiplies the int8 weights directly, not widened for OpenBLAS.
    static func readsInt8(tokens: Int) -> Bool { tokens <= fewTokens && int8ProductRuns }

    struct Norm {
        var weight: UnsafePointer<Float>
        var bias: UnsafePointer<Float>
    }

    private let file: SafeTensors
    /// Tensors that replace the base file's (the top layers fine-tuned for conduct).
    private let overlay: SafeTensors?
    // The pointers below point into `file`'s read-only mapping, which lives as long as self.
    private nonisolated(unsafe) let words: UnsafePointer<Float>
    private nonisolated(unsafe) let positions: UnsafePointer<Float>
    private nonisolated(unsafe) let tokenType: UnsafePointer<Float>
    private nonisolated(unsafe) let embeddingNorm: Norm
    private nonisolated(unsafe) let layers: [Layer]
    private let precision: Precision
    /// `layers` with their int8 weights, made at the first embedding (`withInt8`).
    private nonisolated(unsafe) var int8Layers: [Layer]?
    private let int8Lock = NSLock()
    public let vocabularySize: Int

    /// `overlay`: a second safetensors file whose tensors replace the base file's of the same
    /// name (checked to the same shapes).
    public init(weightsFile path: String, overlay overlayPath: String? = nil, precision: Precision = .int8) throws(ModelError) {
        let base = try SafeTensors(path: path)
        file = base
        let top = try overlayPath.map { path throws(ModelError) in try SafeTensors(path: path) }
        overlay = top
        let file = Layered(base: base, overlay: top)
        let width = Self.width
        guard let vocabulary = file.shape(of: "embeddings.word_embeddings.weight")?.first else {
            throw ModelError(path, "no tensor 'embeddings.word_embeddings.weight'")
        }
        vocabularySize = vocabulary
        words = try file.floats("embeddings.word_embeddings.weight", shape: [vocabulary, width])
        positions = try file.floats("embeddings.position_embeddings.weight", shape: [512, width])
        tokenType = try file.floats("embeddings.token_type_embeddings.weight", shape: [2, width])
        embeddingNorm = try Self.norm(file, "embeddings.LayerNorm")
        self.precision = precision
        var layers: [Layer] = []
        for index in 0..<Self.layerCount {
            let prefix = "encoder.layer.\(index)."
            layers.append(Layer(
                query: try Self.linear(file, prefix + "attention.self.query", width, width),
                key: try Self.linear(file, prefix + "attention.self.key", width, width),
                value: try Self.linear(file, prefix + "attention.self.value", width, width),
                attentionOut: try Self.linear(file, prefix + "attention.output.dense", width, width),
                intermediate: try Self.linear(file, prefix + "intermediate.dense", width, Self.inner),
                output: try Self.linear(file, prefix + "output.dense", Self.inner, width),
                attentionNorm: try Self.norm(file, prefix + "attention.output.LayerNorm"),
                outputNorm: try Self.norm(file, prefix + "output.LayerNorm")
            ))
        }
        self.layers = layers
    }

    /// Reads a tensor from the overlay when it has it, else from the base.
    struct Layered {
        let base: SafeTensors
        let overlay: SafeTensors?

        func shape(of name: String) -> [Int]? { base.shape(of: name) }

        func floats(_ name: String, shape: [Int]) throws(ModelError) -> UnsafePointer<Float> {
            if let overlay, overlay.shape(of: name) != nil { return try overlay.floats(name, shape: shape) }
            return try base.floats(name, shape: shape)
        }
    }

    private static func linear(_ file: Layered, _ name: String, _ inputs: Int, _ outputs: Int) throws(ModelError) -> Linear {
        Linear(weight: try file.floats(name + ".weight", shape: [outputs, inputs]), bias: try file.floats(name + ".bias", shape: [outputs]),
               inputs: inputs, outputs: outputs)
    }

    private static func norm(_ file: Layered, _ name: String) throws(ModelError) -> Norm {
        Norm(weight: try file.floats(name + ".weight", shape: [width]), bias: try file.floats(name + ".bias", shape: [width]))
    }

    /// One embedding per id list, in order. Ids out of the vocabulary are read as `[UNK]`.
    public func embed(_ inputs: [[Int32]]) -> [[Float]] {
        let sequences = inputs.map(Self.truncated)
        let total = sequences.reduce(0) { $0 + $1.count }
        guard total > 0 else { return inputs.map { _ in [Float](repeating: 0, count: Self.width) } }
        let width = Self.width
        var hidden = [Float](repeating: 0, count: total * width)
        let layers = precision == .int8 ? withInt8() : layers
        let scratch = Scratch(tokens: total, widened: precision == .int8 && !Self.readsInt8(tokens: total))
        hidden.withUnsafeMutableBufferPointer { x in
            guard let x = x.baseAddress else { return }
            embedTokens(sequences, into: x)
            for layer in layers { run(layer, x, sequences, scratch) }
        }
        var embeddings: [[Float]] = []
        var row = 0
        for sequence in sequences {
            var pooled = [Float](repeating: 0, count: width)
            for token in row..<(row + sequence.count) {
                for column in 0..<width { pooled[column] += hidden[token * width + column] }
            }
            row += sequence.count
            let norm = max(pooled.reduce(0) { $0 + $1 * $1 }.squareRoot(), 1e-12)
            embeddings.append(pooled.map { $0 / norm })
        }
        return embeddings
    }

    /// The layers with their int8 weights, made at the first embedding: a process that loads the
    /// model but never embeds (the milter: its workers read the mail) keeps no copy.
    private func withInt8() -> [Layer] {
        int8Lock.lock()
        defer { int8Lock.unlock() }
        if let int8Layers { return int8Layers }
        let made = layers.map { layer in
            var layer = layer
            for path in [\Layer.query, \.key, \.value, \.attentionOut, \.intermediate, \.output] {
                let linear = layer[keyPath: path]
                layer[keyPath: path].int8 = Int8Weights(linear.weight, rows: linear.outputs, columns: linear.inputs)
            }
            return layer
        }
        int8Layers = made
        return made
    }

    static func truncated(_ ids: [Int32]) -> [Int32] {
        ids.count <= maxTokens ? ids : Array(ids.prefix(maxTokens - 1)) + [WordPieceTokenizer.separatorID]
    }

    /// Working memory for one batch, freed with it.
    private final class Scratch {
        let query, key, value, context, projected, inner, scores: UnsafeMutablePointer<Float>
        /// The int8 weights of one layer as float32, for a batch the int8 product does not take.
        let weights: UnsafeMutablePointer<Float>?
        private let buffers: [UnsafeMutablePointer<Float>]

        init(tokens: Int, widened: Bool) {
            let size = tokens * SentenceEncoder.width
            func buffer(_ count: Int) -> UnsafeMutablePointer<Float> {
                let memory = UnsafeMutablePointer<Float>.allocate(capacity: max(count, 1))
                memory.initialize(repeating: 0, count: max(count, 1))
                return memory
            }
            (query, key, value, context, projected) = (buffer(size), buffer(size), buffer(size), buffer(size), buffer(size))
            inner = buffer(tokens * SentenceEncoder.inner)
            scores = buffer(SentenceEncoder.maxTokens * SentenceEncoder.maxTokens)
            weights = widened ? buffer(SentenceEncoder.inner * SentenceEncoder.width) : nil
            buffers = [query, key, value, context, projected, inner, scores] + (weights.map { [$0] } ?? [])
        }

        deinit { buffers.forEach { $0.deallocate() } }
    }

    private func embedTokens(_ sequences: [[Int32]], into x: UnsafeMutablePointer<Float>) {
        let width = Self.width
        var row = 0
        for sequence in sequences {
            for (position, id) in sequence.enumerated() {
                let token = Int(id) >= 0 && Int(id) < vocabularySize ? Int(id) : Int(WordPieceTokenizer.unknownID)
                let out = x + row * width
                for column in 0..<width {
                    out[column] = words[token * width + column] + positions[position * width + column] + tokenType[column]
                }
                Self.normalize(out, embeddingNorm)
                row += 1
            }
        }
    }

    private func run(_ layer: Layer, _ x: UnsafeMutablePointer<Float>, _ sequences: [[Int32]], _ scratch: Scratch) {
        let tokens = sequences.reduce(0) { $0 + $1.count }
        let width = Self.width
        Self.apply(layer.query, x, tokens, scratch.query, scratch)
        Self.apply(layer.key, x, tokens, scratch.key, scratch)
        Self.apply(layer.value, x, tokens, scratch.value, scratch)
        var row = 0
        for sequence in sequences {
            Self.attend(scratch.query + row * width, scratch.key + row * width, scratch.value + row * width,
                        count: sequence.count, scores: scratch.scores, into: scratch.context + row * width)
            row += sequence.count
        }
        Self.apply(layer.attentionOut, scratch.context, tokens, scratch.projected, scratch)
        Self.addAndNormalize(x, scratch.projected, tokens, layer.attentionNorm)
        Self.apply(layer.intermediate, x, tokens, scratch.inner, scratch)
        GELU.apply(scratch.inner, count: tokens * Self.inner)
        Self.apply(layer.output, scratch.inner, tokens, scratch.projected, scratch)
        Self.addAndNormalize(x, scratch.projected, tokens, layer.outputNorm)
    }

    /// `out = input · weightᵀ + bias` for `rows` rows.
    private static func apply(_ linear: Linear, _ input: UnsafePointer<Float>, _ rows: Int, _ out: UnsafeMutablePointer<Float>, _ scratch: Scratch) {
        var weight = linear.weight
        if let int8 = linear.int8 {
            if let widened = scratch.weights {
                int8.widen(into: widened)
                weight = UnsafePointer(widened)
            } else {
                // The layers' shapes (384, 1536) are ones it takes: checked when the file is read.
                let done = mg_int8_product(Int32(rows), Int32(linear.outputs), Int32(linear.inputs), input, int8.weights, int8.scales, linear.bias, out)
                assert(done == 1)
                return
            }
        }
        for row in 0..<rows { (out + row * linear.outputs).update(from: linear.bias, count: linear.outputs) }
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, Int32(rows), Int32(linear.outputs), Int32(linear.inputs),
                    1, input, Int32(linear.inputs), weight, Int32(linear.inputs), 1, out, Int32(linear.outputs))
    }

    /// Scaled dot-product attention of one sentence, head by head.
    private static func attend(
        _ q: UnsafePointer<Float>, _ k: UnsafePointer<Float>, _ v: UnsafePointer<Float>, count n: Int,
        scores: UnsafeMutablePointer<Float>, into out: UnsafeMutablePointer<Float>
    ) {
        let scale = 1 / Float(headWidth).squareRoot()
        let stride = Int32(width)
        for head in 0..<heads {
            let offset = head * headWidth
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, Int32(n), Int32(n), Int32(headWidth),
                        scale, q + offset, stride, k + offset, stride, 0, scores, Int32(n))
            for row in 0..<n { softmax(scores + row * n, count: n) }
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(n), Int32(headWidth), Int32(n),
                        1, scores, Int32(n), v + offset, stride, 0, out + offset, stride)
        }
    }

    private static func softmax(_ values: UnsafeMutablePointer<Float>, count: Int) {
        var largest = -Float.infinity
        for index in 0..<count { largest = max(largest, values[index]) }
        var sum: Float = 0
        for index in 0..<count {
            let value = expf(values[index] - largest)
            values[index] = value
            sum += value
        }
        let inverse = 1 / sum
        for index in 0..<count { values[index] *= inverse }
    }

    private static func addAndNormalize(_ x: UnsafeMutablePointer<Float>, _ delta: UnsafePointer<Float>, _ rows: Int, _ norm: Norm) {
        for row in 0..<rows {
            let values = x + row * width
            let added = delta + row * width
            for column in 0..<width { values[column] += added[column] }
            normalize(values, norm)
        }
    }

    /// Layer normalisation of one row, in place.
    private static func normalize(_ values: UnsafeMutablePointer<Float>, _ norm: Norm) {
        var mean: Float = 0
        for column in 0..<width { mean += values[column] }
        mean /= Float(width)
        var variance: Float = 0
        for column in 0..<width {
            let centred = values[column] - mean
            variance += centred * centred
        }
        let inverse = 1 / (variance / Float(width) + epsilon).squareRoot()
        for column in 0..<width {
            values[column] = (values[column] - mean) * inverse * norm.weight[column] + norm.bias[column]
        }
    }
}

/// A weight matrix stored as int8, one scale per row: `weight[r][c] ≈ scale[r] · q[r][c]`, the
/// scale the row's largest magnitude over 127, rounded to nearest (ties to even).
final class Int8Weights: @unchecked Sendable {
    // Written once in init, read only after.
    let weights: UnsafeMutablePointer<Int8>
    let scales: UnsafeMutablePointer<Float>
    let rows: Int
    let columns: Int

    init(_ source: UnsafePointer<Float>, rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        weights = .allocate(capacity: rows * columns)
        scales = .allocate(capacity: rows)
        for row in 0..<rows {
            let values = source + row * columns
            var largest: Float = 0
            for column in 0..<columns where abs(values[column]) > largest { largest = abs(values[column]) }
            // A damaged file never makes an out-of-range conversion: a NaN weight (false in every
            // comparison above) becomes 0, and a row with an infinite one is all zeros.
            let scale = largest > 0 && largest.isFinite ? largest / 127 : 0
            scales[row] = scale
            for column in 0..<columns {
                let step = scale > 0 ? (values[column] / scale).rounded(.toNearestOrEven) : 0
                weights[row * columns + column] = step.isFinite ? Int8(max(-127, min(127, step))) : 0
            }
        }
    }

    deinit {
        weights.deallocate()
        scales.deallocate()
    }

    /// The weights as float32, row-major, into `out` (`rows × columns` floats).
    func widen(into out: UnsafeMutablePointer<Float>) {
        for row in 0..<rows {
            let scale = scales[row]
            for column in 0..<columns { out[row * columns + column] = scale * Float(weights[row * columns + column]) }
        }
    }
}

/// GELU in its exact form, x·Φ(x), with Φ read from a table (step 1/512 over [-8, 8],
/// linear interpolation: error under 1e-6, far below the model's own noise) instead of one
/// erf call per element, which would cost more than the matrix products.
enum GELU {
    static let limit: Float = 8
    static let steps: Float = 512
    static let table: [Float] = {
        let count = Int(2 * limit * steps) + 2
        return (0..<count).map { index in
            let x = Double(index) / Double(steps) - Double(limit)
            return Float(0.5 * (1 + erf(x / 2.0.squareRoot())))
        }
    }()

    static func apply(_ values: UnsafeMutablePointer<Float>, count: Int) {
        table.withUnsafeBufferPointer { phi in
            for index in 0..<count {
                let x = values[index]
                if x >= limit { continue }
                // Also NaN (a damaged weights file): never an out-of-range cell.
                guard x > -limit else { values[index] = 0; continue }
                let position = (x + limit) * steps
                let cell = Int(position)
                let fraction = position - Float(cell)
                values[index] = x * (phi[cell] + (phi[cell + 1] - phi[cell]) * fraction)
            }
        }
    }
}
