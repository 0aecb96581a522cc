import CVectorscan
import Foundation

/// Which regexes can match in a text, and where their matches can start, from one Vectorscan
/// pass over it for all of them, so PCRE2 runs only where a match may be. Each regex is
/// compiled in Vectorscan's prefilter mode (from `PrefilterSource`), which may report a match
/// where PCRE2 finds none (it widens lookarounds and backreferences) but never misses one: a
/// rule it rules out has nothing to find. A regex Vectorscan cannot take at all is always run.
///
/// Where a regex's stand-in has a bounded width (`Reach`), every place it ends is reported: a
/// PCRE2 match ending there started at most the widest and at least the narrowest width
/// before, so PCRE2 need only try starts in those windows (`MatchStarts.within`). A regex
/// without a bound is only asked whether it may match at all.
///
/// `@unchecked Sendable`: the database is read-only after `init`; scratch space, which is not
/// shareable, is cloned per scan (`Scratch`).
public final class RulePrefilter: @unchecked Sendable {
    private let database: OpaquePointer?
    private let prototype: OpaquePointer?
    /// For each pattern given to `init`: whether the database covers it.
    let covered: [Bool]

    /// How long a match of a pattern's stand-in can be, in bytes.
    struct Reach: Codable, Sendable, Equatable {
        var shortest: Int
        var longest: Int
    }

    /// A compiled database as bytes, with the patterns it covers and their reach (nil: not
    /// bounded), so another process (a worker) loads it instead of compiling the same
    /// patterns again.
    public struct Image: Codable, Sendable, Equatable {
        var bytes: Data
        var included: [Int]
        var reaches: [Reach?]
    }

    /// `compiled: false`: no database, every pattern always runs. With an `image` of the same
    /// patterns, the database is loaded from it (compiled when it does not load).
    convenience init(_ patterns: [CompiledPattern], compiled: Bool = true, image: Image? = nil) {
        if let image, image.included.allSatisfy(patterns.indices.contains), image.reaches.count == image.included.count,
           let loaded = Self.load(image) {
            self.init(database: loaded, included: image.included, reaches: image.reaches, count: patterns.count)
            return
        }
        var included = compiled ? Array(patterns.indices) : []
        let standIns = patterns.map { PrefilterSource.approximating($0.source, flags: $0.flags) }
        let reaches = patterns.indices.map { Self.reach(of: standIns[$0], flags: Self.flags(of: patterns[$0], bounded: true)) }
        var database: OpaquePointer?
        // A pattern Vectorscan refuses is left out and the rest compiled again.
        while !included.isEmpty {
            var compileError: UnsafeMutablePointer<hs_compile_error_t>?
            let sources: [UnsafeMutablePointer<CChar>?] = included.map { strdup(standIns[$0]) }
            defer { sources.forEach { free($0) } }
            let flags = included.map { Self.flags(of: patterns[$0], bounded: reaches[$0] != nil) }
            let ids = included.indices.map { UInt32($0) }
            let status = sources.map { UnsafePointer($0) }.withUnsafeBufferPointer { expressions in
                hs_compile_multi(expressions.baseAddress, flags, ids, UInt32(included.count), UInt32(HS_MODE_BLOCK), nil, &database, &compileError)
            }
            if status == HS_SUCCESS { break }
            let failed = Int(compileError?.pointee.expression ?? -1)
            hs_free_compile_error(compileError)
            database = nil
            // -1: the set as a whole failed (too large): no prefilter.
            guard failed >= 0, failed < included.count else { included = []; break }
            included.remove(at: failed)
        }
        self.init(database: database, included: included, reaches: included.map { reaches[$0] }, count: patterns.count)
    }

    private init(database: OpaquePointer?, included: [Int], reaches: [Reach?], count: Int) {
        var database = database
        var scratch: OpaquePointer?
        if let compiled = database, hs_alloc_scratch(compiled, &scratch) != HS_SUCCESS {
            hs_free_database(compiled)
            database = nil
        }
        self.database = database
        prototype = scratch
        order = database == nil ? [] : included
        self.reaches = database == nil ? [] : reaches
        let kept = Set(order)
        covered = (0..<count).map { kept.contains($0) }
    }

    private static func load(_ image: Image) -> OpaquePointer? {
        var database: OpaquePointer?
        let status = image.bytes.withUnsafeBytes { bytes in
            guard let start = bytes.bindMemory(to: CChar.self).baseAddress else { return HS_INVALID }
            return hs_deserialize_database(start, bytes.count, &database)
        }
        return status == HS_SUCCESS ? database : nil
    }

    /// The database as bytes; nil when there is none.
    var image: Image? {
        guard let database else { return nil }
        var bytes: UnsafeMutablePointer<CChar>?
        var length = 0
        guard hs_serialize_database(database, &bytes, &length) == HS_SUCCESS, let bytes else { return nil }
        defer { free(bytes) }
        return Image(bytes: Data(bytes: bytes, count: length), included: order, reaches: reaches)
    }

    /// Whether the pattern at `index` (of those given to `init`) is searched only in windows.
    func isWindowed(_ index: Int) -> Bool {
        order.firstIndex(of: index).map { reaches[$0] != nil } ?? false
    }

    /// Database ids → pattern indexes.
    private let order: [Int]
    /// By database id: the pattern's reach, nil when it has no bound.
    private let reaches: [Reach?]

    deinit {
        if let prototype { hs_free_scratch(prototype) }
        if let database { hs_free_database(database) }
    }

    /// The stand-in's reach, or nil when it is not bounded, can be empty, or Vectorscan cannot
    /// take it.
    private static func reach(of source: String, flags: UInt32) -> Reach? {
        var info: UnsafeMutablePointer<hs_expr_info_t>?
        var compileError: UnsafeMutablePointer<hs_compile_error_t>?
        guard hs_expression_info(source, flags, &info, &compileError) == HS_SUCCESS, let info else {
            hs_free_compile_error(compileError)
            return nil
        }
        defer { free(info) }
        let shortest = info.pointee.min_width, longest = info.pointee.max_width
        guard shortest > 0, longest != UInt32.max else { return nil }
        return Reach(shortest: Int(shortest), longest: Int(longest))
    }

    /// `bounded`: every match is reported (where each ends places the PCRE2 match); otherwise
    /// the first is enough.
    private static func flags(of pattern: CompiledPattern, bounded: Bool) -> UInt32 {
        var flags = UInt32(HS_FLAG_PREFILTER | HS_FLAG_UTF8 | HS_FLAG_ALLOWEMPTY)
        if !bounded { flags |= UInt32(HS_FLAG_SINGLEMATCH) }
        if pattern.flags.contains(.caseless) { flags |= UInt32(HS_FLAG_CASELESS) }
        if pattern.flags.contains(.dotAll) { flags |= UInt32(HS_FLAG_DOTALL) }
        if pattern.flags.contains(.multiline) { flags |= UInt32(HS_FLAG_MULTILINE) }
        return flags
    }

    typealias Scratch = VectorscanScratch

    func makeScratch() -> Scratch { Scratch(cloning: prototype) }

    /// For each pattern given to `init`: whether it may match in `text`.
    func candidates(in text: UnsafeBufferPointer<UInt8>, scratch: Scratch) -> [Bool] {
        starts(in: text, scratch: scratch).map { $0 != .nowhere }
    }

    /// For each pattern given to `init`: where its matches may start in `text`. Anywhere
    /// when there is no database or the scan fails.
    func starts(in text: UnsafeBufferPointer<UInt8>, scratch: Scratch) -> [MatchStarts] {
        guard let database, let space = scratch.space, let base = text.baseAddress, text.count < Int(UInt32.max) else {
            return covered.map { _ in .anywhere }
        }
        let found = StartCollector(reaches: reaches)
        let status = base.withMemoryRebound(to: CChar.self, capacity: text.count) { data in
            hs_scan(database, data, UInt32(text.count), 0, space, { id, _, end, _, context in
                let found = Unmanaged<StartCollector>.fromOpaque(context!).takeUnretainedValue()
                // An id the database should not have (an image of other patterns): stop, and
                // every pattern runs everywhere.
                return found.add(Int(id), end: Int(end)) ? 0 : 1
            }, Unmanaged.passUnretained(found).toOpaque())
        }
        guard status == HS_SUCCESS else { return covered.map { _ in .anywhere } }
        var starts = covered.map { $0 ? MatchStarts.nowhere : .anywhere }
        for (id, pattern) in order.enumerated() where found.hit[id] {
            starts[pattern] = reaches[id] == nil || found.overflowed[id] ? .anywhere : .within(found.windows(of: id))
        }
        return starts
    }
}

/// Where a regex's matches may start in one text: nowhere, anywhere, or only in these ranges
/// of offsets (in order, apart; a start at a range's upper bound counts).
public enum MatchStarts: Sendable, Equatable {
    case nowhere
    case anywhere
    case within([ClosedRange<Int>])
}

/// The places one Vectorscan scan reports, per database id: whether the pattern matched, and
/// for a bounded one the windows its PCRE2 matches may start in, merged as they come.
final class StartCollector {
    private let reaches: [RulePrefilter.Reach?]
    private(set) var hit: [Bool]
    private var placed: [[ClosedRange<Int>]]
    /// Vectorscan reports in order of end; a report that came out of order is sorted at the end.
    private var unordered: [Bool]
    /// Patterns with more windows than `maxWindows`: searched whole instead, so a text made of
    /// nothing but numbers costs no memory per place (a digit run every ten bytes of 100 MB
    /// would be ten million windows per number rule).
    private(set) var overflowed: [Bool]
    static let maxWindows = 1 << 16

    init(reaches: [RulePrefilter.Reach?]) {
        self.reaches = reaches
        hit = reaches.map { _ in false }
        placed = reaches.map { _ in [] }
        unordered = reaches.map { _ in false }
        overflowed = reaches.map { _ in false }
    }

    func add(_ id: Int, end: Int) -> Bool {
        guard id < reaches.count else { return false }
        hit[id] = true
        guard let reach = reaches[id], !overflowed[id] else { return true }
        if placed[id].count >= Self.maxWindows {
            overflowed[id] = true
            placed[id] = []
            return true
        }
        let window = max(0, end - reach.longest)...max(0, end - reach.shortest)
        if let last = placed[id].last, window.lowerBound >= last.lowerBound {
            if window.lowerBound <= last.upperBound + 1 {
                placed[id][placed[id].count - 1] = last.lowerBound...max(last.upperBound, window.upperBound)
                return true
            }
        } else if !placed[id].isEmpty {
            unordered[id] = true
        }
        placed[id].append(window)
        return true
    }

    func windows(of id: Int) -> [ClosedRange<Int>] {
        guard unordered[id] else { return placed[id] }
        var merged: [ClosedRange<Int>] = []
        for window in placed[id].sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, window.lowerBound <= last.upperBound + 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, window.upperBound)
            } else {
                merged.append(window)
            }
        }
        return merged
    }
}

/// One scan's Vectorscan scratch space, cloned from a database's prototype (scratch space is
/// not shareable between threads; the database is). No space when cloning fails: then the
/// caller does without the database.
final class VectorscanScratch {
    let space: OpaquePointer?
    init(cloning prototype: OpaquePointer?) {
        var space: OpaquePointer?
        if let prototype, hs_clone_scratch(prototype, &space) != HS_SUCCESS { space = nil }
        self.space = space
    }
    deinit { if let space { hs_free_scratch(space) } }
}
