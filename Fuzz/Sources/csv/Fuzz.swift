import Extraction
import FuzzSupport

/// CSV attachments: a first row with the planted value, then the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array("Name,SSN\r\nAnn,\(Harness.planted)\r\n".utf8) + Harness.bytes(data, size)
    let (texts, extraction) = Harness.run { sink in
        MessageReader.readAttachment(bytes, name: "roster.csv", mimeType: "text/csv", limits: Harness.limits, sink: sink)
    }
    Harness.requirePlanted(texts, extraction)
    return 0
}

@_cdecl("fuzz_csv_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzCSV)
}
