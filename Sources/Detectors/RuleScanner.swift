/// A text prepared once for every rule: its UTF-8 bytes and an ASCII-lower-cased copy for
/// context-word lookups.
struct ScanText {
    let bytes: [UInt8]
    let lowered: [UInt8]

    init(_ text: String) {
        bytes = Array(text.utf8)
        lowered = bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    }

    func string(_ range: Range<Int>) -> Substring {
        Substring(String(decoding: bytes[range], as: UTF8.self))
    }

    /// Whether `phrase` occurs in `range` as a whole word (no letter or digit touching it).
    func containsWord(_ phrase: [UInt8], in range: Range<Int>) -> Bool {
        guard !phrase.isEmpty, range.count >= phrase.count else { return false }
        var start = range.lowerBound
        while start + phrase.count <= range.upperBound {
            if lowered[start] == phrase[0], lowered[start..<start + phrase.count].elementsEqual(phrase) {
                let before = start > 0 ? lowered[start - 1] : 32
                let after = start + phrase.count < lowered.count ? lowered[start + phrase.count] : 32
                if !Self.isWordByte(before) || !Self.isWordByte(phrase[0]),
                   !Self.isWordByte(after) || !Self.isWordByte(phrase[phrase.count - 1]) {
                    return true
                }
            }
            start += 1
        }
        return false
    }

    /// The whitespace-delimited token around `range`, to tell links and addresses apart.
    func enclosures(of range: Range<Int>) -> Set<Enclosure> {
        var start = range.lowerBound
        while start > 0, !Self.isTokenBreak(bytes[start - 1]) { start -= 1 }
        var end = range.upperBound
        while end < bytes.count, !Self.isTokenBreak(bytes[end]) { end += 1 }
        let token = lowered[start..<end]
        var found: Set<Enclosure> = []
        if token.contains(64) { found.insert(.email) }  // "@"
        let text = String(decoding: token, as: UTF8.self)
        if text.contains("://") || text.hasPrefix("www.") { found.insert(.url) }
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

extension Rule {
    /// Every finding of this rule in `text`. A regex that hits a limit yields one
    /// scan-error finding instead of matches, so the caller can act on it.
    func findings(in text: ScanText, location: String, session: MatchSession, limits: ScanLimits) -> [Finding] {
        let ranges: [Range<Int>]
        do {
            ranges = try text.bytes.withUnsafeBufferPointer { buffer throws(MatchError) in
                try session.matches(of: pattern, in: buffer)
            }
        } catch {
            return [scanError(error, location: location, action: limits.onScanError)]
        }
        var findings: [Finding] = []
        var seenValues: Set<Substring> = []
        for range in ranges {
            let value = text.string(range)
            guard validators.allSatisfy({ $0.accepts(value) }),
                  skipInside.isDisjoint(with: text.enclosures(of: range))
            else { continue }
            let level: Confidence?
            do { level = try confidence(of: range, in: text, session: session) } catch {
                findings.append(scanError(error, location: location, action: limits.onScanError))
                continue
            }
            guard let level, level >= minimum, seenValues.insert(value).inserted else { continue }
            findings.append(Finding(
                ruleID: id, kind: kind, confidence: level, location: location,
                redacted: redaction.apply(to: value), action: action, section: section
            ))
        }
        return findings
    }

    /// The rule's base confidence, one step up with supporting context, one step down with
    /// contrary context; nil when it falls below `low`.
    private func confidence(of range: Range<Int>, in text: ScanText, session: MatchSession) throws(MatchError) -> Confidence? {
        let near = max(0, range.lowerBound - context.window)..<min(text.bytes.count, range.upperBound + context.window)
        var level = confidence.rawValue
        var supported = context.words.contains { text.containsWord(Array($0.utf8), in: near) }
        if !supported {
            for pattern in context.patterns {
                let found = try text.bytes[near].withUnsafeBufferPointer { buffer throws(MatchError) in
                    try session.contains(pattern, in: buffer)
                }
                if found { supported = true; break }
            }
        }
        if supported { level += 1 }
        if context.against.contains(where: { text.containsWord(Array($0.utf8), in: near) }) { level -= 1 }
        return Confidence(rawValue: min(level, Confidence.high.rawValue))
    }

    private func scanError(_ error: MatchError, location: String, action: Action) -> Finding {
        Finding(
            ruleID: id, kind: Finding.scanErrorKind, confidence: .high, location: location, redacted: "",
            action: action, section: section,
            note: "rule could not finish scanning: \(error.message)"
        )
    }
}
