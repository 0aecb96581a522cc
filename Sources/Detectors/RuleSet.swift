import Foundation

/// A pattern file's name and contents, or a word list's (`*.words`, read by `words FILE`).
/// Reading files is the caller's job.
public struct PatternSource: Sendable, Codable, Equatable {
    public static let wordListExtension = "words"

    public var name: String
    public var text: String
    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// The complete, self-tested set of rules in force. Immutable: a reload builds a new set
/// and swaps it whole, so a scan always runs with the rules it started with.
public struct RuleSet: Sendable {
    public let rules: [Rule]
    public let limits: ScanLimits
    /// The pattern files the rules came from, so another process can build the same set.
    public private(set) var sources: [PatternSource] = []

    /// Parses, compiles and self-tests every rule. Any problem in any file fails the load,
    /// so a half-valid rule set never goes live. `selfTest: false` only for texts that passed
    /// it already (a worker building the milter's own rules: it starts faster).
    /// `prefilters`: the compiled prefilters of the same sources (from `prefilterImages` of a
    /// set loaded elsewhere), so they need not be compiled again.
    public static func load(
        _ sources: [PatternSource], limits: ScanLimits, selfTest: Bool = true, prefilters: PrefilterImages? = nil
    ) -> Result<RuleSet, LoadProblems> {
        var rules: [Rule] = []
        var problems: [LoadProblem] = []
        var ids: [String: SourceLine] = [:]
        let files = Dictionary(sources.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for source in sources where !source.name.hasSuffix(".\(PatternSource.wordListExtension)") {
            let directory = source.name.contains("/") ? String(source.name[..<source.name.lastIndex(of: "/")!]) + "/" : ""
            let parsed = PatternFile.parse(source.text, file: source.name) { files[directory + $0] }
            problems += parsed.problems
            for rule in parsed.rules {
                if let first = ids[rule.id] {
                    problems.append(LoadProblem(rule.origin, ruleID: rule.id, "rule id already used at \(first)"))
                } else {
                    ids[rule.id] = rule.origin
                    rules.append(rule)
                }
            }
        }
        var set = RuleSet(rules: rules, limits: limits, images: prefilters)
        set.sources = sources
        if selfTest { problems += set.selfTest() }
        return problems.isEmpty ? .success(set) : .failure(LoadProblems(problems))
    }

    /// `prefiltered: false` for a set used once (a rule's self-test): compiling the
    /// prefilter costs more than it saves there.
    public init(rules: [Rule], limits: ScanLimits, prefiltered: Bool = true) {
        self.init(rules: rules, limits: limits, prefiltered: prefiltered, images: nil)
    }

    private init(rules: [Rule], limits: ScanLimits, prefiltered: Bool = true, images: PrefilterImages?) {
        self.rules = rules
        self.limits = limits
        wordIndex = WordIndex(rules.indices.compactMap { rules[$0].words.isEmpty ? nil : ($0, rules[$0].words) })
        labelWords = LabelWords(rules)
        conductRules = rules.indices.filter { rules[$0].readsConductView && rules[$0].pattern != nil }
        textRules = rules.indices.filter { !rules[$0].readsConductView && rules[$0].pattern != nil }
        readsNumbers = rules.contains { $0.readsNumbers }
        numberContext = rules.filter(\.readsNumbers).map(\.context.window).max() ?? 0
        conductPrefilter = RulePrefilter(conductRules.map { rules[$0].pattern! }, compiled: prefiltered, image: images?.conduct)
        textPrefilter = RulePrefilter(textRules.map { rules[$0].pattern! }, compiled: prefiltered, image: images?.text)
    }

    /// The compiled prefilters, for `load(_:limits:selfTest:prefilters:)` in another process.
    public struct PrefilterImages: Codable, Sendable, Equatable {
        var text: RulePrefilter.Image?
        var conduct: RulePrefilter.Image?
    }

    public var prefilterImages: PrefilterImages {
        PrefilterImages(text: textPrefilter.image, conduct: conductPrefilter.image)
    }

    /// Rules whose regex reads the normalised view.
    let conductRules: [Int]
    /// Rules whose regex reads the text itself (or, `readsNumbers`, its `NumberReading`).
    let textRules: [Int]
    /// Whether any rule reads the numbers as a reader sees them.
    let readsNumbers: Bool
    /// The widest context window of the rules that read numbers: how much of the text around
    /// a number read otherwise its reading keeps.
    let numberContext: Int
    /// Which of `conductRules` / `textRules` may match in a view / text.
    let conductPrefilter: RulePrefilter
    let textPrefilter: RulePrefilter

    /// Every word-list entry of every rule, for one pass per text.
    let wordIndex: WordIndex
    /// Every rule's context words, for one pass per text that has a match to weigh.
    let labelWords: LabelWords

    public func rule(id: String) -> Rule? { rules.first { $0.id == id } }

    /// Runs every rule on its own examples: each `example` must be found, each `not` must not,
    /// and neither may hit a regex limit.
    public func selfTest() -> [LoadProblem] {
        let session = MatchSession(limits: limits)
        var problems: [LoadProblem] = []
        for rule in rules {
            let cases = rule.examples.map { ($0, true) } + rule.counterExamples.map { ($0, false) }
            // The rule alone, as a set of its own (its word list and labels in literal sets of their own).
            let alone = RuleSet(rules: [rule], limits: limits, prefiltered: false).makeScanner(session: session)
            for (example, mustFind) in cases {
                let found = alone.scan(example.text, location: "example")
                let cause: String? = if let error = found.first(where: { $0.kind == Finding.scanErrorKind }) {
                    error.note ?? "scan error"
                } else if mustFind && found.isEmpty {
                    "example is not found by the rule"
                } else if !mustFind && !found.isEmpty {
                    "'not' example is found by the rule (as \(found[0].kind))"
                } else {
                    nil
                }
                if let cause { problems.append(LoadProblem(example.origin, ruleID: rule.id, cause)) }
            }
        }
        return problems
    }

    /// Every finding of every rule in one text.
    public func scan(_ text: String, location: String) -> [Finding] {
        makeScanner().scan(text, location: location)
    }

    /// A scanner for one message's texts, fed one at a time as they are read; values in
    /// `known` are never findings.
    public func makeScanner(known: KnownValues = KnownValues()) -> TextScanner {
        TextScanner(rules: self, known: known, session: MatchSession(limits: limits))
    }

    /// A scanner that shares a match session (one thread's).
    func makeScanner(session: MatchSession) -> TextScanner { TextScanner(rules: self, known: KnownValues(), session: session) }
}

/// Scans texts with a rule set, reusing one PCRE2 match session (match data, JIT stack) for
/// all of them. One per scan: never shared between threads.
public final class TextScanner {
    private let rules: RuleSet
    private let session: MatchSession
    private let known: KnownValues
    private var folding = ScalarFolding()
    private var conductViews = ConductText.Buffers()
    private let textScratch: RulePrefilter.Scratch
    private let conductScratch: RulePrefilter.Scratch
    private let wordScratch: LiteralSet.Scratch
    private let labelScratch: LiteralSet.Scratch

    init(rules: RuleSet, known: KnownValues, session: MatchSession) {
        self.rules = rules
        self.known = known
        self.session = session
        textScratch = rules.textPrefilter.makeScratch()
        conductScratch = rules.conductPrefilter.makeScratch()
        wordScratch = rules.wordIndex.makeScratch()
        labelScratch = rules.labelWords.makeScratch()
    }

    /// A rule to run on a text, and where in it its matches may start.
    private struct RuleRun {
        var rule: Int
        var starts: MatchStarts
    }

    /// The text rules that may match in `text`.
    private func textRules(for text: ScanText) -> [RuleRun] {
        let starts = text.bytes.withUnsafeBufferPointer { rules.textPrefilter.starts(in: $0, scratch: textScratch) }
        return rules.textRules.indices.filter { starts[$0] != .nowhere }.map { RuleRun(rule: rules.textRules[$0], starts: starts[$0]) }
    }

    /// The rules to run on `text` and, when a reader sees its numbers otherwise than they are
    /// written, the number rules to run on that reading too: a number written plainly is
    /// found in the text (the reading may join it to a neighbour, as columns of a fixed-width
    /// table), a disguised one in the reading.
    private func plan(for text: ScanText) -> (onText: [RuleRun], reading: NumberReading?, onReading: [RuleRun]) {
        let onText = textRules(for: text)
        guard rules.readsNumbers, let reading = NumberReading(text, context: rules.numberContext) else { return (onText, nil, []) }
        return (onText, reading, textRules(for: reading.text).filter { rules.rules[$0.rule].readsNumbers })
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
        var spans = plan.onText.flatMap { rules.rules[$0.rule].maskable(in: prepared, startingIn: $0.starts, session: session) }
        if let reading = plan.reading {
            spans += plan.onReading.flatMap { rules.rules[$0.rule].maskable(in: reading.text, startingIn: $0.starts, session: session) }.map { span in
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
        guard !rules.wordIndex.isEmpty || !rules.conductRules.isEmpty else { return [] }
        var found: [PlacedFinding] = []
        var places: Set<Place> = []  // one occurrence seen in two views counts once
        var seen: Set<String> = []
        var repeats = 0
        // A long text is read in pieces of about 1 MB, so its views never cost more than that.
        let pieces = text.bytes.count > Self.pieceSize ? text.pieces(of: Self.pieceSize) : [0..<text.bytes.count]
        for piece in pieces {
            let part = pieces.count == 1 ? text : ScanText(text, piece)
            conductViews.read(part, folding: &folding)
            for view in conductViews.views {
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
    private func conductMatches(in view: ConductText, location: String, errors: inout [PlacedFinding]) -> [(rule: Int, value: String, range: Range<Int>)] {
        let index = rules.wordIndex
        var matches = index.matches(in: view.bytes, scratch: wordScratch).map { match in
            (rule: index.entries[match.entry].rule, value: index.entries[match.entry].text, range: match.range)
        }
        let starts = view.bytes.withUnsafeBufferPointer { rules.conductPrefilter.starts(in: $0, scratch: conductScratch) }
        for (position, ruleIndex) in rules.conductRules.enumerated() where starts[position] != .nowhere {
            guard let pattern = rules.rules[ruleIndex].pattern else { continue }
            // The view is ASCII, so its bytes are valid UTF-8 for PCRE2.
            do throws(MatchError) {
                let ranges = try view.bytes.withUnsafeBufferPointer { buffer throws(MatchError) in
                    try session.matches(of: pattern, in: buffer, startingIn: starts[position])
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

    /// Findings of the regex rules `runs` in one text; `labels`: the text's context words,
    /// when they are shared with other calls.
    private func findings(of runs: [RuleRun], in text: ScanText, location: String, labels: ContextLabels? = nil) -> [PlacedFinding] {
        let labels = labels ?? ContextLabels(rules.labelWords, text: text, scratch: labelScratch)
        // Through a buffer, so each rule is read in place, not copied for the call.
        return rules.rules.withUnsafeBufferPointer { all in
            runs.flatMap { run in
                all[run.rule].findings(in: text, startingIn: run.starts, location: location, session: session, limits: rules.limits,
                                       known: known, labels: labels, ownLabels: rules.labelWords.sets[run.rule])
            }
        }
    }

    private func scanned(_ text: String, location: String) -> [PlacedFinding] {
        let prepared = ScanText(text)
        let plan = plan(for: prepared)
        var found = findings(of: plan.onText, in: prepared, location: location) + wordFindings(in: prepared, location: location)
        if let reading = plan.reading {
            // What is written where a reader sees it reversed is not what is read there.
            if !reading.reordered.isEmpty {
                let numberRules = Set(plan.onText.filter { rules.rules[$0.rule].readsNumbers }.map { rules.rules[$0.rule].id })
                found.removeAll { numberRules.contains($0.finding.ruleID) && reading.isReordered($0.offset) }
            }
            // A value the text shows plainly is the text's finding, wherever the reading puts it.
            let plain = Set(found.compactMap { $0.finding.valueID })
            let readingLabels = ContextLabels(rules.labelWords, text: reading.text, scratch: labelScratch)
            for run in plan.onReading {
                let window = rules.rules[run.rule].context.window
                found += findings(of: [run], in: reading.text, location: location, labels: readingLabels)
                    .compactMap { placed in
                        guard placed.finding.valueID.map(plain.contains) != true else { return nil }
                        // Away from where the reading differs it is the text, and the text's
                        // findings stand (a window's edge may cut a value's context there).
                        guard placed.finding.valueID == nil || reading.changes(near: placed.offset..<placed.offset + NumberReading.matchReach, within: window)
                        else { return nil }
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

extension PatternSource {
    /// The files a pattern directory holds, relative to it: its `*.rules` files, in name order,
    /// and every `*.words` list under it (word lists may sit in subdirectories).
    public static func files(in directory: String) throws -> [String] {
        let manager = FileManager.default
        let rules = try manager.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".rules") }.sorted()
        let lists = (manager.enumerator(atPath: directory)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".\(wordListExtension)") }.sorted()
        return rules + lists
    }
}
