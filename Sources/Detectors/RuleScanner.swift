/// A text prepared once for every rule: its UTF-8 bytes and an ASCII-lower-cased copy for
/// context-word lookups.
struct ScanText {
    let bytes: [UInt8]
    let lowered: [UInt8]

    init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// `bytes` must be valid UTF-8.
    init(bytes: [UInt8]) {
        self.bytes = bytes
        lowered = bytes.withUnsafeBufferPointer { bytes in
            [UInt8](unsafeUninitializedCapacity: bytes.count) { lowered, count in
                for index in 0..<bytes.count {
                    let byte = bytes[index]
                    lowered[index] = byte &- 65 < 26 ? byte | 0x20 : byte
                }
                count = bytes.count
            }
        }
    }

    /// A piece of another scan text (cut at a space, so it is valid UTF-8 too).
    init(_ text: ScanText, _ range: Range<Int>) {
        bytes = Array(text.bytes[range])
        lowered = Array(text.lowered[range])
    }

    /// The text in pieces of about `size` bytes, each ending at a space or line break (a
    /// phrase across a cut is not found; a piece's view stays small).
    func pieces(of size: Int) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            var end = min(start + size, bytes.count)
            while end < bytes.count, end - start < 2 * size, ![32, 10, 13, 9].contains(bytes[end]) { end += 1 }
            // No break within twice the size: cut before a UTF-8 lead byte.
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            pieces.append(start..<end)
            start = end
        }
        return pieces
    }

    func string(_ range: Range<Int>) -> Substring {
        Substring(String(decoding: bytes[range], as: UTF8.self))
    }

    /// Where labels for the value at `match` may start: inside `area`, and after the nearest
    /// number before it. Only labels before a value count, and only when no other number stands
    /// between label and value: in "Tracking 4532… Card: 5425…" the word "Card" labels the
    /// second number, not the first. A short number (under three digits: the 4 of "W-4", a
    /// grade, a day) is no value of its own and does not take the label.
    func labelFloor(before match: Range<Int>, in area: Range<Int>) -> Int {
        var probe = match.lowerBound
        var run = 0
        while probe > area.lowerBound {
            probe -= 1
            guard bytes[probe] >= 48 && bytes[probe] <= 57 else { run = 0; continue }
            run += 1
            if run == 3 { return probe + 3 }
        }
        return area.lowerBound
    }

    /// Whether no sentence ends inside `range` (a line break, or `.`, `!`, `?` before a space).
    func sameSentence(_ range: Range<Int>) -> Bool {
        let clamped = range.clamped(to: 0..<bytes.count)
        for index in clamped {
            switch bytes[index] {
            case 10, 13: return false
            case 33, 46, 63 where index + 1 < bytes.count && bytes[index + 1] == 32: return false
            default: continue
            }
        }
        return true
    }

    /// Whether `range` holds a number: three or more digits in a row.
    func containsNumber(_ range: Range<Int>) -> Bool {
        var run = 0
        for byte in bytes[range] {
            run = byte >= 48 && byte <= 57 ? run + 1 : 0
            if run == 3 { return true }
        }
        return false
    }

    /// No letter or digit touches the range from outside (a word boundary at both ends).
    func isWhole(_ range: Range<Int>) -> Bool {
        let before = range.lowerBound > 0 ? lowered[range.lowerBound - 1] : 32
        let after = range.upperBound < lowered.count ? lowered[range.upperBound] : 32
        return (!Self.isWordByte(before) || !Self.isWordByte(lowered[range.lowerBound]))
            && (!Self.isWordByte(after) || !Self.isWordByte(lowered[range.upperBound - 1]))
    }

    /// `range` shrunk so that it neither starts nor ends inside a UTF-8 character.
    func characterAligned(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        while lower < range.upperBound, lower < bytes.count, bytes[lower] & 0xC0 == 0x80 { lower += 1 }
        var upper = range.upperBound
        while upper > lower, upper < bytes.count, bytes[upper] & 0xC0 == 0x80 { upper -= 1 }
        return lower..<upper
    }

    /// The whitespace-delimited token around `range` (at most 2 KiB each side), to tell links
    /// and addresses apart.
    func enclosures(of range: Range<Int>) -> Set<Enclosure> {
        let reach = 2048
        var start = range.lowerBound
        while start > 0, range.lowerBound - start < reach, !Self.isTokenBreak(bytes[start - 1]) { start -= 1 }
        var end = range.upperBound
        while end < bytes.count, end - range.upperBound < reach, !Self.isTokenBreak(bytes[end]) { end += 1 }
        var found: Set<Enclosure> = []
        var isLink = end - start >= 4 && lowered[start] == 119 && lowered[start + 1] == 119 && lowered[start + 2] == 119 && lowered[start + 3] == 46  // "www."
        for index in start..<end {
            switch lowered[index] {
            case 64: found.insert(.email)  // "@"
            case 58 where index + 2 < end && lowered[index + 1] == 47 && lowered[index + 2] == 47: isLink = true  // "://"
            default: continue
            }
        }
        if isLink { found.insert(.url) }
        return found
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 97 && byte <= 122) || byte >= 128
    }

    static func isTokenBreak(_ byte: UInt8) -> Bool {
        // space, tab, CR, LF, " ' ( ) < > [ ] { } ,
        [32, 9, 13, 10, 34, 39, 40, 41, 60, 62, 91, 93, 123, 125, 44].contains(byte)
    }
}

/// A finding and where in its text it starts. A value the rule already found earlier in the
/// same text is `repeated`: reported once, but every place counts for records ("IEP" on
/// seven lines of a list is seven records).
public struct PlacedFinding: Sendable, Equatable {
    public var offset: Int
    public var finding: Finding
    public var repeated = false
}

extension Rule {
    /// Every finding of this rule in `text`, with the offset where each starts. A regex that
    /// hits a limit yields one scan-error finding instead of matches, so the caller can act on it.
    /// Values in `known` (the district's own phone numbers and addresses) are no findings.
    /// `starts`: where the prefilter lets a match start.
    func findings(
        in text: ScanText, startingIn starts: MatchStarts = .anywhere, location: String, session: MatchSession, limits: ScanLimits,
        known: KnownValues, labels: ContextLabels, ownLabels: LabelWords.Sets
    ) -> [PlacedFinding] {
        guard let pattern, !readsConductView, mayReachMinimum(in: labels, ownLabels: ownLabels) else { return [] }
        let ranges: [Range<Int>]
        do {
            ranges = try text.bytes.withUnsafeBufferPointer { buffer throws(MatchError) in
                try session.matches(of: pattern, in: buffer, startingIn: starts)
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
            guard let read = validated(value),
                  skipInside.isEmpty || skipInside.isDisjoint(with: text.enclosures(of: range))
            else { continue }
            let level: Confidence?
            do { level = try confidence(of: range, in: text, labels: labels, ownLabels: ownLabels, session: session) } catch {
                findings.append(PlacedFinding(offset: range.lowerBound, finding: scanError(error, location: location, action: limits.onScanError)))
                continue
            }
            guard let level, level >= minimum else { continue }
            let repeated = !seenValues.insert(value).inserted
            if repeated { repeats += 1 }
            if let form = read.form, known.contains(form.validator, form.value) { continue }
            let normalized = read.form?.value ?? (redaction.normalizes ? value.digits : String(value))
            findings.append(PlacedFinding(offset: range.lowerBound, finding: Finding(
                ruleID: id, kind: kind, confidence: level, location: location,
                redacted: redaction.apply(to: value), action: action, section: section,
                valueID: Finding.valueID(kind: kind, normalized: normalized)
            ), repeated: repeated))
        }
        return findings
    }

    /// Repeated values kept per rule and text.
    static let maxRepeats = 10_000

    /// A value every validator of the rule accepted, and its form when one of them defines
    /// one (a phone number's ten digits): the first such validator's.
    private struct Accepted {
        var form: (validator: Validator, value: String)?
    }

    /// Nil when a validator refuses `value`. Each validator reads the value once.
    private func validated(_ value: Substring) -> Accepted? {
        var accepted = Accepted()
        for validator in validators {
            if validator.normalizes {
                guard let form = validator.normalized(value) else { return nil }
                if accepted.form == nil { accepted.form = (validator, form) }
            } else if !validator.accepts(value) {
                return nil
            }
        }
        return accepted
    }

    /// Where this rule matches in `text`, validators applied and context ignored, each with
    /// its redacted form. A regex that hits a limit masks nothing (the scan reports it). Rules
    /// that accept on their own (phone numbers, addresses, dates: context for records and
    /// policy rows) mask nothing: a file name's date or phone number is no protected value.
    func maskable(in text: ScanText, startingIn starts: MatchStarts = .anywhere, session: MatchSession) -> [(range: Range<Int>, redacted: String)] {
        guard action != .accept, !readsConductView, let pattern, let ranges = try? text.bytes.withUnsafeBufferPointer({ buffer throws(MatchError) in
            try session.matches(of: pattern, in: buffer, startingIn: starts)
        }) else { return [] }
        return ranges.compactMap { range in
            let value = text.string(range)
            guard validated(value) != nil else { return nil }
            return (text.characterAligned(range), redaction.apply(to: value))
        }
    }

    /// Whether a match in the text can reach the rule's minimum: a rule whose base confidence is
    /// below it needs a supporting label or context pattern, so with no context pattern and none
    /// of its labels in the text its regex need not run (a date is a birth date only near
    /// "DOB"; most texts have dates and no such label).
    private func mayReachMinimum(in labels: ContextLabels, ownLabels: LabelWords.Sets) -> Bool {
        guard confidence < minimum else { return true }
        guard confidence.rawValue + 1 >= minimum.rawValue else { return false }
        return !context.patterns.isEmpty || !context.labelPatterns.isEmpty || labels.contains(any: ownLabels.support)
    }

    /// The rule's base confidence, moved one step by the context nearest the match: up for a
    /// supporting label or pattern ("card", an expiry date), down for a contrary label
    /// ("tracking", "order"). Nil when it falls below `low`.
    private func confidence(
        of range: Range<Int>, in text: ScanText, labels: ContextLabels, ownLabels: LabelWords.Sets, session: MatchSession
    ) throws(MatchError) -> Confidence? {
        let area = text.characterAligned(max(0, range.lowerBound - context.window)..<min(text.bytes.count, range.upperBound + context.window))
        let floor = text.labelFloor(before: range, in: area)
        var support = labels.distance(of: ownLabels.support, before: range, floor: floor)
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
        let against = labels.distance(of: ownLabels.against, before: range, floor: floor)
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

    func scanError(_ error: MatchError, location: String, action: Action) -> Finding {
        Finding(
            ruleID: id, kind: Finding.scanErrorKind, confidence: .high, location: location, redacted: "",
            action: action, section: section,
            note: "rule could not finish scanning: \(error.message)"
        )
    }
}
