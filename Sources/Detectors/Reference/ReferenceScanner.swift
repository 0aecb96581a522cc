import Foundation

// The scanner as it was before the one-pass work: the conduct view, the word-list automaton,
// the label look-backs and the enclosure test as first written. Kept as the oracle the new
// scanner is compared with (Tests/DetectorsTests/ScannerComparisonTests.swift and the
// `scanner` fuzz target: the same findings on any text), and removed once that comparison has
// run long enough. Nothing on the mail path uses it.

public final class ReferenceScanner {
    private let rules: RuleSet
    private let wordIndex: ReferenceWordIndex
    private let session: MatchSession
    private let known: KnownValues
    private var folding = ScalarFolding()
    private let textScratch: RulePrefilter.Scratch
    private let conductScratch: RulePrefilter.Scratch

    public init(rules: RuleSet, known: KnownValues = KnownValues()) {
        wordIndex = ReferenceWordIndex(rules.rules.indices.compactMap { rules.rules[$0].words.isEmpty ? nil : ($0, rules.rules[$0].words) })
        self.rules = rules
        self.known = known
        session = MatchSession(limits: rules.limits)
        textScratch = rules.textPrefilter.makeScratch()
        conductScratch = rules.conductPrefilter.makeScratch()
    }

    /// Indexes of the text rules that may match in `text`.
    private func textRules(for text: ScanText) -> [Int] {
        let candidates = text.bytes.withUnsafeBufferPointer { rules.textPrefilter.candidates(in: $0, scratch: textScratch) }
        return rules.textRules.indices.filter { candidates[$0] }.map { rules.textRules[$0] }
    }

    /// The rules to run on `text` and, when a reader sees its numbers otherwise than they are
    /// written, the number rules to run on that reading too: a number written plainly is
    /// found in the text (the reading may join it to a neighbour, as columns of a fixed-width
    /// table), a disguised one in the reading.
    private func plan(for text: ScanText) -> (onText: [Int], reading: NumberReading?, onReading: [Int]) {
        let onText = textRules(for: text)
        guard rules.readsNumbers, let reading = NumberReading(text) else { return (onText, nil, []) }
        return (onText, reading, textRules(for: reading.text).filter { rules.rules[$0].readsNumbers })
    }

    /// `text` with every value a rule matches (validators applied, context ignored) replaced
    /// by its redacted form: for names a sender chose (files, archive members, sheets) that
    /// end up in locations, log lines, replies and notices.
    public func mask(_ text: String) -> String {
        maskedPieces(text).map(\.text).joined()
    }

    /// `text` cut into plain pieces and redacted values, in order: what `mask` joins, for a
    /// reader that shows the values marked (the review console).
    public func maskedPieces(_ text: String) -> [(text: String, isValue: Bool)] {
        let prepared = ScanText(text)
        let plan = plan(for: prepared)
        var spans = plan.onText.flatMap { rules.rules[$0].maskable(in: prepared, session: session) }
        if let reading = plan.reading {
            spans += plan.onReading.flatMap { rules.rules[$0].maskable(in: reading.text, session: session) }.map { span in
                (reading.origin(of: span.range, in: prepared), span.redacted)
            }
        }
        spans.sort { $0.range.lowerBound < $1.range.lowerBound }
        guard !spans.isEmpty else { return [(text, false)] }
        var pieces: [(text: String, isValue: Bool)] = []
        var position = 0
        for span in spans where span.range.lowerBound >= position {
            if span.range.lowerBound > position { pieces.append((String(decoding: prepared.bytes[position..<span.range.lowerBound], as: UTF8.self), false)) }
            pieces.append((span.redacted, true))
            position = span.range.upperBound
        }
        if position < prepared.bytes.count { pieces.append((String(decoding: prepared.bytes[position...], as: UTF8.self), false)) }
        return pieces
    }

    /// Findings of the word-list rules and the `view conduct` regexes: one automaton pass and one
    /// pass per regex over the normalised view of the text (and again over the view with long
    /// letter runs cut to one, when the text has any). Each value is reported once per text;
    /// further places are repeats.
    private func wordFindings(in text: ScanText, location: String) -> [PlacedFinding] {
        guard !wordIndex.isEmpty || !rules.conductRules.isEmpty else { return [] }
        var found: [PlacedFinding] = []
        var places: Set<Place> = []  // one occurrence seen in two views counts once
        var seen: Set<String> = []
        var repeats = 0
        // A long text is read in pieces of about 1 MB, so its views never cost more than that.
        let pieces = text.bytes.count > Self.pieceSize ? text.pieces(of: Self.pieceSize) : [0..<text.bytes.count]
        for piece in pieces {
            let part = pieces.count == 1 ? text : ScanText(text, piece)
            var views = [ReferenceConductText(part, keep: 2, folding: &folding)]
            if ReferenceConductText.hasLongRuns(part) { views.append(ReferenceConductText(part, keep: 1, folding: &folding)) }
            for view in views {
                for match in conductMatches(in: view, location: location, errors: &found) {
                    let rule = rules.rules[match.rule]
                    let offset = piece.lowerBound + view.origin(at: match.range.lowerBound)
                    guard rule.confidence >= rule.minimum, places.insert(Place(rule: match.rule, offset: offset)).inserted else { continue }
                    let repeated = !seen.insert("\(match.rule) \(match.value)").inserted
                    if repeated {
                        repeats += 1
                        if repeats > Rule.maxRepeats { continue }
                    }
                    found.append(PlacedFinding(offset: offset, finding: Finding(
                        ruleID: rule.id, kind: rule.kind, confidence: rule.confidence, location: location,
                        redacted: rule.redaction.apply(to: ""), action: rule.action, section: rule.section,
                        valueID: Finding.valueID(kind: rule.kind, normalized: match.value)
                    ), repeated: repeated))
                }
            }
        }
        return found
    }

    static let pieceSize = 1 << 20

    private struct Place: Hashable {
        var rule: Int
        var offset: Int
    }

    /// Every word-list entry and `view conduct` regex match in one view: rule, value, range. A
    /// regex that hits a limit adds a scan-error finding to `errors` instead.
    private func conductMatches(in view: ReferenceConductText, location: String, errors: inout [PlacedFinding]) -> [(rule: Int, value: String, range: Range<Int>)] {
        let index = wordIndex
        var matches = index.matches(in: view.bytes).map { match in
            (rule: index.entries[match.entry].rule, value: index.entries[match.entry].text, range: match.range)
        }
        let candidates = view.bytes.withUnsafeBufferPointer { rules.conductPrefilter.candidates(in: $0, scratch: conductScratch) }
        for (position, ruleIndex) in rules.conductRules.enumerated() where candidates[position] {
            guard let pattern = rules.rules[ruleIndex].pattern else { continue }
            // The view is ASCII, so its bytes are valid UTF-8 for PCRE2.
            do throws(MatchError) {
                let ranges = try view.bytes.withUnsafeBufferPointer { buffer throws(MatchError) in
                    try session.matches(of: pattern, in: buffer)
                }
                matches += ranges.filter { !$0.isEmpty }.map { range in
                    (rule: ruleIndex, value: String(decoding: view.bytes[range], as: UTF8.self), range: range)
                }
            } catch {
                errors.append(PlacedFinding(offset: 0, finding: rules.rules[ruleIndex].scanError(error, location: location, action: rules.limits.onScanError)))
            }
        }
        return matches
    }

    /// Every finding of every rule in `text`, in reading order, each value once.
    public func scan(_ text: String, location: String) -> [Finding] {
        placedFindings(in: text, location: location).filter { !$0.repeated }.map(\.finding)
    }

    /// Every finding of every rule in `text`, in reading order, with the UTF-8 offset where
    /// each starts (to tell which sentence it is in); a value found again is marked repeated.
    public func placedFindings(in text: String, location: String) -> [PlacedFinding] {
        let short = text.utf8.count <= Self.rememberedLength
        if short, let known = remembered[text] {
            return known.map { placed in
                var placed = placed
                placed.finding.location = location
                return placed
            }
        }
        let found = scanned(text, location: location)
        if short {
            if remembered.count >= Self.rememberedTexts { remembered.removeAll(keepingCapacity: true) }
            remembered[text] = found
        }
        return found
    }

    /// Findings of short texts already scanned in this message (a roster's "Grade: 4" in
    /// every row). Scanning is a function of the text: only the location differs.
    private var remembered: [String: [PlacedFinding]] = [:]
    static let rememberedLength = 64
    static let rememberedTexts = 4096

    private func scanned(_ text: String, location: String) -> [PlacedFinding] {
        let prepared = ScanText(text)
        let plan = plan(for: prepared)
        var found = plan.onText.flatMap {
            rules.rules[$0].referenceFindings(in: prepared, location: location, session: session, limits: rules.limits, known: known)
        } + wordFindings(in: prepared, location: location)
        if let reading = plan.reading {
            // What is written where a reader sees it reversed is not what is read there.
            if !reading.reordered.isEmpty {
                let numberRules = Set(plan.onText.filter { rules.rules[$0].readsNumbers }.map { rules.rules[$0].id })
                found.removeAll { numberRules.contains($0.finding.ruleID) && reading.isReordered($0.offset) }
            }
            // A value the text shows plainly is the text's finding, wherever the reading puts it.
            let plain = Set(found.compactMap { $0.finding.valueID })
            for index in plan.onReading {
                found += rules.rules[index].referenceFindings(in: reading.text, location: location, session: session, limits: rules.limits, known: known)
                    .compactMap { placed in
                        guard placed.finding.valueID.map(plain.contains) != true else { return nil }
                        var placed = placed
                        placed.offset = reading.origin(at: placed.offset)
                        return placed
                    }
            }
        }
        // A stable sort keeps rule order for findings at the same offset. Two rules finding one
        // value of one kind at one place (a district's own student-ID format and the labelled
        // one) are one finding: the first rule's.
        let sorted = found.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }.map(\.element)
        var kept: [PlacedFinding] = []
        kept.reserveCapacity(sorted.count)
        for placed in sorted {
            // Only findings at the same offset can be the same: they stand just before it.
            let twin = kept.reversed().prefix { $0.offset == placed.offset }.contains { earlier in
                earlier.finding.kind == placed.finding.kind && earlier.finding.valueID != nil && earlier.finding.valueID == placed.finding.valueID
            }
            if !twin { kept.append(placed) }
        }
        return kept
    }
}

import Foundation

/// The view of a text that word lists are matched against: what a person reads, however it is
/// disguised. Lower case; accents removed; inside a word, leetspeak becomes letters (`$h1t`);
/// an apostrophe between letters joins them (`i'm` is `im`); single letters parted by single
/// dots, spaces, dashes or underscores are one word (`f.u.c.k`);
/// a `*` inside a word stays, for masked entries (`f*ck`); any other character parts words, and
/// words are parted by one space. Each byte of the view knows the byte of the text it came from,
/// so a finding points at the original. Computed once per text, for the word-list rules only:
/// leetspeak folding would break the number rules.
struct ReferenceConductText {
    /// The view: `a`-`z`, `0`-`9`, `*` and single spaces between words.
    private(set) var bytes: [UInt8] = []
    /// Where each word of the view starts, and the offset of the text byte it came from (a
    /// finding points at its word; per-byte offsets would cost eight times the text).
    private var wordStarts: [Int32] = []
    private var wordOrigins: [Int32] = []

    /// The offset in the text of the word that holds view byte `offset`.
    func origin(at offset: Int) -> Int {
        var low = 0
        var high = wordStarts.count
        while low < high {
            let middle = (low + high) / 2
            if Int(wordStarts[middle]) <= offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? Int(wordOrigins[low - 1]) : 0
    }

    /// The view of `text`, with runs of three or more equal letters cut to `keep` (1 or 2):
    /// "stuuupid" is "stupid" with 1, "asssss" is "ass" with 2.
    init(_ text: ScanText, keep: Int, folding: inout ScalarFolding) {
        var words = Words(capacity: text.bytes.count)
        words.read(text, folding: &folding)
        bytes.reserveCapacity(text.bytes.count)
        words.forEachJoinedWord { span, origin in
            if !bytes.isEmpty { bytes.append(32) }
            wordStarts.append(Int32(bytes.count))
            wordOrigins.append(origin)
            var start = span.lowerBound
            while start < span.upperBound {
                let letter = words.letters[start]
                var end = start + 1
                while end < span.upperBound, words.letters[end] == letter { end += 1 }
                let length = end - start >= 3 && Self.isLetter(letter) ? keep : end - start
                for _ in 0..<length { bytes.append(letter) }
                start = end
            }
        }
    }

    /// Whether the text has a run of three or more equal letters (then a second view is read).
    static func hasLongRuns(_ text: ScanText) -> Bool {
        var run = 0
        var previous: UInt8 = 0
        for byte in text.lowered {
            run = byte == previous && isLetter(byte) ? run + 1 : 1
            if run >= 3 { return true }
            previous = byte
        }
        return false
    }

    /// The words of a text, before joining, in one flat buffer: their letters, and for each
    /// word where it starts in the buffer and in the text, and the separator after it.
    private struct Words {
        struct Span {
            var start: Int32
            var end: Int32
            /// Text offsets of the word's first character and of the separator after it.
            var origin: Int32
            var separatorOffset: Int32
            var separator: UInt8
            var range: Range<Int> { Int(start)..<Int(end) }
        }

        var letters: [UInt8] = []
        var spans: [Span] = []
        private var start = 0
        /// Text offset of the first character of the word being read.
        private var origin = 0
        private var hasLetter = false

        init(capacity: Int) {
            letters.reserveCapacity(capacity)
        }

        mutating func read(_ text: ScanText, folding: inout ScalarFolding) {
            let bytes = text.bytes
            var offset = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte < 0x80 {
                    let lowered = text.lowered[offset]
                    let next = offset + 1 < bytes.count ? text.lowered[offset + 1] : 32
                    if ReferenceConductText.isWordByte(lowered) {
                        hasLetter = hasLetter || ReferenceConductText.isLetter(lowered)
                        append(lowered, from: offset)
                    } else if lowered == 39, letters.count > start, ReferenceConductText.isLetter(letters[letters.count - 1]), ReferenceConductText.isLetter(next) {
                        // "I'm", "don't": the apostrophe joins, as people type them without it.
                    } else if (lowered == 36 || lowered == 64) && ReferenceConductText.isWordByte(next) {
                        // "$h1t", "@ss": a symbol that starts or continues a word.
                        append(lowered, from: offset)
                    } else if (lowered == 33 || lowered == 42) && letters.count > start {
                        // "sh!t", "f*ck": kept while the word goes on, dropped at its end.
                        append(lowered, from: offset)
                    } else {
                        finish(separator: lowered, at: offset)
                    }
                    offset += 1
                } else {
                    let (scalar, length) = ReferenceConductText.decodeScalar(bytes, at: offset)
                    if scalar == "\u{2019}", letters.count > start, offset + length < bytes.count, ReferenceConductText.isLetter(text.lowered[offset + length]) {
                        offset += length  // a typographic apostrophe, as above
                        continue
                    }
                    let folded = folding.fold(scalar)
                    if folded.isEmpty { finish(separator: 32, at: offset) }
                    for letter in folded {
                        hasLetter = true
                        append(letter, from: offset)
                    }
                    offset += length
                }
            }
            finish(separator: 32, at: bytes.count)
        }

        private mutating func append(_ byte: UInt8, from offset: Int) {
            if letters.count == start { origin = offset }
            letters.append(byte)
        }

        /// Ends the word being read: a final "!" or "*" is punctuation; in a word with letters,
        /// leetspeak becomes letters, in one without (`$5`) symbols are dropped.
        private mutating func finish(separator: UInt8, at offset: Int) {
            guard letters.count > start else { return }  // most separators end no word
            while letters.count > start, letters[letters.count - 1] == 33 || letters[letters.count - 1] == 42 {
                letters.removeLast()
            }
            if hasLetter {
                for index in start..<letters.count { letters[index] = ReferenceConductText.leet[Int(letters[index])] }
            } else {
                var kept = start
                for index in start..<letters.count where ReferenceConductText.isWordByte(letters[index]) {
                    letters[kept] = letters[index]
                    kept += 1
                }
                letters.removeSubrange(kept...)
            }
            if letters.count > start {
                spans.append(Span(start: Int32(start), end: Int32(letters.count), origin: Int32(truncatingIfNeeded: origin),
                                  separatorOffset: Int32(truncatingIfNeeded: offset), separator: separator))
            }
            start = letters.count
            hasLetter = false
        }

        /// "f u c k", "f.u.c.k", "d.m", "u r": two or more single letters, each parted from the
        /// next by one separator, are one word (entries are read the same way, so "u r stupid"
        /// and "ur stupid" are one entry). Their letters are next to each other in the buffer,
        /// so a joined word is one range.
        func forEachJoinedWord(_ body: (Range<Int>, Int32) -> Void) {
            var index = 0
            while index < spans.count {
                var end = index
                // One separator throughout: "u r d.e.a.d" is "ur dead", not "urdead".
                while end + 1 < spans.count, isSingleLetter(spans[end].range), isSingleLetter(spans[end + 1].range),
                      [32, 46, 45, 95].contains(spans[end].separator), spans[end].separator == spans[index].separator,
                      spans[end + 1].origin == spans[end].separatorOffset + 1 {
                    end += 1
                }
                body(spans[index].range.lowerBound..<spans[end].range.upperBound, spans[index].origin)
                index = end + 1
            }
        }

        private func isSingleLetter(_ range: Range<Int>) -> Bool { range.count == 1 && ReferenceConductText.isLetter(letters[range.lowerBound]) }
    }

    /// Leetspeak inside a word that has letters: 0 o, 1 i, 3 e, 4 a, 5 s, 7 t, @ a, $ s, ! i.
    static let leet: [UInt8] = {
        var table = (0...255).map { UInt8($0) }
        for (from, to) in [(48, 111), (49, 105), (51, 101), (52, 97), (53, 115), (55, 116), (64, 97), (36, 115), (33, 105)] {
            table[from] = UInt8(to)
        }
        return table
    }()

    static func isLetter(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }

    static func isWordByte(_ byte: UInt8) -> Bool { isLetter(byte) || (byte >= 48 && byte <= 57) }

    /// The Unicode scalar starting at `offset` of valid UTF-8, and its length.
    static func decodeScalar(_ bytes: [UInt8], at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[offset]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : length == 2 ? 0x1F : 0x7F)
        for index in 1..<length where offset + index < bytes.count {
            value = value << 6 | UInt32(bytes[offset + index] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? " ", min(length, bytes.count - offset))
    }
}

/// Every entry of every word-list rule in one automaton (Aho-Corasick), so a text is read once
/// for all of them, however many entries the lists hold: hundreds of words must not become
/// hundreds of regex passes. Written by hand: the entries are plain words matched on a
/// normalised view, which a literal automaton does in one linear pass without the C library and
/// per-thread scratch space a regex prefilter (Vectorscan) would add.
struct ReferenceWordIndex: Sendable {
    struct Entry: Sendable {
        /// Index into the rule set's rules.
        var rule: Int
        /// The entry as written in its list (for the value's identity, never printed).
        var text: String
        var length: Int
        /// Written with a final `*`: matches words that start with it.
        var prefix: Bool
    }

    private(set) var entries: [Entry] = []
    /// `state * symbols + symbol` → next state: a complete automaton, no failure walks.
    private var transitions: [Int32] = []
    /// Entries that end at each state (its own and those of its suffix states).
    private var outputs: [[Int32]] = []

    /// `a`-`z`, `0`-`9`, `*`, space; 0 for anything else (never in a view).
    private static let symbols = 39
    private static let symbolOf: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for byte in UInt8(97)...122 { table[Int(byte)] = byte - 96 }
        for byte in UInt8(48)...57 { table[Int(byte)] = byte - 48 + 27 }
        table[42] = 37
        table[32] = 38
        return table
    }()

    var isEmpty: Bool { entries.isEmpty }

    /// `lists`: for each word-list rule, its index and its entries as written.
    init(_ lists: [(rule: Int, entries: [String])]) {
        var folding = ScalarFolding()
        var patterns: [[UInt8]] = []
        for (rule, written) in lists {
            for entry in written {
                let prefix = entry.hasSuffix("*")
                let body = prefix ? String(entry.dropLast()) : entry
                let view = ReferenceConductText(ScanText(body), keep: 2, folding: &folding).bytes
                guard !view.isEmpty else { continue }
                for form in Self.forms(of: view, masked: !prefix) {
                    entries.append(Entry(rule: rule, text: entry, length: form.count, prefix: prefix))
                    patterns.append(form)
                }
            }
        }
        build(patterns)
    }

    /// The entry and its masked forms: in one word of four or more letters, one inner letter
    /// or all of them masked (`f*ck`, `fu*k`, `f**k`, `k*ll you`).
    private static func forms(of view: [UInt8], masked: Bool) -> [[UInt8]] {
        var forms = [view]
        guard masked else { return forms }
        var start = 0
        while start < view.count {
            var end = start
            while end < view.count, view[end] != 32 { end += 1 }
            if end - start >= 4 {
                for index in (start + 1)..<(end - 1) {
                    var form = view
                    form[index] = 42
                    forms.append(form)
                }
                var form = view
                for index in (start + 1)..<(end - 1) { form[index] = 42 }
                forms.append(form)
            }
            start = end + 1
        }
        return forms
    }

    private mutating func build(_ patterns: [[UInt8]]) {
        let symbols = Self.symbols
        transitions = [Int32](repeating: -1, count: symbols)
        outputs = [[]]
        for (index, pattern) in patterns.enumerated() {
            var state = 0
            for byte in pattern {
                let slot = state * symbols + Int(Self.symbolOf[Int(byte)])
                if transitions[slot] < 0 {
                    transitions[slot] = Int32(outputs.count)
                    transitions += repeatElement(-1, count: symbols)
                    outputs.append([])
                }
                state = Int(transitions[slot])
            }
            outputs[state].append(Int32(index))
        }
        // Breadth first: each state's failure is the longest proper suffix that is a state;
        // missing transitions are filled from it, so searching never walks back.
        var failure = [Int](repeating: 0, count: outputs.count)
        var queue: [Int] = []
        for symbol in 0..<symbols {
            if transitions[symbol] < 0 { transitions[symbol] = 0 } else { queue.append(Int(transitions[symbol])) }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            outputs[state] += outputs[failure[state]]
            for symbol in 0..<symbols {
                let slot = state * symbols + symbol
                let fallback = transitions[failure[state] * symbols + symbol]
                if transitions[slot] < 0 {
                    transitions[slot] = fallback
                } else {
                    let next = Int(transitions[slot])
                    failure[next] = Int(fallback)
                    queue.append(next)
                }
            }
        }
    }

    /// Whole-word matches in `view`: entry index and the view range.
    func matches(in view: [UInt8]) -> [(entry: Int, range: Range<Int>)] {
        var found: [(entry: Int, range: Range<Int>)] = []
        var state = 0
        for (position, byte) in view.enumerated() {
            state = Int(transitions[state * Self.symbols + Int(Self.symbolOf[Int(byte)])])
            for index in outputs[state] {
                let entry = entries[Int(index)]
                let start = position + 1 - entry.length
                guard start == 0 || view[start - 1] == 32 else { continue }
                guard entry.prefix || position + 1 == view.count || view[position + 1] == 32 else { continue }
                found.append((Int(index), start..<(position + 1)))
            }
        }
        return found
    }
}

extension Rule {
    /// Every finding of this rule in `text`, with the offset where each starts. A regex that
    /// hits a limit yields one scan-error finding instead of matches, so the caller can act on it.
    /// Values in `known` (the district's own phone numbers and addresses) are no findings.
    func referenceFindings(
        in text: ScanText, location: String, session: MatchSession, limits: ScanLimits, known: KnownValues = KnownValues()
    ) -> [PlacedFinding] {
        guard let pattern, !readsConductView else { return [] }
        let ranges: [Range<Int>]
        do {
            ranges = try text.bytes.withUnsafeBufferPointer { buffer throws(MatchError) in
                try session.matches(of: pattern, in: buffer)
            }
        } catch {
            return [PlacedFinding(offset: 0, finding: scanError(error, location: location, action: limits.onScanError))]
        }
        var findings: [PlacedFinding] = []
        var seenValues: Set<Substring> = []
        var repeats = 0
        for range in ranges {
            let value = text.string(range)
            // Repeats only count places (for records); past a bound they are not even checked,
            // so a text of one value a million times costs no memory per copy.
            if repeats >= Self.maxRepeats, seenValues.contains(value) { continue }
            guard validators.allSatisfy({ $0.accepts(value) }),
                  skipInside.isDisjoint(with: text.referenceEnclosures(of: range))
            else { continue }
            let level: Confidence?
            do { level = try referenceConfidence(of: range, in: text, session: session) } catch {
                findings.append(PlacedFinding(offset: range.lowerBound, finding: scanError(error, location: location, action: limits.onScanError)))
                continue
            }
            guard let level, level >= minimum else { continue }
            let repeated = !seenValues.insert(value).inserted
            if repeated { repeats += 1 }
            let read = validators.lazy.compactMap { validator in validator.normalized(value).map { (validator, $0) } }.first
            if let read, known.contains(read.0, read.1) { continue }
            let normalized = read?.1 ?? (redaction.normalizes ? value.digits : String(value))
            findings.append(PlacedFinding(offset: range.lowerBound, finding: Finding(
                ruleID: id, kind: kind, confidence: level, location: location,
                redacted: redaction.apply(to: value), action: action, section: section,
                valueID: Finding.valueID(kind: kind, normalized: normalized)
            ), repeated: repeated))
        }
        return findings
    }


    /// Where this rule matches in `text`, validators applied and context ignored, each with
    /// The rule's base confidence, moved one step by the context nearest the match: up for a
    /// supporting label or pattern ("card", an expiry date), down for a contrary label
    /// ("tracking", "order"). Nil when it falls below `low`.
    private func referenceConfidence(of range: Range<Int>, in text: ScanText, session: MatchSession) throws(MatchError) -> Confidence? {
        let area = text.characterAligned(max(0, range.lowerBound - context.window)..<min(text.bytes.count, range.upperBound + context.window))
        var support = context.wordBytes.compactMap { text.referenceLabelDistance(of: $0, before: range, in: area) }.min()
        let patterns = context.patterns.map { ($0, false) } + context.labelPatterns.map { ($0, true) }
        for (pattern, isLabel) in patterns {
            let hits = try text.bytes[area].withUnsafeBufferPointer { buffer throws(MatchError) in
                try session.matches(of: pattern, in: buffer)
            }
            for hit in hits {
                let shifted = (hit.lowerBound + area.lowerBound)..<(hit.upperBound + area.lowerBound)
                if shifted.overlaps(range) || (isLabel && shifted.upperBound > range.lowerBound) { continue }
                let between = shifted.upperBound <= range.lowerBound ? shifted.upperBound..<range.lowerBound : range.upperBound..<shifted.lowerBound
                // Context on either side, but never across another number.
                if text.containsNumber(between) { continue }
                let gap = between.count
                support = min(support ?? gap, gap)
            }
        }
        let against = context.againstBytes.compactMap { text.referenceLabelDistance(of: $0, before: range, in: area) }.min()
        var level = confidence.rawValue
        if let support, support < (against ?? .max) {
            level += 1
        } else if against != nil, !(support.map { text.sameSentence(range.lowerBound - $0..<range.lowerBound) } ?? false) {
            // A contrary label lowers, unless a supporting one stands in the same sentence
            // ("my dad's card for the spikes order: 4180 …"): then neither moves it.
            level -= 1
        }
        return Confidence(rawValue: min(level, Confidence.high.rawValue))
    }

}

extension ScanText {
    /// How far before `match` the nearest whole-word occurrence of `phrase` in `area` ends,
    /// or nil when there is none. Only labels before a value count, and only when no other
    /// number stands between label and value: in "Tracking 4532… Card: 5425…" the word "Card"
    /// labels the second number, not the first. A short number (under three digits: the 4
    /// of "W-4", a grade, a day) is no value of its own and does not take the label.
    func referenceLabelDistance(of phrase: [UInt8], before match: Range<Int>, in area: Range<Int>) -> Int? {
        guard !phrase.isEmpty else { return nil }
        var end = match.lowerBound
        var floor = area.lowerBound
        var probe = match.lowerBound
        var run = 0
        while probe > area.lowerBound {
            probe -= 1
            guard bytes[probe] >= 48 && bytes[probe] <= 57 else { run = 0; continue }
            run += 1
            if run == 3 { floor = probe + 3; break }
        }
        while end - phrase.count >= floor {
            let start = end - phrase.count
            if lowered[start] == phrase[0], lowered[start..<end].elementsEqual(phrase), isWhole(start..<end) {
                return match.lowerBound - end
            }
            end -= 1
        }
        return nil
    }

    /// The whitespace-delimited token around `range` (at most 2 KiB each side), to tell links
    /// and addresses apart.
    func referenceEnclosures(of range: Range<Int>) -> Set<Enclosure> {
        let reach = 2048
        var start = range.lowerBound
        while start > 0, range.lowerBound - start < reach, !Self.isTokenBreak(bytes[start - 1]) { start -= 1 }
        var end = range.upperBound
        while end < bytes.count, end - range.upperBound < reach, !Self.isTokenBreak(bytes[end]) { end += 1 }
        let token = lowered[start..<end]
        var found: Set<Enclosure> = []
        if token.contains(64) { found.insert(.email) }  // "@"
        let text = String(decoding: token, as: UTF8.self)
        if text.contains("://") || text.hasPrefix("www.") { found.insert(.url) }
        return found
    }

}
