import FuzzSupport

/// Zip archives, nested, with every member read by its format. Invariants: the byte and time budget.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZip(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Harness.attachment(data, size, name: "files.zip", mimeType: "application/zip")
}

@_cdecl("fuzz_zip_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzZip)
}
