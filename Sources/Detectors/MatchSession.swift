import CPCRE2

/// Bounds on how much work one regex may do, so a pathological pattern or message ends
/// with an error finding instead of hanging the scan.
public struct ScanLimits: Sendable, Equatable, Codable {
    /// PCRE2 match limit: how many times one match attempt may call its internal match
    /// function (with JIT: how many times it may backtrack). PCRE2's own default is 10,000,000.
    public var matchLimit: UInt32
    /// The largest JIT stack one scan may grow to. JIT ignores the depth limit; this bounds it.
    public var jitStackBytes: Int
    /// The action for a rule that could not finish scanning a text.
    public var onScanError: Action

    public init(matchLimit: UInt32 = 1_000_000, jitStackBytes: Int = 1 << 20, onScanError: Action = .quarantine) {
        self.matchLimit = matchLimit
        self.jitStackBytes = jitStackBytes
        self.onScanError = onScanError
    }
}

/// A PCRE2 failure while matching (match limit, JIT stack limit, ...).
public struct MatchError: Error, Sendable, Equatable {
    public var code: Int32
    public var message: String
}

/// The per-scan matching state PCRE2 requires: match data, a match context with the limits,
/// and a JIT stack. Never shared between threads (pcre2api(3)); create one per scan.
public final class MatchSession {
    private let context: OpaquePointer
    private let jitStack: OpaquePointer?
    private let matchData: OpaquePointer

    public init(limits: ScanLimits) {
        context = pcre2_match_context_create_8(nil)
        pcre2_set_match_limit_8(context, limits.matchLimit)
        // Bounds the interpreter when JIT is unavailable.
        pcre2_set_depth_limit_8(context, limits.matchLimit)
        jitStack = pcre2_jit_stack_create_8(32 * 1024, max(32 * 1024, limits.jitStackBytes), nil)
        pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(jitStack))
        matchData = pcre2_match_data_create_8(16, nil)
    }

    deinit {
        pcre2_match_data_free_8(matchData)
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
        pcre2_match_context_free_8(context)
    }

    /// Every non-overlapping match of `pattern` in `text`, as UTF-8 byte ranges.
    public func matches(of pattern: CompiledPattern, in text: UnsafeBufferPointer<UInt8>) throws(MatchError) -> [Range<Int>] {
        try matches(of: pattern, in: text, startingIn: .anywhere)
    }

    /// Every non-overlapping match of `pattern` in `text` that starts where `starts` allows,
    /// as UTF-8 byte ranges: the same as anywhere when no match starts elsewhere. Each search
    /// sees the whole text (lookbehinds read before a window) but may start a match only inside
    /// the window (PCRE2's offset limit).
    public func matches(of pattern: CompiledPattern, in text: UnsafeBufferPointer<UInt8>, startingIn starts: MatchStarts) throws(MatchError) -> [Range<Int>] {
        let windows: [ClosedRange<Int>]
        switch starts {
        case .nowhere: return []
        case .anywhere: windows = [0...text.count]
        case .within(let within): windows = within
        }
        guard let subject = text.baseAddress else { return [] }
        let limited = starts != .anywhere
        // Back to PCRE2_UNSET (no limit) for the next search.
        defer { if limited { pcre2_set_offset_limit_8(context, Int(bitPattern: UInt.max)) } }
        var ranges: [Range<Int>] = []
        var position = 0
        for window in windows where window.upperBound >= position {
            // A search starts on a character, and never inside the match before it.
            var start = min(window.lowerBound, text.count)
            while start > 0, start < text.count, text[start] & 0xC0 == 0x80 { start -= 1 }
            start = max(start, position)
            if limited { pcre2_set_offset_limit_8(context, window.upperBound) }
            while start <= window.upperBound, start <= text.count {
                // The text comes from a Swift String, so it is valid UTF-8: skip PCRE2's check,
                // which would otherwise rescan the rest of the text on every call.
                let rc = pcre2_match_8(pattern.code, subject, text.count, start, PCRE2_NO_UTF_CHECK, matchData, context)
                if rc == PCRE2_ERROR_NOMATCH { break }
                guard rc >= 0 else { throw MatchError(code: rc, message: CompiledPattern.message(for: rc)) }
                let ovector = pcre2_get_ovector_pointer_8(matchData)!
                let range = ovector[0]..<ovector[1]
                ranges.append(range)
                // An empty match would repeat forever: step past the next UTF-8 character.
                position = range.isEmpty ? Self.nextCharacter(after: range.upperBound, in: text) : range.upperBound
                start = position
            }
        }
        return ranges
    }

    private static func nextCharacter(after offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var next = offset + 1
        while next < text.count, text[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }

}
