import CVectorscan

/// Byte strings (word-list entries, context labels) found all at once by Vectorscan's literal
/// matcher: about 1 GB/s on this machine for the shipped word lists, where our own automaton
/// ran at about an eighth of that (its table outgrows the cache). When Vectorscan refuses a
/// set, the automaton searches it.
///
/// `@unchecked Sendable`: the database is read-only after `init`; scratch space, which is not
/// shareable, is cloned per scan (`Scratch`).
final class LiteralSet: @unchecked Sendable {
    private let database: OpaquePointer?
    private let prototype: OpaquePointer?
    private let patterns: [[UInt8]]
    /// Built when there is no database (Vectorscan refused the set, or it is empty).
    private let fallback: LiteralAutomaton?
    let lengths: [Int]

    init(_ patterns: [[UInt8]]) {
        self.patterns = patterns
        lengths = patterns.map(\.count)
        var database: OpaquePointer?
        var scratch: OpaquePointer?
        if !patterns.isEmpty, !patterns.contains(where: \.isEmpty) {
            var error: UnsafeMutablePointer<hs_compile_error_t>?
            let copies: [UnsafeMutablePointer<CChar>?] = patterns.map { pattern in
                let copy = UnsafeMutablePointer<CChar>.allocate(capacity: max(pattern.count, 1))
                for (index, byte) in pattern.enumerated() { copy[index] = CChar(bitPattern: byte) }
                return copy
            }
            defer { copies.forEach { $0?.deallocate() } }
            let flags = [UInt32](repeating: 0, count: patterns.count)
            let ids = patterns.indices.map { UInt32($0) }
            let sizes = patterns.map(\.count)
            let status = copies.map { UnsafePointer($0) }.withUnsafeBufferPointer { expressions in
                hs_compile_lit_multi(expressions.baseAddress, flags, ids, sizes, UInt32(patterns.count), UInt32(HS_MODE_BLOCK), nil, &database, &error)
            }
            if status != HS_SUCCESS {
                hs_free_compile_error(error)
                database = nil
            } else if let compiled = database, hs_alloc_scratch(compiled, &scratch) != HS_SUCCESS {
                hs_free_database(compiled)
                database = nil
            }
        }
        self.database = database
        prototype = scratch
        fallback = database == nil ? LiteralAutomaton(patterns) : nil
    }

    deinit {
        if let prototype { hs_free_scratch(prototype) }
        if let database { hs_free_database(database) }
    }

    typealias Scratch = VectorscanScratch

    func makeScratch() -> Scratch { Scratch(cloning: prototype) }

    /// Every occurrence of every pattern in `bytes` that `keep` accepts, as (pattern, end), `end`
    /// one past its last byte: by end, then longest first, then in pattern order (the order an
    /// Aho-Corasick automaton reports them in, whichever matcher ran). Occurrences are judged
    /// as they are found, so a text made of one entry over and over holds no list of the
    /// occurrences `keep` turns away.
    func matches(in bytes: UnsafeBufferPointer<UInt8>, scratch: Scratch, where keep: (_ pattern: Int, _ end: Int) -> Bool) -> [(pattern: Int, end: Int)] {
        withoutActuallyEscaping(keep) { keep in
            let collector = Collector(keep: keep)
            if let database, let space = scratch.space, let base = bytes.baseAddress, bytes.count < Int(UInt32.max) {
                let status = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { data in
                    hs_scan(database, data, UInt32(bytes.count), 0, space, { id, _, end, _, context in
                        let collector = Unmanaged<Collector>.fromOpaque(context!).takeUnretainedValue()
                        collector.add(Int(id), Int(end))
                        return 0
                    }, Unmanaged.passUnretained(collector).toOpaque())
                }
                if status == HS_SUCCESS {
                    return collector.found.sorted { ($0.end, lengths[$1.pattern], $0.pattern) < ($1.end, lengths[$0.pattern], $1.pattern) }
                }
                collector.found = []
            }
            // No database, or no scratch space for it (memory ran short): the automaton.
            (fallback ?? LiteralAutomaton(patterns)).forEachMatch(in: bytes) { collector.add($0, $1) }
            return collector.found
        }
    }

    /// What the scan callback adds to: the occurrences kept so far.
    private final class Collector {
        var found: [(pattern: Int, end: Int)] = []
        let keep: (Int, Int) -> Bool
        init(keep: @escaping (Int, Int) -> Bool) { self.keep = keep }
        func add(_ pattern: Int, _ end: Int) {
            if keep(pattern, end) { found.append((pattern, end)) }
        }
    }
}
