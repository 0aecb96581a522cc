import FuzzSupport

/// CSV attachments: a first row with the planted value, then the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Harness.plantedAttachment(data, size, prefix: "Name,SSN\r\nAnn,\(Harness.planted)\r\n", name: "roster.csv", mimeType: "text/csv")
}

@_cdecl("fuzz_csv_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzCSV)
}
