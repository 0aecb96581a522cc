import CFuzz
import Detectors
import Extraction
import Foundation
import Inspection

/// What every fuzz target checks besides "no crash": the reader stays within its byte and
/// time budget, and a value planted where a person reads it is found or the part is reported
/// unscannable. A broken invariant traps, so libFuzzer keeps the input as a crash.
public enum Harness {
    /// Small bounds, so a bomb shows up in seconds.
    public static let limits = ExtractionLimits(maxDecodedBytes: 4 << 20, maxDepth: 10, maxArchiveMembers: 200, maxExpansionRatio: 100, timeBudget: .seconds(2))
    /// Text can grow from the decoded bytes (a byte of Windows-1252 becomes up to 3 of UTF-8).
    public static let maxText = 4 * (4 << 20) + (64 << 10)
    public static let planted = "536-90-4399"

    /// Runs `read`, collecting its texts, and checks time and size.
    public static func run(_ read: (@escaping (TextSegment) -> Void) -> Extraction) -> (texts: [TextSegment], extraction: Extraction) {
        let started = ContinuousClock.now
        var texts: [TextSegment] = []
        var size = 0
        let extraction = read { segment in
            size += segment.text.utf8.count
            texts.append(segment)
        }
        let elapsed = ContinuousClock.now - started
        precondition(size <= maxText, "texts of \(size) bytes from a budget of \(limits.maxDecodedBytes)")
        precondition(elapsed < limits.timeBudget + .seconds(3), "took \(elapsed) against a budget of \(limits.timeBudget)")
        return (texts, extraction)
    }

    /// One attachment read on its own, within the budget (the office, zip and pdf targets).
    public static func attachment(_ data: UnsafePointer<UInt8>?, _ size: Int, name: String, mimeType: String) -> CInt {
        let bytes = Harness.bytes(data, size)
        _ = run { sink in MessageReader.readAttachment(bytes, name: name, mimeType: mimeType, limits: limits, sink: sink) }
        return 0
    }

    /// `prefix` (a table holding the planted value), then the input, read as one attachment:
    /// the planted value must be read whatever follows it.
    public static func plantedAttachment(_ data: UnsafePointer<UInt8>?, _ size: Int, prefix: String, name: String, mimeType: String) -> CInt {
        let bytes = Array(prefix.utf8) + Harness.bytes(data, size)
        let (texts, extraction) = run { sink in MessageReader.readAttachment(bytes, name: name, mimeType: mimeType, limits: limits, sink: sink) }
        requirePlanted(texts, extraction)
        return 0
    }

    /// The planted value was read, or something was reported unscannable.
    public static func requirePlanted(_ texts: [TextSegment], _ extraction: Extraction) {
        let found = texts.contains { $0.text.contains(planted) }
        precondition(found || !extraction.unscannable.isEmpty, "the planted value vanished without an unscannable part")
    }

    /// The shipped rules, loaded once (the whole pipeline target scans with them).
    public static let rules: RuleSet = {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../patterns").standardized
        let names = (try? PatternSource.files(in: directory.path)) ?? []
        let sources = names.compactMap { name -> PatternSource? in
            let path = directory.appendingPathComponent(name).path
            return (try? String(contentsOfFile: path, encoding: .utf8)).map { PatternSource(name: path, text: $0) }
        }
        guard case .success(let rules) = RuleSet.load(sources, limits: ScanLimits()) else { fatalError("shipped patterns do not load from \(directory.path)") }
        return rules
    }()

    /// Runs libFuzzer with `callback`: what each target's entry point does.
    public static func drive(
        _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32 {
        var count = argc
        var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
        return LLVMFuzzerRunDriver(&count, &arguments, callback)
    }

    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Two byte strings from one input: a 4-byte little-endian length, the first, the rest.
    public static func split(_ bytes: [UInt8]) -> ([UInt8], [UInt8]) {
        guard bytes.count >= 4 else { return (bytes, []) }
        let length = min(Int(bytes[0]) | Int(bytes[1]) << 8 | Int(bytes[2]) << 16 | Int(bytes[3] & 0x7F) << 24, bytes.count - 4)
        return (Array(bytes[4..<4 + length]), Array(bytes[(4 + length)...]))
    }
}
