import Extraction
import FuzzSupport

/// Charset detection and conversion: the first byte picks a declared charset.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCharset(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Harness.bytes(data, size)
    let charsets: [String?] = [nil, "utf-8", "us-ascii", "iso-8859-1", "windows-1252", "utf-16", "utf-16le", "utf-16be", "utf-32", "utf-32le", "shift_jis", "x-unknown"]
    let declared = bytes.first.map { charsets[Int($0) % charsets.count] } ?? nil
    let text = CharsetDecoder.decode(Array(bytes.dropFirst()), declared: declared)
    // Every byte becomes at most one character of at most four bytes, plus a mark's worth.
    precondition(text.utf8.count <= 4 * bytes.count + 16, "decoding grew \(bytes.count) bytes to \(text.utf8.count)")
    return 0
}

@_cdecl("fuzz_charset_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzCharset)
}
