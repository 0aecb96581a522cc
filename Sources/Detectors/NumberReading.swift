/// What a reader sees of the numbers in a text, for the rules that read it (`view numbers`:
/// SSNs, ITINs, cards). Built once per text, only when the text needs it, with the offset in
/// the original of every byte, so findings point into the text as it was written:
///
/// - every decimal digit a reader sees as 0–9 is that digit (fullwidth, mathematical,
///   Arabic-Indic, Devanagari and every other script's decimal digits, superscripts and
///   subscripts, circled and keycap digits);
/// - invisible characters are gone (zero-width spaces and joiners, soft hyphen, word joiner,
///   BOM, LRM/RLM, invisible operators, variation selectors, the keycap mark, bidi controls);
/// - text under a right-to-left override (U+202E … U+202C, HTML `<bdo dir=rtl>`) is in the
///   order it is shown, and so are the runs of a right-to-left embedding or isolate (U+202B,
///   U+2067, HTML `dir=rtl`): each number keeps its digits, the numbers are shown last first;
/// - dash-like characters are `-`, space-like ones (and tabs) a space, dot-like ones (middle
///   dot, bullet, fullwidth full stop) `.`;
/// - between two digits, a run of separators (`536 - 90 - 4399`, `536/90/4399`, `808_77_7219`,
///   several spaces) is one separator, a number parted by different ones (`751 97-0886`) is
///   parted by dashes, and a line break inside a number is gone (`536-90-⏎4399`);
/// - digits written one by one (`5 3 6 - 9 0 - 4 3 9 9`, `5.3.6.9.0.4.3.9.9`) are one number,
///   with a dash where the writer parted groups;
/// - nine or more digits spelled out in English (`five three six nine oh four …`) are digits.
///
/// Other rules read the text itself: a word with a soft hyphen is still that word for them.
public struct NumberReading {
    let text: ScanText
    /// Offset in the original text of each byte of `text`.
    private let origins: [Int]
    /// Byte ranges of the original that a reader sees in another order (bidi overrides and
    /// right-to-left runs): what is written there is not what is read.
    let reordered: [Range<Int>]

    /// Byte offsets in `text` where the reading differs from what is written, in order, when
    /// it was read in windows (nil: read whole).
    let changes: [Int]?

    /// The reading of the whole of `original`; nil when a reader sees its numbers as they are
    /// written.
    init?(_ original: ScanText) {
        guard Self.mayChange(original.bytes) else { return nil }
        guard let whole = Self.read(original.bytes, in: [0..<original.bytes.count], noting: false) else { return nil }
        self = whole
    }

    /// The reading of `original` where it may differ: each place that may read otherwise with
    /// its lines around, `context` bytes (the rules' context window) and more on each side, and
    /// nothing of the rest, where the reading is the text. A 10 KB message with one score
    /// written `63/100` is read around it, not whole. Read whole when a right-to-left run
    /// may reorder it, or when a change comes nearer a window's edge than its margin.
    init?(_ original: ScanText, context: Int) {
        let margin = 2 * context + Self.matchReach + Self.slack
        // A text shorter than two margins is read whole: no window would leave much out.
        guard original.bytes.count > 2 * margin else {
            guard let whole = NumberReading(original) else { return nil }
            self = whole
            return
        }
        var points: [Int] = []
        Self.forEachChangePoint(original.bytes) { point in
            points.append(point)
            return true
        }
        guard !points.isEmpty else { return nil }
        let bytes = original.bytes
        // A text that is read reads its tabs as spaces ("SSN⇥536⇥90⇥4399"): they are read too.
        if bytes.contains(9) { points = (points + bytes.indices.filter { bytes[$0] == 9 }).sorted() }
        if !Self.mayReorder(bytes), let windows = Self.windows(around: points, in: bytes, margin: margin), windows != [0..<bytes.count] {
            guard let reading = Self.read(bytes, in: windows, noting: true) else { return nil }
            if reading.changesKeepMargin(windows, margin - Self.slack, count: bytes.count) {
                self = reading
                return
            }
        }
        guard let whole = Self.read(bytes, in: [0..<bytes.count], noting: false) else { return nil }
        self = whole
    }

    private init(text: ScanText, origins: [Int], reordered: [Range<Int>], changes: [Int]?) {
        self.text = text
        self.origins = origins
        self.reordered = reordered
        self.changes = changes
    }

    /// The longest value a number rule matches, in bytes, for the margins around a change.
    static let matchReach = 256
    /// Bytes beyond a context window that still decide a label (a word's edge).
    static let slack = 64

    /// The reading of `windows` of `bytes`, one after the other; nil when nothing reads
    /// otherwise. `noting`: keep where the reading differs (`changes`).
    private static func read(_ bytes: [UInt8], in windows: [Range<Int>], noting: Bool) -> NumberReading? {
        var units = Units(capacity: windows.reduce(0) { $0 + $1.count }, noting: noting)
        for window in windows {
            var part = Units(capacity: window.count, noting: noting)
            decode(bytes[window], into: &part)
            units.append(joinNumbers(part))
        }
        guard units.changed else { return nil }
        var text: [UInt8] = []
        var origins: [Int] = []
        text.reserveCapacity(units.scalars.count)
        origins.reserveCapacity(units.scalars.count)
        // The changes are scalar indexes in order: each becomes the byte offset its scalar is
        // written at, once, as the text is written (no table of offsets, no set).
        var changes: [Int]? = noting ? [] : nil
        var nextChange = 0
        func noteChanges(at index: Int) {
            while nextChange < units.changes.count, units.changes[nextChange] <= index {
                if changes?.last != text.count { changes?.append(text.count) }
                nextChange += 1
            }
        }
        for (index, (scalar, origin)) in zip(units.scalars, units.origins).enumerated() {
            if noting { noteChanges(at: index) }
            if scalar.isASCII {
                text.append(UInt8(scalar.value))
                origins.append(origin)
                continue
            }
            for byte in UTF8.encode(scalar)! {
                text.append(byte)
                origins.append(origin)
            }
        }
        if noting { noteChanges(at: units.scalars.count) }
        return NumberReading(text: ScanText(bytes: text), origins: origins, reordered: units.reordered, changes: changes)
    }

    /// Whether every change stands at least `margin` bytes inside its window (but for the
    /// text's own start and end): then every value near a change is read with all its context.
    private func changesKeepMargin(_ windows: [Range<Int>], _ margin: Int, count: Int) -> Bool {
        guard let changes else { return false }
        // Changes and windows are both in text order (nothing is reordered in windows).
        var window = 0
        return changes.allSatisfy { offset in
            let source = origin(at: offset)
            while window < windows.count, windows[window].upperBound < source { window += 1 }
            guard window < windows.count, windows[window].lowerBound <= source else { return false }
            return (windows[window].lowerBound == 0 || source - windows[window].lowerBound >= margin)
                && (windows[window].upperBound == count || windows[window].upperBound - source >= margin)
        }
    }

    /// Whether the reading differs from the text within `distance` bytes of `range` (always
    /// true when it was read whole).
    func changes(near range: Range<Int>, within distance: Int) -> Bool {
        guard let changes else { return true }
        let low = range.lowerBound - distance - Self.slack
        var first = 0
        var last = changes.count
        while first < last {
            let middle = (first + last) / 2
            if changes[middle] < low { first = middle + 1 } else { last = middle }
        }
        return first < changes.count && changes[first] <= range.upperBound + distance + Self.slack
    }

    // MARK: Windows

    /// RIGHT-TO-LEFT OVERRIDE, EMBEDDING or ISOLATE: the order of a whole run changes.
    private static func mayReorder(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == 0xE2, (bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xAE || bytes[index + 2] == 0xAB))
                || (bytes[index + 1] == 0x81 && bytes[index + 2] == 0xA7) { return true }
            index += 1
        }
        return false
    }

    /// Whole lines around each point, `margin` bytes and more on each side, merged; nil when
    /// they cover the text. A window starts and ends at a line start no number runs across.
    private static func windows(around points: [Int], in bytes: [UInt8], margin: Int) -> [Range<Int>]? {
        var windows: [Range<Int>] = []
        for point in points {
            if let last = windows.last, point + 1 + margin <= last.upperBound { continue }
            var start = boundary(from: max(0, point - margin), step: -1, in: bytes)
            let end = boundary(from: min(bytes.count, point + 1 + margin), step: 1, in: bytes)
            if let last = windows.last, start <= last.upperBound {
                start = last.lowerBound
                windows.removeLast()
            }
            if start == 0, end == bytes.count { return nil }
            windows.append(start..<end)
        }
        return windows
    }

    /// The nearest line start from `position` in the direction of `step` that no number runs
    /// across; the text's start or end when there is none.
    private static func boundary(from position: Int, step: Int, in bytes: [UInt8]) -> Int {
        var candidate = position
        while candidate > 0, candidate < bytes.count {
            if bytes[candidate - 1] == 10, !mayJoin(across: candidate, in: bytes) { return candidate }
            candidate += step
        }
        return candidate
    }

    /// Whether the reading may join a number across the line break before `lineStart`: only
    /// separators, line breaks and quote marks part a digit before it from a digit after it
    /// (`4532 5260⏎1815 9080`). Other scripts count as digits (they may read as digits or as
    /// separators).
    private static func mayJoin(across lineStart: Int, in bytes: [UInt8]) -> Bool {
        func isGap(_ byte: UInt8) -> Bool { [32, 9, 10, 13, 45, 46, 47, 95, 62].contains(byte) }
        func isDigitLike(_ byte: UInt8) -> Bool { isDigit(byte) || byte >= 0x80 }
        var before = lineStart - 1
        while before >= 0, lineStart - before <= maxGap + 1, isGap(bytes[before]) { before -= 1 }
        guard before >= 0, isDigitLike(bytes[before]) else { return false }
        var after = lineStart
        while after < bytes.count, after - before <= maxGap + 1, isGap(bytes[after]) { after += 1 }
        return after < bytes.count && isDigitLike(bytes[after])
    }

    /// Whether a reader sees the original byte at `offset` in another order than written.
    /// The ranges are in text order and apart, so a binary search finds the one it may be in.
    func isReordered(_ offset: Int) -> Bool {
        var low = 0
        var high = reordered.count
        while low < high {
            let middle = (low + high) / 2
            if reordered[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low < reordered.count && reordered[low].contains(offset)
    }

    /// The reading of `text` with the original offset of each of its bytes; nil when a
    /// reader sees its numbers as written (for tests and fuzzing).
    public static func read(_ text: String) -> (reading: String, origins: [Int])? {
        NumberReading(ScanText(text)).map { (String(decoding: $0.text.bytes, as: UTF8.self), $0.origins) }
    }

    /// Where the byte at `offset` of the reading came from.
    func origin(at offset: Int) -> Int {
        offset < origins.count ? origins[offset] : (origins.last.map { $0 + 1 } ?? 0)
    }

    /// The original bytes a range of the reading was read from (text shown in reverse was
    /// read from the other end, so the span is taken over every byte's origin).
    func origin(of range: Range<Int>, in original: ScanText) -> Range<Int> {
        let sources = range.map(origin(at:))
        guard let first = sources.min(), let last = sources.max() else { return origin(at: range.lowerBound)..<origin(at: range.lowerBound) }
        var end = min(last + 1, original.bytes.count)
        while end < original.bytes.count, original.bytes[end] & 0xC0 == 0x80 { end += 1 }
        return min(first, end)..<end
    }

    /// Scalars with their original offsets, and whether any differs from the text.
    struct Units: Equatable {
        var scalars: [Unicode.Scalar] = []
        var origins: [Int] = []
        var changed = false
        /// Original byte ranges shown in another order than written.
        var reordered: [Range<Int>] = []
        /// Indexes in `scalars` where the reading differs from the text (`scalars.count`: a
        /// character dropped at the end), when `noting`.
        var changes: [Int] = []
        let noting: Bool

        init(capacity: Int, noting: Bool) {
            scalars.reserveCapacity(capacity)
            origins.reserveCapacity(capacity)
            self.noting = noting
        }

        mutating func markChange() {
            changed = true
            if noting { changes.append(scalars.count) }
        }

        /// `other` after these units.
        mutating func append(_ other: Units) {
            changes += other.changes.map { $0 + scalars.count }
            scalars += other.scalars
            origins += other.origins
            changed = changed || other.changed
            reordered += other.reordered
        }

        mutating func append(_ scalar: Unicode.Scalar, _ origin: Int) {
            scalars.append(scalar)
            origins.append(origin)
        }

        mutating func reverse(_ range: Range<Int>) {
            scalars[range].reverse()
            origins[range].reverse()
        }
    }

    // MARK: Characters

    /// One pass over the bytes: false when nothing below can change (ASCII text whose digits
    /// stand in ordinary groups and with no digit words in a row), so most texts cost one scan.
    static func mayChange(_ bytes: [UInt8]) -> Bool {
        var found = false
        forEachChangePoint(bytes) { _ in
            found = true
            return false
        }
        return found
    }

    /// The places in `bytes` that may read otherwise, in order (a place may come twice), until
    /// `point` returns false.
    static func forEachChangePoint(_ bytes: [UInt8], _ point: (Int) -> Bool) {
        var index = 0
        var wordStart = -1
        var lastDigitWordEnd = -10
        var groupSeparator: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x80 {
                // Curly quotes and accented letters read as they are; digits of other scripts,
                // invisible, direction and separator characters do not.
                if byte >= 0xC0, let scalar = scalar(in: bytes, at: index), reading(of: scalar) != scalar, !point(index) { return }
                index += 1
                continue
            }
            let isLetter = (byte | 0x20) >= 97 && (byte | 0x20) <= 122
            if isLetter {
                if wordStart < 0 { wordStart = index }
            } else if wordStart >= 0 {
                if digitWord(bytes[wordStart..<index]) != nil {
                    if wordStart - lastDigitWordEnd <= 6, !point(wordStart) { return }
                    lastDigitWordEnd = index
                }
                wordStart = -1
            }
            if isDigit(byte), index + 2 < bytes.count, !isDigit(bytes[index + 1]) {
                // A digit followed by separators and a digit: ordinary when one space, dash or
                // dot parts groups of two or more digits.
                var probe = index + 1
                while probe < bytes.count, probe - index <= maxGap, isSeparatorByte(bytes[probe]) { probe += 1 }
                if probe < bytes.count, probe > index + 1, isDigit(bytes[probe]) {
                    let date = probe - index == 2 && bytes[index + 1] == 47 && isDate(bytes, around: index + 1)
                    let single = probe - index == 2 && isGroupByte(bytes[index + 1])
                    let alone = (index == 0 || !isDigit(bytes[index - 1])) && (probe + 1 >= bytes.count || !isDigit(bytes[probe + 1]))
                    if !date, !single, !point(index) { return }
                    // A lone digit, a mark and a digit ("version 3.7") change nothing unless
                    // they belong to nine or more digits written one by one.
                    if !date, alone, shortGroupDigits(bytes, around: index) >= 9, !point(index) { return }
                    // One number parted by two kinds of separator (`751 97-0886`).
                    if let earlier = groupSeparator, earlier != bytes[index + 1], !point(index) { return }
                    groupSeparator = bytes[index + 1]
                } else {
                    groupSeparator = nil
                }
            } else if !isDigit(byte), !isGroupByte(byte) {
                groupSeparator = nil
            }
            index += 1
        }
        if wordStart >= 0, digitWord(bytes[wordStart...]) != nil, wordStart - lastDigitWordEnd <= 6 { _ = point(wordStart) }
    }

    /// The digits in the run of groups of one or two digits, parted by separators or commas,
    /// that holds the digit at `index` (what `singleDigits` reads as one number), counted up
    /// to nine: a long run is not walked to its end.
    private static func shortGroupDigits(_ bytes: [UInt8], around index: Int) -> Int {
        func isMark(_ byte: UInt8) -> Bool { isSeparatorByte(byte) || byte == 44 }
        var digits = 0
        // Back over the groups before this one.
        var position = index
        while position > 0, digits < 9 {
            var gap = position
            while gap > 0, position - gap < maxGap, isMark(bytes[gap - 1]) { gap -= 1 }
            guard gap < position, gap > 0, isDigit(bytes[gap - 1]) else { break }
            var start = gap
            while start > 0, gap - start <= 2, isDigit(bytes[start - 1]) { start -= 1 }  // three tell a long group
            guard gap - start <= 2 else { break }
            digits += gap - start
            position = start
        }
        // This group and those after it.
        position = index
        while position < bytes.count, digits < 9 {
            var end = position
            while end < bytes.count, end - position <= 2, isDigit(bytes[end]) { end += 1 }
            guard end - position <= 2 else { break }
            digits += end - position
            var next = end
            while next < bytes.count, next - end < maxGap, isMark(bytes[next]) { next += 1 }
            guard next > end, next < bytes.count, isDigit(bytes[next]) else { break }
            position = next
        }
        return digits
    }

    /// The scalar whose UTF-8 encoding starts at `index`.
    private static func scalar(in bytes: [UInt8], at index: Int) -> Unicode.Scalar? {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// `bytes`: a slice of the text, starting at a character, its offsets the text's.
    static func decode(_ bytes: ArraySlice<UInt8>, into units: inout Units) {
        // ASCII (most windows): each byte is its scalar and only a tab reads otherwise, as
        // `decodeScalars` reads it.
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return decodeScalars(bytes, into: &units) }
        for offset in bytes.indices {
            let byte = bytes[offset]
            if byte == 9 { units.markChange() }
            units.append(Unicode.Scalar(byte == 9 ? 32 : byte), offset)
        }
    }

    static func decodeScalars(_ bytes: ArraySlice<UInt8>, into units: inout Units) {
        let string = String(decoding: bytes, as: UTF8.self)
        var offset = bytes.startIndex
        // A right-to-left override or embedding under way: where its scalars start in
        // `units`, whether it overrides, and where it starts in the text.
        var region: (first: Int, overrides: Bool, start: Int)?
        func finish(at end: Int) {
            guard let open = region else { return }
            region = nil
            units.reordered.append(open.start..<end)
            // An override shows every character in reverse. Right to left around left-to-right
            // runs, numbers and words keep their own order and are shown last to first ("1963
            // 7793 8114 5467" reads 5467 8114 7793 1963): all reversed, then each run back.
            units.reverse(open.first..<units.scalars.count)
            guard !open.overrides else { return }
            var runStart = open.first
            for index in open.first...units.scalars.count {
                guard index == units.scalars.count || (index > runStart && (units.scalars[index] == " ") != (units.scalars[index - 1] == " ")) else { continue }
                units.reverse(runStart..<index)
                runStart = index
            }
        }
        for scalar in string.unicodeScalars {
            let origin = offset
            offset += UTF8.width(scalar)
            let value = scalar.value
            // RIGHT-TO-LEFT OVERRIDE, EMBEDDING and ISOLATE: shown right to left until their end.
            if value == 0x202E || value == 0x202B || value == 0x2067 {
                finish(at: origin)
                region = (units.scalars.count, value == 0x202E, origin)
                units.markChange()
                continue
            }
            if region != nil, value == 0x202C || value == 0x2069 || value == 10 || value == 13 {
                finish(at: offset)
                if value == 10 || value == 13 { units.append(scalar, origin) }
                continue
            }
            let read = reading(of: scalar)
            if read != scalar { units.markChange() }
            guard let read else { continue }
            units.append(read, origin)
        }
        finish(at: offset)
    }

    /// The character a reader sees for `scalar`, nil for an invisible one.
    private static func reading(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value < 0x80 { return value == 9 ? " " : scalar }
        switch value {
        case 0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B...0x180F, 0x200B...0x200F, 0x202A...0x202E,
             0x2060...0x206F, 0x20E3, 0x3164, 0xFE00...0xFE0F, 0xFEFF, 0xFFA0, 0x1D173...0x1D17A, 0xE0000...0xE0FFF:
            return nil
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return " "
        case 0x2010...0x2015, 0x2043, 0x2212, 0x02D7, 0x2796, 0xFE58, 0xFE63, 0xFF0D:
            return "-"
        case 0x00B7, 0x2022, 0x2024, 0x2027, 0x2219, 0x22C5, 0x30FB, 0xFF0E, 0xFF65:
            return "."
        case 0x2044, 0x2215, 0xFF0F:
            return "/"
        default:
            let properties = scalar.properties
            guard properties.numericType == .decimal || properties.numericType == .digit,
                  let number = properties.numericValue, number >= 0, number <= 9, number == number.rounded()
            else { return scalar }
            return Unicode.Scalar(UInt8(48 + Int(number)))
        }
    }

    // MARK: Numbers

    /// Digits spelled out, digits one by one, odd separators and line breaks inside numbers.
    private static func joinNumbers(_ input: Units) -> Units {
        var output = Units(capacity: input.scalars.count, noting: input.noting)
        output.changed = input.changed
        output.reordered = input.reordered
        let scalars = input.scalars
        var marked = input.changes.makeIterator()  // the decoded changes, in order
        var nextMarked = marked.next()
        var index = 0
        while index < scalars.count {
            while let position = nextMarked, position <= index {
                if position == index { output.changes.append(output.scalars.count) }
                nextMarked = marked.next()
            }
            let start = output.scalars.count
            if let end = spelledNumber(scalars, from: index, input.origins, into: &output)
                ?? singleDigits(scalars, from: index, input.origins, into: &output)
                ?? separator(scalars, at: index, input.origins, into: &output) {
                output.changed = true
                if output.noting { output.changes += start..<max(start + 1, output.scalars.count) }
                index = end
            } else {
                output.append(scalars[index], input.origins[index])
                index += 1
            }
        }
        while let position = nextMarked {
            if position >= index { output.changes.append(output.scalars.count) }
            nextMarked = marked.next()
        }
        unifySeparators(&output)
        if output.noting { output.changes.sort() }
        return output
    }

    /// A number whose groups are parted by different separators (`4875-4283 3162.5647`,
    /// `751 97-0886`) is still one number to a reader: its separators become dashes.
    private static func unifySeparators(_ units: inout Units) {
        let scalars = units.scalars
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]), index == 0 || !isDigit(scalars[index - 1]) else { index += 1; continue }
            var separators: [Int] = []
            var digits = 0
            var end = index
            while end < scalars.count {
                if isDigit(scalars[end]) {
                    digits += 1
                    end += 1
                } else if isGroupMark(scalars[end]), end + 1 < scalars.count, isDigit(scalars[end + 1]) {
                    separators.append(end)
                    end += 1
                } else {
                    break
                }
            }
            if (9...19).contains(digits), Set(separators.map { scalars[$0] }).count > 1 {
                for position in separators { units.scalars[position] = "-" }
                if units.noting { units.changes += separators }
                units.changed = true
            }
            index = end
        }
    }

    /// Nine or more digits, spelled (`five`, `oh`, `double two`) or written, a word or a
    /// group of digits each, parted by spaces, commas, hyphens, slashes or dots, with at least
    /// one spelled: their digits.
    private static func spelledNumber(_ scalars: [Unicode.Scalar], from start: Int, _ origins: [Int], into output: inout Units) -> Int? {
        let isWord = { (scalar: Unicode.Scalar) in isLetter(scalar) || isDigit(scalar) }
        guard isWord(scalars[start]), start == 0 || !isWord(scalars[start - 1]) else { return nil }
        // It starts with a digit, a digit's name or "double"/"triple": most words of a text
        // are passed on their first letter.
        switch scalars[start].value | 0x20 {
        case 48...57, 122, 111, 116, 102, 115, 101, 110, 100: break  // 0-9 z o t f s e n d
        default: return nil
        }
        // Walked once to tell, and again to write only a number (most words start none).
        let walk = spelledDigits(scalars, from: start, origins) { _, _ in }
        guard walk.spelled, walk.digits >= 9 else { return nil }
        return spelledDigits(scalars, from: start, origins) { output.append($0, $1) }.end
    }

    /// The digits of a spelled number from `start`, given to `emit` with their origins: where
    /// the number ends, how many digits, and whether one was spelled.
    private static func spelledDigits(
        _ scalars: [Unicode.Scalar], from start: Int, _ origins: [Int], emit: (Unicode.Scalar, Int) -> Void
    ) -> (end: Int, digits: Int, spelled: Bool) {
        let isWord = { (scalar: Unicode.Scalar) in isLetter(scalar) || isDigit(scalar) }
        var digits = 0
        var spelled = false
        var repeats = 1  // "double" or "triple" before a digit word
        var index = start
        var end = start
        var words = 0
        while index < scalars.count, digits <= 19, words < maxTokens {
            words += 1
            var wordEnd = index
            while wordEnd < scalars.count, wordEnd - index <= 19, isWord(scalars[wordEnd]) { wordEnd += 1 }
            let word = scalars[index..<wordEnd]
            if let digit = digitWord(word.lazy.map { UInt8(truncatingIfNeeded: $0.value) }) {
                spelled = true
                for _ in 0..<repeats { emit(Unicode.Scalar(48 + digit), origins[index]) }
                digits += repeats
                repeats = 1
            } else if let times = repeatWord(word.lazy.map { UInt8(truncatingIfNeeded: $0.value) }), repeats == 1 {
                repeats = times
            } else if digits > 0, repeats == 1, isDashWord(word.lazy.map { UInt8(truncatingIfNeeded: $0.value) }) {
                // "one two seven dash three two …": said aloud, a dash (or a space) is a word.
            } else if !word.isEmpty, word.count <= 19, word.allSatisfy(isDigit), repeats == 1 {
                for offset in index..<wordEnd { emit(scalars[offset], origins[offset]) }
                digits += wordEnd - index
            } else {
                break
            }
            if repeats == 1 { end = wordEnd }
            var next = wordEnd
            while next < scalars.count, next - wordEnd < 6, isSeparator(scalars[next]) || scalars[next] == "," { next += 1 }
            guard next > wordEnd else { break }
            index = next
        }
        return (end, digits, spelled)
    }

    private static func isDashWord(_ word: some Collection<UInt8>) -> Bool {
        matchingWord(word, oneOf: ["dash", "hyphen", "space"]) != nil
    }

    /// `double` and `triple` before a spelled digit, as people read numbers aloud.
    private static func repeatWord(_ word: some Collection<UInt8>) -> Int? {
        matchingWord(word, oneOf: ["double", "triple"]).map { $0 + 2 }
    }

    /// Which of `words` (lower-case ASCII) `word` is, whatever its case; compared on bytes,
    /// without a new string per word of a text.
    private static func matchingWord(_ word: some Collection<UInt8>, oneOf words: [StaticString]) -> Int? {
        words.firstIndex { candidate in
            candidate.utf8CodeUnitCount == word.count
                && zip(UnsafeBufferPointer(start: candidate.utf8Start, count: candidate.utf8CodeUnitCount), word).allSatisfy { $0 == $1 | 0x20 }
        }
    }

    /// Nine or more digits standing one (or two) at a time, parted by separators: one number.
    /// Spaces of any width (a PDF's character spacing) part nothing; where the writer also put
    /// marks (`5 3 6 - 9 0 - …`), the marks part groups, and where every separator is a mark,
    /// a mark other than the usual one does.
    private static func singleDigits(_ scalars: [Unicode.Scalar], from start: Int, _ origins: [Int], into output: inout Units) -> Int? {
        guard isDigit(scalars[start]), start == 0 || !isDigit(scalars[start - 1]) else { return nil }
        var tokens: [Range<Int>] = []
        var separators: [Range<Int>] = []
        var index = start
        // A number has at most 19 digits: a longer run is read in pieces, so no start walks
        // far (a million "12 34 56 …" would otherwise be walked again from every pair).
        while index < scalars.count, tokens.count < maxTokens {
            var end = index
            while end < scalars.count, end - index <= 2, isDigit(scalars[end]) { end += 1 }
            guard end - index <= 2 else { break }
            tokens.append(index..<end)
            var next = end
            while next < scalars.count, next - end < maxGap, isSeparator(scalars[next]) || scalars[next] == "," { next += 1 }
            guard next > end, next < scalars.count, isDigit(scalars[next]) else { break }
            separators.append(end..<next)
            index = next
        }
        let digits = tokens.reduce(0) { $0 + $1.count }
        guard digits >= 9, 2 * tokens.filter({ $0.count == 1 }).count >= tokens.count else { return nil }
        separators.removeLast(separators.count - (tokens.count - 1))
        // Commas, like spaces, list the digits ("8, 2, 8, 0, …") without parting groups.
        let marked = separators.map { range in scalars[range].contains { $0 != " " && $0 != "," } }
        let text = separators.map { String(String.UnicodeScalarView(scalars[$0])) }
        let usual = marked.allSatisfy { $0 }
            ? text.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }.max { $0.value < $1.value }?.key : nil
        for (position, token) in tokens.enumerated() {
            if position > 0 {
                let parts = usual.map { text[position - 1] != $0 } ?? marked[position - 1]
                if parts { output.append("-", origins[separators[position - 1].lowerBound]) }
            }
            for digit in token { output.append(scalars[digit], origins[digit]) }
        }
        return tokens.last!.upperBound
    }

    /// Between two digits, separators other than one space, dash or dot: one separator, or
    /// none for a line break inside a number (the number's own separator when it broke
    /// between groups, `4532 5260⏎1815 9080`).
    private static func separator(_ scalars: [Unicode.Scalar], at start: Int, _ origins: [Int], into output: inout Units) -> Int? {
        guard start > 0, isDigit(scalars[start - 1]), isSeparator(scalars[start]) || isBreak(scalars[start]) else { return nil }
        var end = start
        var breaks = 0
        while end < scalars.count, end - start <= maxGap {
            if isBreak(scalars[end]) {
                if scalars[end] == "\n" { breaks += 1 }
                end += 1
                // A reply's quote marks start the next line.
                while end < scalars.count, end - start <= maxGap, scalars[end] == ">" || scalars[end] == " " { end += 1 }
            } else if isSeparator(scalars[end]) {
                end += 1
            } else {
                break
            }
        }
        // A blank line between groups is one more break than a wrapped line: boxes on a form.
        guard end < scalars.count, isDigit(scalars[end]), breaks <= 2 else { return nil }
        let run = scalars[start..<end]
        if breaks == 0, run.count == 1, isGroupMark(run.first!) { return nil }
        // `3/14`, `12/25/2026`, `08/26`: a date, not groups of a number.
        if breaks == 0, run.count == 1, run.first == "/", isDate(scalars.lazy.map { UInt8(truncatingIfNeeded: $0.value) }, around: start) { return nil }
        let marks = run.filter { $0 != " " && !isBreak($0) }
        let mark: Unicode.Scalar?
        if marks.contains("-") || marks.contains("/") || marks.contains("_") {
            mark = "-"
        } else if marks.contains(".") {
            mark = "."
        } else if breaks == 0 {
            mark = " "
        } else {
            // A line that ends in a whole number (an SSN's nine digits, a phone's ten, a
            // card's sixteen) ends there: the next line's number is another.
            let before = numberBefore(start, scalars)
            guard !before.isWhole else { return nil }
            // A line that ends in a group's first digit or two (`60⏎11 0222 …`, `5308 68⏎68 2786`)
            // broke the group.
            let after = scalars[end...].prefix(8).prefix(while: isDigit).count
            let broken = before.lastGroup < 3 || (after < 3 && before.lastGroup + after <= 6)
            mark = broken ? nil : before.separator ?? separatorAfter(end, scalars)
        }
        if let mark { output.append(mark, origins[start]) }
        return end
    }

    /// The number that ends before `end`: the separator it parts its groups with, if any, the
    /// digits of its last group, and whether it is whole as it stands (an SSN's 3-2-4 or nine digits, a phone's 3-3-4 or ten,
    /// sixteen digits or more), so that the next line's number is another.
    private static func numberBefore(_ end: Int, _ scalars: [Unicode.Scalar]) -> (isWhole: Bool, lastGroup: Int, separator: Unicode.Scalar?) {
        var groups: [Int] = [0]
        var separator: Unicode.Scalar?
        var index = end - 1
        while index >= 0, end - index <= 24 {
            let scalar = scalars[index]
            if isDigit(scalar) {
                groups[groups.count - 1] += 1
            } else if isGroupMark(scalar), index > 0, isDigit(scalars[index - 1]), separator == nil || separator == scalar {
                separator = scalar
                groups.append(0)
            } else {
                break
            }
            index -= 1
        }
        let digits = groups.reduce(0, +)
        let shape = Array(groups.reversed())
        let isWhole = digits >= 16 || shape == [9] || shape == [10] || shape == [3, 2, 4] || shape == [3, 3, 4]
        return (isWhole, groups[0], separator)
    }

    /// The separator the number starting at `start` parts its groups with, if any.
    private static func separatorAfter(_ start: Int, _ scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
        var index = start
        while index < scalars.count, index - start <= 8, isDigit(scalars[index]) { index += 1 }
        guard index + 1 < scalars.count, isGroupMark(scalars[index]), isDigit(scalars[index + 1]) else { return nil }
        return scalars[index]
    }

    /// The most separator characters read between two digits of one number: a PDF's wide
    /// character spacing or a form's boxes leave many spaces.
    static let maxGap = 40
    /// The most words or digit groups read as one number, whatever follows.
    static let maxTokens = 24

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool { (scalar.value | 0x20) >= 97 && (scalar.value | 0x20) <= 122 }
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "-", ".", "/", "_": true
        default: false
        }
    }
    private static func isBreak(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || scalar == "\r" }
    private static func isSeparatorByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 32, 9, 45, 46, 47, 95, 10, 13, 62: true
        default: false
        }
    }

    /// A space, dash or dot: what the number rules read between groups as written.
    private static func isGroupMark(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "-" || scalar == "." }
    private static func isGroupByte(_ byte: UInt8) -> Bool { byte == 32 || byte == 45 || byte == 46 }

    /// Whether the slash at `slash` stands in a date (`3/14`, `12/25/2026`, `2026/12/25`,
    /// `08/26`), which a reader does not read as groups of one number.
    private static func isDate<Bytes: RandomAccessCollection>(_ bytes: Bytes, around slash: Int) -> Bool where Bytes.Element == UInt8, Bytes.Index == Int {
        var start = slash
        while start > bytes.startIndex, slash - start < 12, isDigit(bytes[start - 1]) || bytes[start - 1] == 47 { start -= 1 }
        var end = slash
        while end < bytes.endIndex, end - slash < 12, isDigit(bytes[end]) || bytes[end] == 47 { end += 1 }
        var groups: [Int] = [0]
        for index in start..<end {
            if bytes[index] == 47 { groups.append(0) } else { groups[groups.count - 1] += 1 }
        }
        let day = 1...2
        switch groups.count {
        case 2: return day.contains(groups[0]) && (day.contains(groups[1]) || groups[1] == 4)
        case 3: return (day.contains(groups[0]) && day.contains(groups[1]) && (groups[2] == 2 || groups[2] == 4))
            || (groups[0] == 4 && day.contains(groups[1]) && day.contains(groups[2]))
        default: return false
        }
    }

    /// The digit an English word names: `zero`, `oh`, `one` … `nine` (any case).
    private static func digitWord(_ word: some Collection<UInt8>) -> UInt8? {
        // Most words of a text are short too: their first letter rules them out first.
        guard (2...5).contains(word.count), let first = word.first else { return nil }
        switch first | 0x20 {
        case UInt8(ascii: "z"), UInt8(ascii: "o"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "s"), UInt8(ascii: "e"), UInt8(ascii: "n"): break
        default: return nil
        }
        var key: UInt64 = 0
        for byte in word { key = key << 8 | UInt64(byte | 0x20) }
        // Eleven keys: a look down a short array costs less than hashing every word of a text.
        return digitWords.firstIndex(of: key).map { UInt8($0 % 10) }
    }

    /// "zero" … "nine", then "oh" (0), as the bytes of their letters in one number.
    private static let digitWords: [UInt64] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "oh"].map { word in
        word.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    }
}
