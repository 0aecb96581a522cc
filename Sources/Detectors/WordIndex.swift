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
                let view = ConductText(ScanText(body), keep: 2, folding: &folding).bytes
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
