import FuzzSupport
@testable import Extraction

/// Word 97-2003 text (`WordBinary`): the input is a WordDocument stream and a table stream
/// (a 4-byte length, then both). Invariants: no crash, and never more characters than the
/// document's bytes hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWord(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let (document, table) = Harness.split(Harness.bytes(data, size))
    guard let text = try? WordBinary.text(document: document, table: { _ in table }) else { return 0 }
    precondition(text.utf16.count <= document.count, "more characters than the document holds")
    return 0
}

@_cdecl("fuzz_word_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzWord)
}
