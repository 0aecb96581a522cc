import FuzzSupport
@testable import Extraction

/// Excel 97-2003 records (`ExcelBinary`): any workbook stream. Invariants: no crash, and no
/// more cells than its records can hold (a MULRK cell costs six bytes).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLS(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let stream = Harness.bytes(data, size)
    guard let book = try? ExcelBinary.read(stream) else { return 0 }
    let cells = book.sheets.reduce(0) { $0 + $1.cells.count + $1.notes.count }
    precondition(cells <= stream.count / 6 + 1, "\(cells) cells from \(stream.count) bytes")
    return 0
}

@_cdecl("fuzz_xls_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzXLS)
}
