import Foundation

/// The trained part of the conduct model: a small network from a sentence embedding to one
/// probability per category (dense layers, ReLU between them, a sigmoid per output), with the
/// thresholds chosen on the tuning split. Read from the JSON file the training script writes
/// (`models/conduct/train.py`).
public struct ConductHeads: Sendable {
    struct Dense: Sendable {
        /// Row-major, `outputs` rows of `inputs` weights.
        var weight: [Float]
        var bias: [Float]
        var inputs: Int
        var outputs: Int
    }

    public let categories: [String]
    /// Per category: the threshold chosen on the tuning split, and what a finding says.
    public let thresholds: [String: Float]
    public let descriptions: [String: String]
    /// Fine-tuned encoder layers (a safetensors file beside the heads) read over the base
    /// weights; nil: the base encoder as it is.
    public let encoderOverlay: String?
    let layers: [Dense]

    /// The JSON the heads were read from (a worker gets these bytes, not the path).
    public let json: Data

    public init(file path: String) throws(ModelError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw ModelError(path, "cannot read") }
        try self.init(json: data, file: path)
    }

    /// `file` names the origin in errors.
    public init(json data: Data, file path: String) throws(ModelError) {
        json = data
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw ModelError(path, "not a JSON object") }
        guard let categories = root["categories"] as? [String], !categories.isEmpty,
              let layerObjects = root["layers"] as? [[String: Any]], !layerObjects.isEmpty
        else { throw ModelError(path, "needs 'categories' and 'layers'") }
        var layers: [Dense] = []
        var inputs = SentenceEncoder.width
        for (index, object) in layerObjects.enumerated() {
            guard let rows = object["weight"] as? [[Double]], let bias = object["bias"] as? [Double],
                  rows.count == bias.count, rows.allSatisfy({ $0.count == inputs })
            else { throw ModelError(path, "layer \(index): needs 'weight' (rows of \(inputs)) and 'bias' (one per row)") }
            let weight = rows.flatMap { $0.map(Float.init) }
            guard weight.allSatisfy(\.isFinite), bias.allSatisfy(\.isFinite) else { throw ModelError(path, "layer \(index): a weight is not a finite number") }
            layers.append(Dense(weight: weight, bias: bias.map(Float.init), inputs: inputs, outputs: rows.count))
            inputs = rows.count
        }
        guard inputs == categories.count else { throw ModelError(path, "last layer has \(inputs) outputs for \(categories.count) categories") }
        let thresholds = (root["thresholds"] as? [String: Double]) ?? [:]
        guard Set(thresholds.keys) == Set(categories), thresholds.values.allSatisfy({ $0 > 0 && $0 < 1 }) else {
            throw ModelError(path, "'thresholds' needs one value in (0, 1) per category")
        }
        self.categories = categories
        self.layers = layers
        self.thresholds = thresholds.mapValues(Float.init)
        descriptions = (root["descriptions"] as? [String: String]) ?? [:]
        encoderOverlay = root["encoder_overlay"] as? String
    }

    /// One probability per category, in `categories` order.
    public func scores(_ embedding: [Float]) -> [Float] {
        var values = embedding
        for (index, layer) in layers.enumerated() {
            var out = layer.bias
            layer.weight.withUnsafeBufferPointer { weight in
                for row in 0..<layer.outputs {
                    var sum: Float = 0
                    let base = row * layer.inputs
                    for column in 0..<layer.inputs { sum += weight[base + column] * values[column] }
                    out[row] += sum
                }
            }
            values = index == layers.count - 1 ? out.map { 1 / (1 + expf(-$0)) } : out.map { max($0, 0) }
        }
        return values
    }
}
