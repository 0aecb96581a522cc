import ArgumentParser
import Classifier
import Foundation

/// `mailguard conduct-embed`: the sentence embeddings MailGuard computes, for training the
/// conduct heads on exactly what the worker will see (`models/conduct/train.py`).
struct ConductEmbedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conduct-embed",
        abstract: "Write the conduct model's sentence embeddings (raw float32, 384 per text) or token ids of a JSON list of texts."
    )

    @Option(name: .long, help: "Folder with model.safetensors and tokenizer.json.")
    var encoder = ".models/all-MiniLM-L6-v2"

    @Argument(help: "A JSON file holding a list of strings.")
    var input: String

    @Argument(help: "Output file: little-endian float32, one row of 384 per text.")
    var output: String

    @Flag(name: .long, help: "Write each text's token ids (a JSON list of lists) instead, for fine-tuning.")
    var ids = false

    func run() throws {
        let texts = try JSONDecoder().decode([String].self, from: Data(contentsOf: URL(fileURLWithPath: input)))
        let files = ConductModel.Files(encoder: encoder, heads: "")
        let model = try SentenceEncoder(weightsFile: files.weights)
        let tokenizer = try WordPieceTokenizer(tokenizerFile: files.tokenizer)
        if ids {
            try JSONEncoder().encode(texts.map { tokenizer.ids($0) }).write(to: URL(fileURLWithPath: output))
            return
        }
        BLASEnvironment.useOne()
        var data = Data(capacity: texts.count * SentenceEncoder.width * 4)
        let started = ContinuousClock.now
        for start in stride(from: 0, to: texts.count, by: 64) {
            let batch = texts[start..<min(start + 64, texts.count)].map { tokenizer.ids($0) }
            for embedding in model.embed(batch) {
                embedding.withUnsafeBytes { data.append(contentsOf: $0) }
            }
        }
        try data.write(to: URL(fileURLWithPath: output))
        let elapsed = ContinuousClock.now - started
        FileHandle.standardError.write(Data("\(texts.count) texts in \(elapsed)\n".utf8))
    }
}
