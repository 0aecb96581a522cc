import FuzzSupport

/// Compound files through libgsf and the readers above it (.doc, .xls, .ppt, Outlook .msg
/// with its attachments and attached messages). Invariants: the byte and time budget.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOLE(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Harness.attachment(data, size, name: "message.msg", mimeType: "application/vnd.ms-outlook")
}

@_cdecl("fuzz_ole_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzOLE)
}
