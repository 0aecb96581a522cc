/// Byte strings found all at once in one linear pass (Aho-Corasick, every transition filled in,
/// so a search never walks back). Bytes that occur in no pattern share one symbol, which keeps
/// the table small whatever the alphabet: a few dozen symbols for lists of words. What
/// `LiteralSet` falls back to when Vectorscan cannot compile a set.
struct LiteralAutomaton: Sendable {
    /// Byte → symbol; 0 for bytes in no pattern.
    private let symbolOf: [UInt8]
    private let symbols: Int
    /// `state * symbols + symbol` → next state.
    private let transitions: [Int32]
    /// The patterns that end at a state (its own and those of its suffix states):
    /// `outputs[outputStarts[state]..<outputStarts[state + 1]]`. Flat, so the search loop
    /// touches no nested arrays.
    private let outputStarts: [Int32]
    private let outputs: [Int32]

    init(_ patterns: [[UInt8]]) {
        var symbolOf = [UInt8](repeating: 0, count: 256)
        var symbols = 1
        for byte in Set(patterns.joined()).sorted() {
            symbolOf[Int(byte)] = UInt8(symbols)
            symbols += 1
        }
        var transitions = [Int32](repeating: -1, count: symbols)
        var ends: [[Int32]] = [[]]
        for (index, pattern) in patterns.enumerated() {
            var state = 0
            for byte in pattern {
                let slot = state * symbols + Int(symbolOf[Int(byte)])
                if transitions[slot] < 0 {
                    transitions[slot] = Int32(ends.count)
                    transitions += repeatElement(-1, count: symbols)
                    ends.append([])
                }
                state = Int(transitions[slot])
            }
            ends[state].append(Int32(index))
        }
        // Breadth first: each state's failure is the longest proper suffix that is a state;
        // missing transitions are filled from it.
        var failure = [Int](repeating: 0, count: ends.count)
        var queue: [Int] = []
        for symbol in 0..<symbols {
            if transitions[symbol] < 0 { transitions[symbol] = 0 } else { queue.append(Int(transitions[symbol])) }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            ends[state] += ends[failure[state]]
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
        self.symbolOf = symbolOf
        self.symbols = symbols
        self.transitions = transitions
        outputStarts = ends.reduce(into: [0]) { $0.append($0.last! + Int32($1.count)) }
        outputs = Array(ends.joined())
    }

    /// Calls `body(pattern, end)` for every occurrence of every pattern in `bytes`, in order of
    /// their ends (`end` is one past the last byte).
    func forEachMatch(in bytes: UnsafeBufferPointer<UInt8>, _ body: (_ pattern: Int, _ end: Int) -> Void) {
        symbolOf.withUnsafeBufferPointer { symbolOf in
            transitions.withUnsafeBufferPointer { transitions in
                outputStarts.withUnsafeBufferPointer { starts in
                    outputs.withUnsafeBufferPointer { outputs in
                        var state = 0
                        for position in 0..<bytes.count {
                            state = Int(transitions[state &* symbols &+ Int(symbolOf[Int(bytes[position])])])
                            let first = Int(starts[state])
                            let last = Int(starts[state &+ 1])
                            if first == last { continue }
                            for index in first..<last { body(Int(outputs[index]), position &+ 1) }
                        }
                    }
                }
            }
        }
    }
}
