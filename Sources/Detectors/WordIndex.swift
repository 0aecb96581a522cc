/// Every entry of every word-list rule in one automaton (Aho-Corasick), so a text is read once
/// for all of them, however many entries the lists hold: hundreds of words must not become
/// hundreds of regex passes. Written by hand: the entries are plain words matched on a
/// normalised view, which a literal automaton does in one linear pass without the C library and
/// per-thread scratch space a regex prefilter (Vectorscan) would add.
struct WordIndex: Sendable {
    struct Entry: Sendable {
        /// Index into the rule set's rules.
        var rule: Int
        /// The entry as written in its list (for the value's identity, never printed).
        var text: String
        /// Written with a final `*`: matches words that start with it.
        var prefix: Bool
    }

    private(set) var entries: [Entry] = []
    private var literals = LiteralSet([])
    /// `entries[i].prefix`, apart, so the search loop copies no entry.
    private var prefixes: [Bool] = []

    var isEmpty: Bool { entries.isEmpty }

    /// `lists`: for each word-list rule, its index and its entries as written.
    init(_ lists: [(rule: Int, entries: [String])]) {
        var folding = ScalarFolding()
        var patterns: [[UInt8]] = []
        for (rule, written) in lists {
            for entry in written {
                let prefix = entry.hasSuffix("*")
                let body = prefix ? String(entry.dropLast()) : entry
                let view = ConductText(ScanText(body), keep: 2, folding: &folding).bytes
                guard !view.isEmpty else { continue }
                for form in Self.forms(of: view, masked: !prefix) {
                    entries.append(Entry(rule: rule, text: entry, prefix: prefix))
                    patterns.append(form)
                }
            }
        }
        literals = LiteralSet(patterns)
        prefixes = entries.map(\.prefix)
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

    func makeScratch() -> LiteralSet.Scratch { literals.makeScratch() }

    /// Whole-word matches in `view`: entry index and the view range.
    func matches(in view: [UInt8], scratch: LiteralSet.Scratch) -> [(entry: Int, range: Range<Int>)] {
        view.withUnsafeBufferPointer { view in
            literals.matches(in: view, scratch: scratch) { index, end in
                let start = end - literals.lengths[index]
                return (start == 0 || view[start - 1] == 32) && (prefixes[index] || end == view.count || view[end] == 32)
            }.map { index, end in (index, (end - literals.lengths[index])..<end) }
        }
    }
}
