import Detectors
import FuzzSupport

/// The numbers' reading view (`NumberReading`): any text, whatever its digits, separators,
/// invisible and direction characters, gives a reading whose every byte comes from inside
/// the text, and the reading is no longer than the text allows.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumbers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: Harness.bytes(data, size), as: UTF8.self)
    guard let (reading, origins) = NumberReading.read(text) else { return 0 }
    let length = text.utf8.count
    precondition(origins.count == reading.utf8.count, "one origin per byte of the reading")
    precondition(origins.allSatisfy { $0 >= 0 && $0 < length }, "an origin outside the text")
    // A reading adds at most a separator per character it reads (a dash for a group's end).
    precondition(reading.unicodeScalars.count <= 2 * text.unicodeScalars.count, "the reading grew past its bound")
    return 0
}

@_cdecl("fuzz_numbers_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzNumbers)
}
