import Extraction
import FuzzSupport

/// HTML to text: the planted value comes first, in a paragraph; whatever follows cannot
/// hide it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let html = "<p>SSN \(Harness.planted)</p>" + String(decoding: Harness.bytes(data, size), as: UTF8.self)
    let started = ContinuousClock.now
    let rendered = HTMLText.render(html)
    precondition(ContinuousClock.now - started < .seconds(5), "rendering took too long")
    precondition(rendered.visible.contains(Harness.planted), "the planted paragraph was lost")
    return 0
}

@_cdecl("fuzz_html_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzHTML)
}
