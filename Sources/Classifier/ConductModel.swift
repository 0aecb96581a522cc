import Foundation

/// The conduct model behind one small interface: texts in, one probability per category out.
/// The tokenizer, the MiniLM encoder (memory-mapped weights) and the trained heads, loaded
/// once per process; every call is independent, so threads may share one model.
public final class ConductModel: Sendable {
    /// Where the model came from (`mailguard check` prints them with their SHA-256).
    public struct Files: Sendable, Codable, Equatable {
        /// The folder with `model.safetensors` and `tokenizer.json` (filled by `scripts/install-deps`).
        public var encoder: String
        /// The trained heads (JSON), committed with the script and data that made them.
        public var heads: String

        public init(encoder: String, heads: String) {
            self.encoder = encoder
            self.heads = heads
        }

        public var weights: String { (encoder as NSString).appendingPathComponent("model.safetensors") }
        public var tokenizer: String { (encoder as NSString).appendingPathComponent("tokenizer.json") }
        /// Words that make a sentence worth scoring where not every sentence is (beside the heads).
        public var candidates: String { besideHeads("candidates.txt") }
        public var all: [String] { [weights, tokenizer, heads, candidates] }

        /// A file named relative to the heads' folder.
        public func besideHeads(_ name: String) -> String {
            name.hasPrefix("/") ? name : ((heads as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
        }
    }

    public let files: Files
    public let tokenizer: WordPieceTokenizer
    public let encoder: SentenceEncoder
    public let heads: ConductHeads
    /// When the files were read: a file changed since means loading again.
    public let loadedAt = Date()
    /// Tokens embedded in one batch: the linear layers run over all of them at once.
    static let batchTokens = 1024

    /// `heads`: the heads as loaded before (a worker gets the milter's, so a heads file edited
    /// on disk after the last reload cannot reach it); nil reads `files.heads`. `precision`: how
    /// the encoder keeps its weights (float32 only for parity with the reference).
    public init(files: Files, heads: ConductHeads? = nil, precision: SentenceEncoder.Precision = .int8) throws(ModelError) {
        self.files = files
        tokenizer = try WordPieceTokenizer(tokenizerFile: files.tokenizer)
        let loaded: ConductHeads
        if let heads { loaded = heads } else { loaded = try ConductHeads(file: files.heads) }
        self.heads = loaded
        encoder = try SentenceEncoder(weightsFile: files.weights, overlay: loaded.encoderOverlay.map(files.besideHeads), precision: precision)
    }

    public var categories: [String] { heads.categories }

    /// The latest modification time of the encoder's files (weights, tokenizer, tuned layers).
    public static func lastChange(of files: Files) -> Date {
        let folder = (files.heads as NSString).deletingLastPathComponent
        let tuned = (try? FileManager.default.contentsOfDirectory(atPath: folder))?.filter { $0.hasSuffix(".safetensors") }
            .map { (folder as NSString).appendingPathComponent($0) } ?? []
        return ([files.weights, files.tokenizer] + tuned).compactMap {
            (try? FileManager.default.attributesOfItem(atPath: $0))?[.modificationDate] as? Date
        }.max() ?? .distantFuture
    }

    /// The sentence embedding of each text.
    public func embeddings(_ texts: [String], deadline: ContinuousClock.Instant = .now + .seconds(3600)) -> [[Float]] {
        var result: [[Float]] = []
        result.reserveCapacity(texts.count)
        var batch: [[Int32]] = []
        var tokens = 0
        for text in texts {
            let ids = tokenizer.ids(text, limit: SentenceEncoder.maxTokens)
            if tokens + ids.count > Self.batchTokens, !batch.isEmpty {
                guard ContinuousClock.now < deadline else { return result }
                result += encoder.embed(batch)
                batch = []
                tokens = 0
            }
            batch.append(ids)
            tokens += ids.count
        }
        if !batch.isEmpty, ContinuousClock.now < deadline { result += encoder.embed(batch) }
        return result
    }

    /// One probability per category (in `categories` order) for each text, in order; past
    /// `deadline` no further batch is started, so fewer rows than texts may come back.
    public func scores(_ texts: [String], deadline: ContinuousClock.Instant = .now + .seconds(3600)) -> [[Float]] {
        embeddings(texts, deadline: deadline).map(heads.scores)
    }
}
