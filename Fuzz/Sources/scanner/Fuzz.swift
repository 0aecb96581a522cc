import Detectors
import FuzzSupport

/// The scanner against the one it replaced (`ReferenceScanner`, the old path): with the
/// shipped rules, any text gives the same findings, at the same places, and the same masked
/// pieces. A difference traps, so libFuzzer keeps the text.
/// One for the run: its word-list automaton takes a while to build.
nonisolated(unsafe) let reference = ReferenceScanner(rules: Harness.rules)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScanner(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: Harness.bytes(data, size), as: UTF8.self)
    let new = Harness.rules.makeScanner().placedFindings(in: text, location: "body")
    let old = reference.placedFindings(in: text, location: "body")
    precondition(new == old, "the scanners disagree")
    precondition(Harness.rules.makeScanner().maskedPieces(text).map(\.text) == reference.maskedPieces(text).map(\.text), "the masked texts differ")
    return 0
}

@_cdecl("fuzz_scanner_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzScanner)
}
