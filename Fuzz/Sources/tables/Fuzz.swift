import FuzzSupport

/// Tables in text (`TableFinder`): a tab-separated roster with the planted value, then the
/// input, read as a .txt attachment (delimited and fixed-width columns, header choice).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTables(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Harness.plantedAttachment(data, size, prefix: "Name\tSSN\nAnn\t\(Harness.planted)\nBo\t212-67-4532\n", name: "export.txt", mimeType: "text/plain")
}

@_cdecl("fuzz_tables_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzTables)
}
