import Extraction
import FuzzSupport
import Inspection

/// The whole pipeline: raw message bytes → findings. The input travels as a forwarded
/// message beside a part that holds a planted SSN: nothing in one part may make the
/// reader lose another, and no finding may hold a value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMessage(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = Harness.bytes(data, size)
    let head = "From: a@district.example\r\nTo: b@district.example\r\nSubject: roster\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: multipart/mixed; boundary=\"=_fuzz_=\"\r\n\r\n--=_fuzz_=\r\nContent-Type: text/plain\r\n\r\nSSN \(Harness.planted)\r\n"
        + "--=_fuzz_=\r\nContent-Type: message/rfc822\r\n\r\n"
    let raw = Array(head.utf8) + input + Array("\r\n--=_fuzz_=--\r\n".utf8)
    let (texts, extraction) = Harness.run { sink in MessageReader.read(raw, limits: Harness.limits, sink: sink) }
    Harness.requirePlanted(texts, extraction)
    let inspection = Inspector(rules: Harness.rules, limits: Harness.limits, fingerprints: true).inspect(input)
    precondition(!inspection.findings.contains { $0.redacted.contains(Harness.planted) || $0.location.contains(Harness.planted) })
    return 0
}

@_cdecl("fuzz_message_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzMessage)
}
