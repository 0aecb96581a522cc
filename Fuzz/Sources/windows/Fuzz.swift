import Detectors
import FuzzSupport

/// Every shipped rule's regex, searched only where the prefilter lets a match start, against
/// the same regex searched over the whole text (the old path): the same matches on any text,
/// alone and set among prose (so windows fall apart). A difference traps, so libFuzzer keeps
/// the text.
let prose = String(repeating: "The science fair is on 3/14 at 10:15 in Room 121; please call the office with questions.\n", count: 24)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWindows(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: Harness.bytes(data, size), as: UTF8.self)
    let middle = text.index(text.startIndex, offsetBy: text.count / 2)
    for text in [text, text[..<middle] + "\n" + prose + text[middle...] + "\n" + prose] {
        let disagreeing = Harness.rules.rulesMatchingOutsideWindows(in: text)
        precondition(disagreeing.isEmpty, "matches outside the prefilter's windows: \(disagreeing)")
    }
    return 0
}

@_cdecl("fuzz_windows_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzWindows)
}
