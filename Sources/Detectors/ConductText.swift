import Foundation

/// The view of a text that word lists are matched against: what a person reads, however it is
/// disguised. Lower case; accents removed; inside a word, leetspeak becomes letters (`$h1t`);
/// an apostrophe between letters joins them (`i'm` is `im`); single letters parted by single
/// dots, spaces, dashes or underscores are one word (`f.u.c.k`);
/// a `*` inside a word stays, for masked entries (`f*ck`); any other character parts words, and
/// words are parted by one space. Each byte of the view knows the byte of the text it came from,
/// so a finding points at the original. Computed once per text, for the word-list rules only:
/// leetspeak folding would break the number rules.
struct ConductText {
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
        var words = Words()
        words.read(text, folding: &folding)
        build(from: words, keep: keep)
    }

    private init() {}

    /// The views word lists read, built into buffers kept between the texts of one scan (a view
    /// costs no allocation once they have grown): runs cut to two letters, and, when the text
    /// has runs of three or more equal letters, cut to one as well. The text is read into words
    /// once for both.
    struct Buffers {
        private var words = Words()
        private var built = [ConductText(), ConductText()]
        private var count = 0

        /// The views of the text last read.
        var views: ArraySlice<ConductText> { built[..<count] }

        /// `cutToOne: false`: the view with runs cut to two letters only.
        mutating func read(_ text: ScanText, folding: inout ScalarFolding, cutToOne: Bool = true) {
            words.read(text, folding: &folding)
            built[0].build(from: words, keep: 2)
            count = 1
            if cutToOne, words.hasLongRuns {
                built[1].build(from: words, keep: 1)
                count = 2
            }
        }
    }

    private mutating func build(from words: Words, keep: Int) {
        bytes.removeAll(keepingCapacity: true)
        wordStarts.removeAll(keepingCapacity: true)
        wordOrigins.removeAll(keepingCapacity: true)
        let capacity = words.letters.count + words.spans.count
        if bytes.capacity < capacity { bytes.reserveCapacity(capacity) }
        var count = 0
        words.letters.withUnsafeBufferPointer { letters in
            bytes.append(contentsOf: repeatElement(0, count: capacity))
            bytes.withUnsafeMutableBufferPointer { view in
                var index = 0
                while index < words.spans.count {
                    let end = words.joinedEnd(from: index)
                    if count > 0 {
                        view[count] = 32
                        count += 1
                    }
                    wordStarts.append(Int32(count))
                    wordOrigins.append(words.spans[index].origin)
                    var start = Int(words.spans[index].start)
                    let stop = Int(words.spans[end].end)
                    if end == index, !words.spans[index].mayRepeat {
                        // No letter three times in a row: the word as it is.
                        let length = stop - start
                        UnsafeMutableRawPointer(view.baseAddress! + count).copyMemory(from: letters.baseAddress! + start, byteCount: length)
                        count += length
                        index += 1
                        continue
                    }
                    while start < stop {
                        let letter = letters[start]
                        var next = start + 1
                        while next < stop, letters[next] == letter { next += 1 }
                        let length = next - start >= 3 && Self.isLetter(letter) ? keep : next - start
                        for _ in 0..<length {
                            view[count] = letter
                            count += 1
                        }
                        start = next
                    }
                    index = end + 1
                }
            }
        }
        bytes.removeSubrange(count...)
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
            /// Whether a letter may stand three times in a row in the word: its text had such
            /// a run, or its letters changed as they were read (leetspeak, accents).
            var mayRepeat: Bool
            var range: Range<Int> { Int(start)..<Int(end) }
        }

        var letters: [UInt8] = []
        var spans: [Span] = []
        /// Whether the text has a run of three or more equal ASCII letters.
        private(set) var hasLongRuns = false
        private var start = 0
        /// Text offset of the first character of the word being read.
        private var origin = 0
        private var hasLetter = false
        /// Whether the word being read holds a byte leetspeak may change (a digit or symbol).
        private var hasSymbol = false
        /// Whether the word being read may hold a letter three times in a row (see `Span`).
        private var mayRepeat = false

        /// Reads `text` into the buffers, replacing what they held.
        mutating func read(_ text: ScanText, folding: inout ScalarFolding) {
            letters.removeAll(keepingCapacity: true)
            spans.removeAll(keepingCapacity: true)
            hasLongRuns = false
            start = 0
            origin = 0
            hasLetter = false
            hasSymbol = false
            mayRepeat = false
            if letters.capacity < text.bytes.count { letters.reserveCapacity(text.bytes.count) }
            text.bytes.withUnsafeBufferPointer { bytes in
                text.lowered.withUnsafeBufferPointer { lowered in
                    read(bytes, lowered, folding: &folding)
                }
            }
        }

        private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, _ lowercase: UnsafeBufferPointer<UInt8>, folding: inout ScalarFolding) {
            var offset = 0
            var run = 0
            var previous: UInt8 = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte < 0x80, letters.count == start, ConductText.isWordByte(lowercase[offset]) {
                    // A word of plain letters and digits, the common case, in one append; what
                    // ends it is read below.
                    var end = offset
                    while end < bytes.count {
                        let lowered = lowercase[end]
                        guard ConductText.isWordByte(lowered) else { break }
                        let isLetter = ConductText.isLetter(lowered)
                        run = lowered == previous && isLetter ? run + 1 : 1
                        if run >= 3 {
                            hasLongRuns = true
                            mayRepeat = true
                        }
                        hasLetter = hasLetter || isLetter
                        hasSymbol = hasSymbol || !isLetter
                        previous = lowered
                        end += 1
                    }
                    origin = offset
                    letters.append(contentsOf: UnsafeBufferPointer(rebasing: lowercase[offset..<end]))
                    offset = end
                } else if byte < 0x80 {
                    let lowered = lowercase[offset]
                    run = lowered == previous && ConductText.isLetter(lowered) ? run + 1 : 1
                    if run >= 3 {
                        hasLongRuns = true
                        mayRepeat = true
                    }
                    previous = lowered
                    let next = offset + 1 < bytes.count ? lowercase[offset + 1] : 32
                    if ConductText.isWordByte(lowered) {
                        hasLetter = hasLetter || ConductText.isLetter(lowered)
                        append(lowered, from: offset)
                    } else if lowered == 39, letters.count > start, ConductText.isLetter(letters[letters.count - 1]), ConductText.isLetter(next) {
                        // "I'm", "don't": the apostrophe joins, as people type them without it
                        // (and may put three equal letters side by side: "soo'o").
                        mayRepeat = true
                    } else if (lowered == 36 || lowered == 64) && ConductText.isWordByte(next) {
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
                    previous = 0
                    let (scalar, length) = ConductText.decodeScalar(bytes, at: offset)
                    if scalar == "\u{2019}", letters.count > start, offset + length < bytes.count, ConductText.isLetter(lowercase[offset + length]) {
                        offset += length  // a typographic apostrophe, as above
                        mayRepeat = true
                        continue
                    }
                    let folded = folding.fold(scalar)
                    if folded.isEmpty { finish(separator: 32, at: offset) }
                    mayRepeat = mayRepeat || !folded.isEmpty
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
            hasSymbol = hasSymbol || !ConductText.isLetter(byte)
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
                if hasSymbol {
                    for index in start..<letters.count { letters[index] = ConductText.leet[Int(letters[index])] }
                    mayRepeat = true
                }
            } else {
                var kept = start
                for index in start..<letters.count where ConductText.isWordByte(letters[index]) {
                    letters[kept] = letters[index]
                    kept += 1
                }
                letters.removeSubrange(kept...)
            }
            if letters.count > start {
                spans.append(Span(start: Int32(start), end: Int32(letters.count), origin: Int32(truncatingIfNeeded: origin),
                                  separatorOffset: Int32(truncatingIfNeeded: offset), separator: separator, mayRepeat: mayRepeat))
            }
            start = letters.count
            hasLetter = false
            hasSymbol = false
            mayRepeat = false
        }

        /// "f u c k", "f.u.c.k", "d.m", "u r": two or more single letters, each parted from the
        /// next by one separator, are one word (entries are read the same way, so "u r stupid"
        /// and "ur stupid" are one entry). Their letters are next to each other in the buffer,
        /// so a joined word is one range: from the span at `index` to the one returned.
        func joinedEnd(from index: Int) -> Int {
            var end = index
            // One separator throughout: "u r d.e.a.d" is "ur dead", not "urdead".
            let separator = spans[index].separator
            while end + 1 < spans.count, isSingleLetter(spans[end].range), isSingleLetter(spans[end + 1].range),
                  separator == 32 || separator == 46 || separator == 45 || separator == 95, spans[end].separator == separator,
                  spans[end + 1].origin == spans[end].separatorOffset + 1 {
                end += 1
            }
            return end
        }

        private func isSingleLetter(_ range: Range<Int>) -> Bool { range.count == 1 && ConductText.isLetter(letters[range.lowerBound]) }
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
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[offset]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : length == 2 ? 0x1F : 0x7F)
        for index in 1..<length where offset + index < bytes.count {
            value = value << 6 | UInt32(bytes[offset + index] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? " ", min(length, bytes.count - offset))
    }
}

/// Non-ASCII letters as the ASCII letters a reader takes them for (`ü` → `u`, `ø` → `o`);
/// anything else (punctuation, symbols, other scripts) parts words. Remembered per scan.
struct ScalarFolding {
    private var known: [UInt32: [UInt8]] = [:]

    /// Letters that have no accent to strip but read as Latin ones.
    static let letters: [Unicode.Scalar: String] = [
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
        "ß": "ss", "ı": "i", "þ": "th",
    ]

    mutating func fold(_ scalar: Unicode.Scalar) -> [UInt8] {
        if let folded = known[scalar.value] { return folded }
        let folded: [UInt8]
        if let plain = Self.letters[scalar] {
            folded = Array(plain.utf8)
        } else if scalar.properties.isAlphabetic {
            let plain = String(Character(scalar)).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            folded = Array(plain.utf8.filter { $0 >= 97 && $0 <= 122 })
        } else {
            folded = []
        }
        known[scalar.value] = folded
        return folded
    }
}

/// The conduct view of texts as strings, for readers other than the word lists (the conduct
/// model reads it beside the text as written, so `k 1 l l` and `k.i.l.l` read as words). One
/// per reader of many texts: its buffers and folded letters are kept from one to the next.
public struct ConductView {
    private var buffers = ConductText.Buffers()
    private var folding = ScalarFolding()

    public init() {}

    public mutating func text(of text: String) -> String {
        buffers.read(ScanText(text), folding: &folding, cutToOne: false)
        return String(decoding: buffers.views[0].bytes, as: UTF8.self)
    }
}
