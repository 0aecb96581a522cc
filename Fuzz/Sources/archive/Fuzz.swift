import FuzzSupport

/// tar, 7z, cab and RAR archives and gzip/bzip2/xz/zstd files through libarchive, nested, with
/// every member read by its format. Invariants: the byte and time budget.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArchive(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Harness.attachment(data, size, name: "files.tar.gz", mimeType: "application/gzip")
}

@_cdecl("fuzz_archive_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzArchive)
}
