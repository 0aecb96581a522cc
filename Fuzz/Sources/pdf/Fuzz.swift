import FuzzSupport

/// PDF through Poppler. Invariants: the byte and time budget.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPdf(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Harness.attachment(data, size, name: "form.pdf", mimeType: "application/pdf")
}

@_cdecl("fuzz_pdf_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzPdf)
}
