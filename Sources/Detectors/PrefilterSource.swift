/// The regex Vectorscan's prefilter compiles in place of a rule's: one that matches every
/// text the rule's matches and may match more, written so Vectorscan can take it and bound
/// its width.
///
/// - `\K` (which only moves where a reported match starts) is left out: Vectorscan refuses it.
/// - A backreference `\1`…`\9` to a group with no group inside it becomes that group's regex
///   (`([ .-])…\1` → `([ .-])…(?:[ .-])`): what the group captured is a text its regex matches.
///   Vectorscan's own prefilter stand-in for a backreference has no width bound, which would
///   leave the rule's matches unplaced (`RulePrefilter.reach`).
///
/// A source this does not read with certainty (`\Q…\E`, extended mode, comments, branch
/// reset groups) is given unchanged, and one that sets options inline keeps its
/// backreferences (a group and its reference may read case differently): Vectorscan then
/// keeps its own, wider stand-ins.
enum PrefilterSource {
    static func approximating(_ source: String, flags: PatternFlags) -> String {
        let bytes = Array(source.utf8)
        guard !flags.contains(.extended), let (tokens, setsOptions) = tokens(of: bytes) else { return source }
        // Options set inline (`(?i)`, `(?i:`) may differ between a group and its backreference.
        let bodies = setsOptions ? [] : groups(in: tokens)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        for token in tokens {
            switch token {
            case .verbatim(let range): output += bytes[range]
            case .restart, .groupOpen, .groupClose: continue
            case .reference(let group, let range):
                if group < bodies.count, let body = bodies[group] {
                    output += Array("(?:".utf8) + bytes[body] + Array(")".utf8)
                } else {
                    output += bytes[range]
                }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private enum Token {
        case verbatim(Range<Int>)
        /// `\K`.
        case restart
        /// `\N`: the group number (from 1) and where it is written.
        case reference(Int, Range<Int>)
        /// The opening of a capturing group: where its regex starts.
        case groupOpen(Int)
        case groupClose(Int)
    }

    /// Each capturing group's regex, by number (index 0 unused), when it holds no group.
    private static func groups(in tokens: [Token]) -> [Range<Int>?] {
        var bodies: [Range<Int>?] = [nil]
        var open: [(index: Int, start: Int, nested: Bool)] = []
        for token in tokens {
            switch token {
            case .groupOpen(let start):
                for depth in open.indices { open[depth].nested = true }
                bodies.append(nil)
                open.append((bodies.count - 1, start, false))
            case .groupClose(let end):
                guard let group = open.popLast() else { continue }
                if !group.nested { bodies[group.index] = group.start..<end }
            default: continue
            }
        }
        return bodies
    }

    /// The source cut into what is copied, `\K`s, backreferences and capturing groups' edges,
    /// and whether it sets options inline; nil for a source this does not read with certainty.
    private static func tokens(of bytes: [UInt8]) -> (tokens: [Token], setsOptions: Bool)? {
        var tokens: [Token] = []
        var setsOptions = false
        var index = 0
        var copied = 0
        // Every "(" with whether it opens a capturing group.
        var parentheses: [Bool] = []
        func copyUpTo(_ end: Int) {
            if end > copied { tokens.append(.verbatim(copied..<end)) }
        }
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                guard index + 1 < bytes.count else { return nil }
                let next = bytes[index + 1]
                // `\Q…\E` quotes; `\cX` is a control character whose X may be a bracket.
                if next == UInt8(ascii: "Q") || next == UInt8(ascii: "E") || next == UInt8(ascii: "c") { return nil }
                if next == UInt8(ascii: "K") {
                    copyUpTo(index)
                    tokens.append(.restart)
                    copied = index + 2
                } else if next >= UInt8(ascii: "1") && next <= UInt8(ascii: "9"), index + 2 == bytes.count || !isDigit(bytes[index + 2]) {
                    copyUpTo(index)
                    tokens.append(.reference(Int(next - 48), index..<index + 2))
                    copied = index + 2
                }
                index += 2
            case UInt8(ascii: "["):
                guard let end = classEnd(from: index, in: bytes) else { return nil }
                index = end
            case UInt8(ascii: "("):
                let rest = bytes[(index + 1)...]
                if rest.first == UInt8(ascii: "?") {
                    let after = rest.dropFirst().first
                    // `(?|` numbers groups otherwise; `(?#` is a comment; `(?P=`, `(?P>` refer.
                    if let after, [UInt8(ascii: "|"), UInt8(ascii: "#")].contains(after) { return nil }
                    if after == UInt8(ascii: "P"), rest.dropFirst(2).first != UInt8(ascii: "<") { return nil }
                    if let after, after != UInt8(ascii: "P"), isLetter(after) || after == UInt8(ascii: "^") || after == UInt8(ascii: "-") {
                        setsOptions = true
                    }
                    let named = (after == UInt8(ascii: "<") && rest.dropFirst(2).first.map { $0 != UInt8(ascii: "=") && $0 != UInt8(ascii: "!") } == true)
                        || after == UInt8(ascii: "'") || after == UInt8(ascii: "P")
                    // Named groups are numbered too; their opening runs to `>` or `'`.
                    if named {
                        guard index + 3 <= bytes.count, let close = bytes[(index + 3)...].firstIndex(where: { $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "'") }) else { return nil }
                        copyUpTo(close + 1)
                        copied = close + 1
                        tokens.append(.groupOpen(close + 1))
                        parentheses.append(true)
                        index = close + 1
                        continue
                    }
                    parentheses.append(false)
                } else if rest.first == UInt8(ascii: "*") {
                    parentheses.append(false)
                } else {
                    copyUpTo(index + 1)
                    copied = index + 1
                    tokens.append(.groupOpen(index + 1))
                    parentheses.append(true)
                }
                index += 1
            case UInt8(ascii: ")"):
                guard let capturing = parentheses.popLast() else { return nil }
                if capturing {
                    copyUpTo(index)
                    copied = index
                    tokens.append(.groupClose(index))
                }
                index += 1
            default:
                index += 1
            }
        }
        copyUpTo(bytes.count)
        return parentheses.isEmpty ? (tokens, setsOptions) : nil
    }

    /// Just past the `]` that closes the class opening at `start` (a `]` first in the class is
    /// a literal; `[:alpha:]` inside it is a POSIX class).
    private static func classEnd(from start: Int, in bytes: [UInt8]) -> Int? {
        var index = start + 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "^") { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1 }
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "["):
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ":") {
                    guard let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: "]")) else { return nil }
                    index = close + 1
                } else {
                    index += 1
                }
            case UInt8(ascii: "]"): return index + 1
            default: index += 1
            }
        }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
}
