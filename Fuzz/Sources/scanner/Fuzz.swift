import Detectors
import FuzzSupport

/// The scanner against the one it replaced (`ReferenceScanner`, the old path): with the
/// shipped rules, any text gives the same findings, at the same places, and the same masked
/// pieces; so does the text with its halves set apart by prose (the numbers' reading then
/// reads them in windows). A difference traps, so libFuzzer keeps the text.
/// One for the run: its word-list automaton takes a while to build.
nonisolated(unsafe) let reference = ReferenceScanner(rules: Harness.rules)

/// Ordinary school prose, about 2 KB: between the input's halves it parts what the numbers'
/// reading reads into windows of their own.
let prose = String(repeating: "The science fair is on 3/14 at 10:15 in Room 121; please call the office with questions.\n", count: 24)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScanner(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: Harness.bytes(data, size), as: UTF8.self)
    let middle = text.index(text.startIndex, offsetBy: text.count / 2)
    let spread = text[..<middle] + "\n" + prose + text[middle...] + "\n" + prose
    for text in [text, spread] {
        let new = Harness.rules.makeScanner().placedFindings(in: text, location: "body")
        let old = reference.placedFindings(in: text, location: "body")
        precondition(new == old, "the scanners disagree")
        precondition(Harness.rules.makeScanner().maskedPieces(text).map(\.text) == reference.maskedPieces(text).map(\.text), "the masked texts differ")
    }
    return 0
}

@_cdecl("fuzz_scanner_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzScanner)
}
