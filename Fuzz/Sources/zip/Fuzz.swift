import Extraction
import FuzzSupport

/// Zip archives, nested, with every member read by its format. Invariants: the byte and time budget.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZip(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Harness.bytes(data, size)
    _ = Harness.run { sink in MessageReader.readAttachment(bytes, name: "files.zip", mimeType: "application/zip", limits: Harness.limits, sink: sink) }
    return 0
}

@_cdecl("fuzz_zip_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzZip)
}
