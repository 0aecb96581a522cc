import FuzzSupport
@testable import Extraction

/// PowerPoint 97-2003 records (`PowerPointBinary`): any PowerPoint Document stream.
/// Invariants: no crash (containers nested to the stream's end included), and no more text
/// than its bytes hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPPT(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let stream = Harness.bytes(data, size)
    guard let presentation = try? PowerPointBinary.read(stream) else { return 0 }
    let characters = presentation.texts.reduce(0) { $0 + $1.text.utf16.count }
    precondition(characters <= 2 * stream.count, "\(characters) characters from \(stream.count) bytes")
    return 0
}

@_cdecl("fuzz_ppt_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzPPT)
}
