import Classifier
import Detectors
import Extraction
import Foundation

/// How the conduct model is configured (`[conduct]`).
public struct ConductSettings: Sendable, Codable, Equatable {
    public enum Mode: String, Sendable, Codable, CaseIterable {
        /// Model findings are decided by the policy rows like the lists' findings.
        case enforce
        /// Model findings are logged and audited with what they would have done; only the
        /// lists decide (a district trying the model first).
        case monitor
    }

    /// Nil: the model is off.
    public var files: ConductModel.Files?
    /// Per category, a threshold that replaces the one chosen on the tuning split.
    public var thresholds: [String: Float] = [:]
    public var mode = Mode.enforce
    /// Past this many characters of a message's text, only candidate sentences are scored.
    public var maxModelCharacters = 20_000

    public init(files: ConductModel.Files? = nil) { self.files = files }
}

/// How much of a message the model reads, decided from the envelope: every sentence of mail
/// from or to a protected group (students), only candidate sentences of other mail.
public enum ConductScope: UInt8, Sendable, Codable {
    case candidates = 0
    case everySentence = 1
}

/// The conduct model as the inspector uses it: sentences of the texts a person reads in, one
/// finding per category and place out. A model finding uses the kinds of the lists
/// (`threat`, `self-harm`, ...), rule id `conduct-model`, and a note with the category's
/// description and score, never the words.
public struct ConductReader: Sendable {
    public static let ruleID = "conduct-model"
    /// Candidate sentences scored past `max_model_chars`, and text read at all, as multiples of it.
    static let candidateShare = 3
    static let readShare = 10
    public let model: ConductModel
    public let settings: ConductSettings
    let candidates: CandidateWords
    let splitter = SentenceSplitter()

    /// What a worker needs to build the same reader as the milter without reading the heads
    /// and candidate words from disk again: the settings and the texts loaded.
    public struct Image: Sendable, Codable {
        public var settings: ConductSettings
        public var heads: Data?
        public var candidates: String?

        public init(settings: ConductSettings, heads: Data? = nil, candidates: String? = nil) {
            self.settings = settings
            self.heads = heads
            self.candidates = candidates
        }
    }

    public init(model: ConductModel, settings: ConductSettings, candidates text: String? = nil) throws(ModelError) {
        self.model = model
        self.settings = settings
        candidates = try CandidateWords(text: text, file: model.files.candidates)
    }

    /// Loads the model the settings name; nil when the model is off.
    public static func load(_ settings: ConductSettings) throws(ModelError) -> ConductReader? {
        guard let files = settings.files else { return nil }
        return try ConductReader(model: ConductModel(files: files), settings: settings)
    }

    /// The reader an image describes: the encoder from its files, heads and candidate words
    /// as loaded by the milter.
    public static func load(_ image: Image) throws(ModelError) -> ConductReader? {
        guard let files = image.settings.files else { return nil }
        var heads: ConductHeads?
        if let data = image.heads { heads = try ConductHeads(json: data, file: files.heads) }
        return try ConductReader(model: ConductModel(files: files, heads: heads), settings: image.settings, candidates: image.candidates)
    }

    /// This reader's model under `settings`, when the files it was loaded from are unchanged
    /// on disk (the same paths, heads and candidate words byte for byte, the encoder's files of
    /// the same size and time); nil when anything must be loaded again.
    public func reused(with settings: ConductSettings) throws(ModelError) -> ConductReader? {
        guard let files = settings.files, files == model.files, model.loadedAt >= ConductModel.lastChange(of: files),
              FileManager.default.contents(atPath: files.heads) == model.heads.json,
              (try? String(contentsOfFile: files.candidates, encoding: .utf8)) == candidates.text
        else { return nil }
        return try ConductReader(model: model, settings: settings, candidates: candidates.text)
    }

    public var image: Image { Image(settings: settings, heads: model.heads.json, candidates: candidates.text) }

    public func threshold(_ category: String) -> Float {
        settings.thresholds[category] ?? model.heads.thresholds[category] ?? 0.5
    }

    /// What the model read of a message: its findings, and the places it ran out of time in.
    public struct Result: Sendable {
        public var findings: [Finding] = []
        /// Places with sentences left unscored when the deadline passed.
        public var unread: [Unscannable] = []
    }

    /// The most characters of a message the model reads (the lists still read all): a
    /// hostile 10 MB line costs the model what this much text does.
    public var maxReadCharacters: Int { Self.readShare * max(settings.maxModelCharacters, 1_000) }

    /// What the model finds in `segments`: per place and category, the highest-scoring
    /// sentence when it reaches the category's threshold. Scoring stops at `deadline`; the
    /// places left unscored are reported, never dropped silently.
    public func read(_ segments: [TextSegment], scope: ConductScope, deadline: ContinuousClock.Instant = .now + .seconds(3600)) -> Result {
        var texts: [String] = []
        var owners: [Int] = []  // segment index of each text
        var budget = settings.maxModelCharacters
        // Candidate sentences too are scored up to a bound, so a message made of candidate
        // words costs a few seconds at most, never the worker's CPU limit.
        var candidateBudget = Self.candidateShare * settings.maxModelCharacters
        var unread = maxReadCharacters
        var conductView = ConductView()
        // Table cells (a roster's names, dates and numbers) are the lists' to read, not the model's.
        for (index, segment) in segments.enumerated() where unread > 0 && segment.cell == nil {
            let text = segment.text.utf8.count <= unread ? segment.text : String(segment.text.prefix(unread))
            unread -= text.utf8.count
            for sentence in splitter.sentences(in: text) {
                let full = scope == .everySentence && budget > 0
                budget -= sentence.count
                // Disguised words (k1ll, k.i.l.l, accents, homoglyphs) read as words too.
                let view = conductView.text(of: sentence)
                guard full || (candidateBudget > 0 && candidates.contains(sentence, view: view)) else { continue }
                if !full { candidateBudget -= sentence.count }
                texts.append(sentence)
                owners.append(index)
                if CandidateWords.addsWords(view, to: sentence) {
                    texts.append(view)
                    owners.append(index)
                }
            }
        }
        // A sentence repeated (a signature, a newsletter's lines, a flood) is scored once.
        var order: [String: Int] = [:]
        var distinct: [String] = []
        for text in texts where order[text] == nil {
            order[text] = distinct.count
            distinct.append(text)
        }
        let scores = model.scores(distinct, deadline: deadline)
        var best: [Int: [Float]] = [:]  // segment index → highest score per category
        var unscored = Set<Int>()
        for (owner, text) in zip(owners, texts) {
            guard let position = order[text], position < scores.count else {
                unscored.insert(owner)
                continue
            }
            best[owner] = best[owner].map { zip($0, scores[position]).map { max($0, $1) } } ?? scores[position]
        }
        var result = Result()
        for (index, highest) in best.sorted(by: { $0.key < $1.key }) {
            for (category, score) in zip(model.categories, highest) where score >= threshold(category) {
                result.findings.append(finding(category, score: score, at: segments[index].location))
            }
        }
        result.unread = unscored.sorted().map { Unscannable(location: segments[$0].location, reason: .tookTooLong, detail: "the conduct model ran out of time") }
        return result
    }

    private func finding(_ category: String, score: Float, at location: String) -> Finding {
        let description = model.heads.descriptions[category] ?? category
        var note = "\(description) (\(String(format: "%.2f", score)))"
        if settings.mode == .monitor { note += "; model on trial, not decided" }
        return Finding(
            ruleID: Self.ruleID, kind: category, confidence: score >= 0.9 ? .high : .medium, location: location,
            redacted: "********", action: .accept, section: "8", note: note, trial: settings.mode == .monitor
        )
    }
}

/// Words that make a sentence worth scoring in mail the model does not read whole (staff to
/// staff, and text past `max_model_chars`): a line of `candidates.txt` beside the heads is the
/// start of a word (`suicid`) or a phrase (`end it`), matched in the text as written and in its
/// conduct view. `#` starts a comment.
struct CandidateWords: Sendable {
    /// One-word stems, by length; and phrases, each as ` word word`.
    let stems: Set<String>
    let lengths: [Int]
    let phrases: [String]

    /// The file's text, as read.
    let text: String

    /// `text`: the file's contents as read before; nil reads the file.
    init(text given: String?, file path: String) throws(ModelError) {
        guard let text = given ?? (try? String(contentsOfFile: path, encoding: .utf8)) else { throw ModelError(path, "cannot read") }
        self.text = text
        var stems = Set<String>()
        var phrases: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let words = Self.words(String(line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]).lowercased())
            if words.count == 1 { stems.insert(String(words[0])) }
            if words.count > 1 { phrases.append(" " + words.joined(separator: " ")) }
        }
        guard !stems.isEmpty || !phrases.isEmpty else { throw ModelError(path, "no candidate words") }
        self.stems = stems
        self.phrases = phrases
        phraseBytes = phrases.map { Array($0.utf8) }
        let byPair = Dictionary(grouping: phraseBytes) { Self.pairKey($0, at: 1) }
        phrasesByPair = byPair
        startsPhrase = (0..<(1 << 16)).map { byPair[$0] != nil }
        trie = StemTrie(stems)
        lengths = Set(stems.map(\.count)).sorted()
    }

    /// `view`: the sentence's conduct view, computed once by the caller.
    func contains(_ sentence: String, view: String) -> Bool {
        matches(sentence, lowering: true) || matches(view, lowering: false)
    }

    /// The sentence as written (`lowering`) or its conduct view: an ASCII one (most mail) is
    /// read on its bytes, lower-cased as it goes, without a new string per sentence and word.
    private func matches(_ sentence: String, lowering: Bool) -> Bool {
        let bytes = sentence.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return matches(Self.words(lowering ? sentence.lowercased() : sentence)) }
        var joined: [UInt8] = []
        joined.reserveCapacity(bytes.count + 1)
        var wordStart = -1
        for byte in bytes {
            let lower = lowering && byte >= 65 && byte <= 90 ? byte | 0x20 : byte
            if ((byte | 0x20) >= 97 && (byte | 0x20) <= 122) || (byte >= 48 && byte <= 57) {
                if wordStart < 0 {
                    joined.append(32)
                    wordStart = joined.count
                }
                joined.append(lower)
            } else if wordStart >= 0 {
                if trie.matches(joined[wordStart...]) { return true }
                wordStart = -1
            }
        }
        if wordStart >= 0, trie.matches(joined[wordStart...]) { return true }
        return containsPhrase(joined)
    }

    /// A stem of four or more letters starts the word; a shorter one is the word, or it with an s.
    private func matches(_ words: [Substring]) -> Bool {
        let hit = words.contains { word in
            // Letters and digits only: ASCII words are read on their bytes, without counting
            // characters for every stem length.
            if word.utf8.allSatisfy({ $0 < 0x80 }) { return trie.matches(word.utf8) }
            return stems.contains(String(word)) || (word.hasSuffix("s") && stems.contains(String(word.dropLast())))
                || lengths.contains { $0 >= 4 && $0 <= word.count && stems.contains(String(word.prefix($0))) }
        }
        if hit { return true }
        guard !phrases.isEmpty else { return false }
        var joined: [UInt8] = []
        for word in words {
            joined.append(32)
            joined += word.utf8
        }
        return containsPhrase(joined)
    }

    /// Whether `joined` (words, each after a space) holds a phrase. Every phrase starts with a
    /// space, so it can start only where a word does: each word start is looked up by its
    /// first two bytes, and only the phrases starting with them are compared.
    private func containsPhrase(_ joined: [UInt8]) -> Bool {
        guard !phraseBytes.isEmpty else { return false }
        return joined.withUnsafeBufferPointer { bytes in
            var start = 0
            while start < bytes.count {
                defer { start += 1 }
                guard bytes[start] == 32 else { continue }
                let key = Self.pairKey(bytes, at: start + 1)
                guard startsPhrase[key], let candidates = phrasesByPair[key] else { continue }
                for phrase in candidates where phrase.count <= bytes.count - start {
                    if UnsafeBufferPointer(rebasing: bytes[start..<(start + phrase.count)]).elementsEqual(phrase) { return true }
                }
            }
            return false
        }
    }

    /// The two bytes at `offset` as one number (a missing one is 0).
    private static func pairKey(_ bytes: some RandomAccessCollection<UInt8>, at offset: Int) -> Int {
        let first = offset < bytes.count ? Int(bytes[bytes.index(bytes.startIndex, offsetBy: offset)]) : 0
        let second = offset + 1 < bytes.count ? Int(bytes[bytes.index(bytes.startIndex, offsetBy: offset + 1)]) : 0
        return first << 8 | second
    }

    /// `phrases` as bytes.
    private let phraseBytes: [[UInt8]]
    /// `phraseBytes` by the two bytes after their leading space (`pairKey`), and whether any
    /// phrase starts with a pair (a look-up cheaper than the dictionary's, made at every word).
    private let phrasesByPair: [Int: [[UInt8]]]
    private let startsPhrase: [Bool]
    /// The ASCII stems, for ASCII words.
    private let trie: StemTrie

    static func words(_ text: String) -> [Substring] { text.alphanumericWords }

    /// Whether the conduct view has a word the text as written does not (then it is scored too).
    static func addsWords(_ view: String, to text: String) -> Bool {
        let written = Set(words(text.lowercased().replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")))
        return words(view).contains { !written.contains($0) }
    }
}

/// Stems of lower-case ASCII letters and digits as a trie, so a word is walked once whatever
/// the number of stems: one of four or more letters starts the word, a shorter one is the
/// word, or it with an s (as `CandidateWords` reads them).
struct StemTrie: Sendable {
    private static let symbols = 37
    /// `node * symbols + symbol` → next node; 0: none (the root is never a next node).
    private var next: [Int32]
    /// Per node: the length of the stem that ends there, 0 for none.
    private var stemLength: [Int]

    init(_ stems: some Sequence<String>) {
        next = Array(repeating: 0, count: Self.symbols)
        stemLength = [0]
        for stem in stems {
            var node = 0
            let bytes = Array(stem.utf8)
            guard !bytes.isEmpty, bytes.allSatisfy({ Self.symbol($0) != 0 }) else { continue }
            for byte in bytes {
                let slot = node * Self.symbols + Self.symbol(byte)
                if next[slot] == 0 {
                    next[slot] = Int32(stemLength.count)
                    next += repeatElement(0, count: Self.symbols)
                    stemLength.append(0)
                }
                node = Int(next[slot])
            }
            stemLength[node] = bytes.count
        }
    }

    private static func symbol(_ byte: UInt8) -> Int {
        switch byte {
        case 97...122: Int(byte) - 96
        case 48...57: Int(byte) - 48 + 27
        default: 0
        }
    }

    func matches<Word: BidirectionalCollection<UInt8>>(_ word: Word) -> Bool {
        let count = word.count
        var node = 0
        var depth = 0
        for byte in word {
            let symbol = Self.symbol(byte)
            guard symbol != 0 else { return false }
            node = Int(next[node * Self.symbols + symbol])
            guard node != 0 else { return false }
            depth += 1
            let length = stemLength[node]
            if length >= 4 || (length > 0 && (depth == count || (depth == count - 1 && word.last == 115))) { return true }
        }
        return false
    }
}
