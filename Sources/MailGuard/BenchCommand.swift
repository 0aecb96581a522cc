import ArgumentParser
import Detectors
import Foundation

/// `mailguard bench-rules`: how fast the configured rule set scans text, next to one PCRE2 JIT
/// pass over the same bytes in the same run (the ratio holds on a busy machine). One core.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-rules",
        abstract: "Measure the rule set's scanning throughput (MB/s) against one PCRE2 pass."
    )

    @OptionGroup var options: ConfigOption

    @Option(name: .long, help: "Megabytes of generated text to scan per round.")
    var megabytes = 8

    @Option(name: .long, help: "Rounds; the best of each is reported.")
    var rounds = 3

    @Flag(name: .long, help: "Also time each rule on its own (which rule costs what).")
    var perRule = false

    func run() throws {
        guard case .success(let engine) = options.load() else {
            print("mailguard bench-rules: the config does not load; run mailguard check")
            throw ExitCode(2)
        }
        let texts = BenchText.paragraphs(bytes: megabytes * 1_000_000)
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let single = try CompiledPattern(#"\b\d{3}-\d{2}-\d{4}\b"#)
        let session = MatchSession(limits: engine.rules.limits)
        var best = (rules: Double.infinity, single: Double.infinity)
        var findings = 0
        for _ in 0..<rounds {
            let scanner = engine.rules.makeScanner(known: engine.config.inspection.records.districtContacts)
            var start = ContinuousClock.now
            findings = texts.reduce(0) { $0 + scanner.scan($1, location: "body").count }
            best.rules = min(best.rules, Self.seconds(since: start))
            start = ContinuousClock.now
            for text in texts {
                _ = Array(text.utf8).withUnsafeBufferPointer { try? session.matches(of: single, in: $0) }
            }
            best.single = min(best.single, Self.seconds(since: start))
        }
        let rules = Double(bytes) / best.rules / 1e6
        let pass = Double(bytes) / best.single / 1e6
        print("text: \(bytes) bytes in \(texts.count) paragraphs, one number-like token per \(bytes / max(BenchText.numbers(in: texts), 1)) bytes")
        print(String(format: "full rule set (%d rules, %d word-list entries): %.1f MB/s (%d findings)",
                     engine.rules.rules.count, engine.rules.rules.reduce(0) { $0 + $1.words.count }, rules, findings))
        print(String(format: "one PCRE2 JIT pass (SSN pattern):  %.1f MB/s", pass))
        print(String(format: "ratio: the rule set runs at %.3f of one regex pass", rules / pass))
        let windowed = engine.rules.windowedRules
        print("searched only where the prefilter places a match: \(windowed.count) of \(engine.rules.rules.filter { $0.pattern != nil }.count) regex rules (\(windowed.joined(separator: " ")))")
        timeReading(texts)
        if perRule { timeEachRule(engine.rules, texts: texts, bytes: bytes) }
    }

    /// The numbers' reading view alone: over the same text (most paragraphs need none, and
    /// cost one look), and over the same text disguised (fullwidth digits, zero-width spaces
    /// inside numbers, tabs between groups) so that every paragraph is read.
    private func timeReading(_ texts: [String]) {
        let disguised = texts.map { text in
            String(String.UnicodeScalarView(text.unicodeScalars.flatMap { scalar -> [Unicode.Scalar] in
                switch scalar {
                case "0"..."9": [Unicode.Scalar(scalar.value - 0x30 + 0xFF10)!, "\u{200B}"]
                case "-": ["\t"]
                default: [scalar]
                }
            }))
        }
        for (name, corpus) in [("plain", texts), ("disguised", disguised)] {
            var best = Double.infinity
            let size = corpus.reduce(0) { $0 + $1.utf8.count }
            var read = 0
            for _ in 0..<rounds {
                let start = ContinuousClock.now
                read = corpus.reduce(0) { $0 + (NumberReading.read($1) == nil ? 0 : 1) }
                best = min(best, Self.seconds(since: start))
            }
            print(String(format: "number reading view, %@ text: %.1f MB/s (%d of %d paragraphs needed one)", name, Double(size) / best / 1e6, read, corpus.count))
        }
    }

    /// Each rule alone over the same text, slowest first.
    private func timeEachRule(_ rules: RuleSet, texts: [String], bytes: Int) {
        let timed = rules.rules.map { rule in
            let scanner = RuleSet(rules: [rule], limits: rules.limits).makeScanner()
            let start = ContinuousClock.now
            let found = texts.reduce(0) { $0 + scanner.scan($1, location: "body").count }
            return (rule.id, Self.seconds(since: start), found)
        }
        for (id, seconds, found) in timed.sorted(by: { $0.1 > $1.1 }) {
            print("  " + id.padded(28) + String(format: "%8.1f MB/s  %6d findings", Double(bytes) / seconds / 1e6, found))
        }
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        (ContinuousClock.now - start).seconds
    }
}

/// Deterministic school mail with numeric clutter: dates, times, phone numbers, amounts, room
/// and order numbers, at least one number-like token per 100 bytes.
enum BenchText {
    static func paragraphs(bytes: Int) -> [String] {
        var generator = SplitMix(seed: 42)
        let sentences = [
            "The field trip to the science center is on %D; buses leave at %T from the east lot.",
            "Please return the permission slip and $%A to Room %R by Friday.",
            "Order %O shipped on %D, invoice %O for $%A, call 860-555-%P with questions.",
            "Grades for period %R are posted; the class average was %R.%R on the unit test.",
            "Practice moved to %T on %D because of the assembly in the gym.",
            "Thanks for your patience while the new reading program rolls out this month.",
            "The library will hold the book fair %D through %D, open until %T each day.",
        ]
        var paragraphs: [String] = []
        var total = 0
        while total < bytes {
            var paragraph = ""
            for _ in 0..<8 {
                var sentence = sentences[Int(generator.next() % UInt64(sentences.count))]
                for (token, make) in [("%D", { "\(1 + $0 % 12)/\(1 + $0 % 28)/2026" }), ("%T", { "\(1 + $0 % 12):\(10 + $0 % 50) pm" }),
                                      ("%A", { "\(5 + $0 % 95).\(10 + $0 % 90)" }), ("%R", { "\(100 + $0 % 300)" }),
                                      ("%O", { "\(100_000 + $0 % 900_000)" }), ("%P", { "01\(10 + $0 % 90)" })] as [(String, (Int) -> String)] {
                    while let range = sentence.range(of: token) {
                        sentence.replaceSubrange(range, with: make(Int(generator.next() % 1_000_000)))
                    }
                }
                paragraph += sentence + " "
            }
            total += paragraph.utf8.count
            // Native UTF-8, as texts read from mail are (Foundation's replacements may leave a
            // bridged string, slower to walk).
            paragraphs.append(String(decoding: Array(paragraph.utf8), as: UTF8.self))
        }
        return paragraphs
    }

    static func numbers(in texts: [String]) -> Int {
        texts.reduce(0) { count, text in count + text.split(separator: " ").filter { $0.contains(where: \.isNumber) }.count }
    }
}

/// A small, seeded generator, so every run scans the same text.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
