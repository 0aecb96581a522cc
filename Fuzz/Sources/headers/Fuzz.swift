import Extraction
import FuzzSupport

/// Header decoding: the input is the Subject (RFC 2047 words, folding, junk) of a message
/// whose body holds the planted value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHeaders(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let subject = Harness.bytes(data, size).filter { $0 != 10 && $0 != 13 }
    let raw = Array("From: a@b.example\r\nSubject: ".utf8) + subject + Array("\r\n\r\nSSN \(Harness.planted)\r\n".utf8)
    let (texts, extraction) = Harness.run { sink in MessageReader.read(raw, limits: Harness.limits, sink: sink) }
    Harness.requirePlanted(texts, extraction)
    return 0
}

@_cdecl("fuzz_headers_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzHeaders)
}
