import Detectors
import FuzzSupport

/// The pattern-file parser and rule loading (compile, self-test): admins' input, but a
/// typo must give an error, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPatterns(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: Harness.bytes(data, size), as: UTF8.self)
    let parsed = PatternFile.parse(text, file: "fuzz.rules")
    if parsed.problems.isEmpty {
        _ = RuleSet.load([PatternSource(name: "fuzz.rules", text: text)], limits: ScanLimits(matchLimit: 100_000, jitStackBytes: 256 << 10))
    }
    return 0
}

@_cdecl("fuzz_patterns_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzPatterns)
}
