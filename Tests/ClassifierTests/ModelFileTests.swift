import Classifier
import Foundation
import Testing
import TestSupport

/// Damaged or wrong model files are errors naming the file and the cause, never a crash.
@Suite struct ModelFileTests {
    static func temporary(_ name: String, _ bytes: [UInt8]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mailguard-model-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// A file in the format: the header padded with spaces so the data starts 8-aligned.
    static func safetensors(header: String, data: Int = 0) -> [UInt8] {
        var json = Array(header.utf8)
        while json.count % 8 != 0 { json.append(32) }
        var length = UInt64(json.count).littleEndian
        return withUnsafeBytes(of: &length) { Array($0) } + json + [UInt8](repeating: 0, count: data)
    }

    @Test(arguments: [
        ([UInt8]([1, 2, 3]), "not a safetensors file (too short)"),
        ([UInt8]([255, 255, 255, 255, 0, 0, 0, 0, 123]), "header length 4294967295 does not fit the file"),
        (safetensors(header: "[1,2]"), "header is not a JSON object"),
        (safetensors(header: #"{"a":{"dtype":"F32","shape":[4],"data_offsets":[0,64]}}"#, data: 16), "tensor 'a': byte range [0, 64] does not fit shape [4] in the file"),
        (safetensors(header: #"{"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}}"#, data: 16), "no tensor 'embeddings.word_embeddings.weight'"),
        (safetensors(header: #"{"a":{"dtype":"F32","shape":[4],"data_offsets":[9223372036854775000,9223372036854775807]}}"#, data: 16),
         "tensor 'a': byte range [9223372036854775000, 9223372036854775807] does not fit shape [4] in the file"),
        (safetensors(header: #"{"a":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,16]}}"#, data: 16),
         "tensor 'a': byte range [0, 16] does not fit shape [4294967296, 4294967296] in the file"),
    ])
    func aDamagedWeightsFileIsAnErrorNamingIt(bytes: [UInt8], cause: String) throws {
        let path = try Self.temporary("model.safetensors", bytes)
        #expect(throws: ModelError(path, cause)) { try SentenceEncoder(weightsFile: path) }
    }

    @Test func aWeightsFileOfAnotherShapeIsAnError() throws {
        let header = #"{"embeddings.word_embeddings.weight":{"dtype":"F32","shape":[2,3],"data_offsets":[0,24]}}"#
        let path = try Self.temporary("model.safetensors", Self.safetensors(header: header, data: 24))
        #expect(throws: ModelError(path, "tensor 'embeddings.word_embeddings.weight' has shape [2, 3], expected [2, 384]")) {
            try SentenceEncoder(weightsFile: path)
        }
    }

    @Test(arguments: [
        ("{}", "needs 'categories' and 'layers'"),
        (#"{"categories":["threat"],"layers":[{"weight":[[1,2]],"bias":[0]}]}"#, "layer 0: needs 'weight' (rows of 384) and 'bias' (one per row)"),
        ("not json", "not a JSON object"),
    ])
    func damagedHeadsAreAnErrorNamingTheFile(text: String, cause: String) throws {
        let path = try Self.temporary("heads.json", Array(text.utf8))
        #expect(throws: ModelError(path, cause)) { try ConductHeads(file: path) }
    }

    @Test func theShippedHeadsLoadWithAThresholdPerCategory() throws {
        let heads = try ConductHeads(file: Repository.conductHeads.path)
        #expect(heads.categories == ["threat", "self-harm", "weapons", "harassment", "sexual", "substance", "gambling", "solicitation"])
        #expect(heads.categories.allSatisfy { (heads.thresholds[$0] ?? 0) > 0 })
        #expect(heads.scores([Float](repeating: 0.05, count: 384)).count == 8)
    }

    @Test func idsOutsideTheVocabularyReadAsUnknown() throws {
        let encoder = try SentenceEncoder(weightsFile: Repository.encoder.appendingPathComponent("model.safetensors").path)
        let odd = encoder.embed([[101, -5, 999_999, 102]])[0]
        let unknown = encoder.embed([[101, 100, 100, 102]])[0]
        #expect(zip(odd, unknown).allSatisfy { abs($0 - $1) < 1e-6 })
    }
}
