import CVectorscan
import Foundation

/// Which regexes can match somewhere in a text, from one Vectorscan pass over it for all of
/// them, so a text runs only the PCRE2 passes that may find something. Each regex is compiled
/// in Vectorscan's prefilter mode, which may report a match where PCRE2 finds none (it widens
/// lookarounds and backreferences) but never misses one: a rule it rules out has nothing to
/// find. A regex Vectorscan cannot take at all is always run.
///
/// `@unchecked Sendable`: the database is read-only after `init`; scratch space, which is not
/// shareable, is cloned per scan (`Scratch`).
public final class RulePrefilter: @unchecked Sendable {
    private let database: OpaquePointer?
    private let prototype: OpaquePointer?
    /// For each pattern given to `init`: whether the database covers it.
    let covered: [Bool]

    /// A compiled database as bytes, with the patterns it covers, so another process (a
    /// worker) loads it instead of compiling the same patterns again.
    public struct Image: Codable, Sendable, Equatable {
        var bytes: Data
        var included: [Int]
    }

    /// `compiled: false`: no database, every pattern always runs. With an `image` of the same
    /// patterns, the database is loaded from it (compiled when it does not load).
    convenience init(_ patterns: [CompiledPattern], compiled: Bool = true, image: Image? = nil) {
        if let image, image.included.allSatisfy(patterns.indices.contains), let loaded = Self.load(image) {
            self.init(database: loaded, included: image.included, count: patterns.count)
            return
        }
        var included = compiled ? Array(patterns.indices) : []
        var database: OpaquePointer?
        // A pattern Vectorscan refuses is left out and the rest compiled again.
        while !included.isEmpty {
            var compileError: UnsafeMutablePointer<hs_compile_error_t>?
            let sources: [UnsafeMutablePointer<CChar>?] = included.map { strdup(patterns[$0].source) }
            defer { sources.forEach { free($0) } }
            let flags = included.map { Self.flags(of: patterns[$0]) }
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
        self.init(database: database, included: included, count: patterns.count)
    }

    private init(database: OpaquePointer?, included: [Int], count: Int) {
        var database = database
        var scratch: OpaquePointer?
        if let compiled = database, hs_alloc_scratch(compiled, &scratch) != HS_SUCCESS {
            hs_free_database(compiled)
            database = nil
        }
        self.database = database
        prototype = scratch
        order = database == nil ? [] : included
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
        return Image(bytes: Data(bytes: bytes, count: length), included: order)
    }

    /// Database ids → pattern indexes.
    private let order: [Int]

    deinit {
        if let prototype { hs_free_scratch(prototype) }
        if let database { hs_free_database(database) }
    }

    private static func flags(of pattern: CompiledPattern) -> UInt32 {
        var flags = UInt32(HS_FLAG_PREFILTER | HS_FLAG_SINGLEMATCH | HS_FLAG_UTF8 | HS_FLAG_ALLOWEMPTY)
        if pattern.flags.contains(.caseless) { flags |= UInt32(HS_FLAG_CASELESS) }
        if pattern.flags.contains(.dotAll) { flags |= UInt32(HS_FLAG_DOTALL) }
        if pattern.flags.contains(.multiline) { flags |= UInt32(HS_FLAG_MULTILINE) }
        return flags
    }

    typealias Scratch = VectorscanScratch

    func makeScratch() -> Scratch { Scratch(cloning: prototype) }

    /// For each pattern given to `init`: whether it may match in `text`. Every pattern may when
    /// there is no database or the scan fails.
    func candidates(in text: UnsafeBufferPointer<UInt8>, scratch: Scratch) -> [Bool] {
        guard let database, let space = scratch.space, let base = text.baseAddress, text.count < Int(UInt32.max) else {
            return covered.map { _ in true }
        }
        var hit = covered.map { !$0 }
        let found = order.withUnsafeBufferPointer { order in
            hit.withUnsafeMutableBufferPointer { hit in
                var target = (order: order, hit: hit)
                return withUnsafeMutablePointer(to: &target) { context in
                    base.withMemoryRebound(to: CChar.self, capacity: text.count) { data in
                        hs_scan(database, data, UInt32(text.count), 0, space, { id, _, _, _, context in
                            let target = context!.assumingMemoryBound(to: (order: UnsafeBufferPointer<Int>, hit: UnsafeMutableBufferPointer<Bool>).self)
                            // An id the database should not have (an image of other patterns): stop,
                            // and every pattern runs.
                            guard Int(id) < target.pointee.order.count else { return 1 }
                            target.pointee.hit[target.pointee.order[Int(id)]] = true
                            return 0
                        }, context)
                    }
                }
            }
        }
        return found == HS_SUCCESS ? hit : covered.map { _ in true }
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
