import CPCRE2

/// A regular expression that PCRE2 refused, with PCRE2's own message.
public struct RegexCompileError: Error, Sendable, Equatable {
    public var message: String
    /// Offset in the pattern where PCRE2 stopped.
    public var offset: Int
}

/// Flags written after the closing slash of a `/regex/flags` field.
public struct PatternFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let caseless = PatternFlags(rawValue: PCRE2_CASELESS)
    public static let extended = PatternFlags(rawValue: PCRE2_EXTENDED)
    public static let dotAll = PatternFlags(rawValue: PCRE2_DOTALL)
    public static let multiline = PatternFlags(rawValue: PCRE2_MULTILINE)

    /// Parses `ixsm`; returns nil on any other letter.
    public init?(letters: Substring) {
        var flags: PatternFlags = []
        for letter in letters {
            switch letter {
            case "i": flags.insert(.caseless)
            case "x": flags.insert(.extended)
            case "s": flags.insert(.dotAll)
            case "m": flags.insert(.multiline)
            default: return nil
            }
        }
        self = flags
    }
}

/// Owns one compiled, JIT-compiled PCRE2 pattern.
///
/// `@unchecked Sendable`: the `pcre2_code` is never mutated after `init` (compile and JIT
/// compile happen there), PCRE2 documents compiled code as safe to share between threads,
/// and no match data (which is not shareable) is stored here; each scan brings its own.
public final class CompiledPattern: @unchecked Sendable {
    let code: OpaquePointer
    public let source: String
    public let flags: PatternFlags

    public init(_ source: String, flags: PatternFlags = []) throws(RegexCompileError) {
        var errorCode: Int32 = 0
        var errorOffset = 0
        // An offset limit bounds where a match may start (`MatchSession`, windows from the prefilter).
        let options = PCRE2_UTF | PCRE2_USE_OFFSET_LIMIT | flags.rawValue
        let compiled = source.utf8CString.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: buffer.count) {
                pcre2_compile_8($0, buffer.count - 1, options, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            throw RegexCompileError(message: Self.message(for: errorCode), offset: errorOffset)
        }
        // JIT is an optimisation: without it (unsupported CPU) matching still works, slower.
        _ = pcre2_jit_compile_8(compiled, PCRE2_JIT_COMPLETE)
        self.code = compiled
        self.source = source
        self.flags = flags
    }

    deinit { pcre2_code_free_8(code) }

    static func message(for errorCode: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(errorCode, &buffer, buffer.count)
        guard length > 0 else { return "PCRE2 error \(errorCode)" }
        return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
    }
}
