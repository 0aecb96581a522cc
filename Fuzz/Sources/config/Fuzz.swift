import Configuration
import FuzzSupport
import Foundation

/// The TOML config loader `mailguard` uses: any text gives
/// a config or problems with file and line, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let path = ConfigFuzzFile.path
    precondition(FileManager.default.createFile(atPath: path, contents: Data(Harness.bytes(data, size))), "cannot write \(path)")
    if case .failure(let problems) = ConfigLoader.load(path) {
        precondition(!problems.problems.isEmpty, "a failed load without a problem")
    }
    return 0
}

enum ConfigFuzzFile {
    /// One file per process, in a private directory (list files it names stay inside it).
    static let path: String = {
        let directory = NSTemporaryDirectory() + "mailguard-fuzz-config-\(getpid())"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory + "/mailguard.toml"
    }()
}

@_cdecl("fuzz_config_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzConfig)
}
