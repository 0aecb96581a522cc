import FuzzSupport

/// RTF documents and the OLE objects in them. Invariants: the byte and time budget, and a
/// value planted in the document's first paragraph is read whatever follows it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRTF(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Harness.plantedAttachment(data, size, prefix: "{\\rtf1\\ansi SSN \(Harness.planted)\\par ", name: "letter.rtf", mimeType: "application/rtf")
}

@_cdecl("fuzz_rtf_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzRTF)
}
