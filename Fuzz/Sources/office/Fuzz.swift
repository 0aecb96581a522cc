import FuzzSupport

/// Office files (docx, xlsx, pptx, odt): zip + XML parts. Invariants: the byte and time budget.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOffice(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Harness.attachment(data, size, name: "roster.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
}

@_cdecl("fuzz_office_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzOffice)
}
