@testable import Detectors
import Extraction
import Testing
import Foundation
@Test func debugReading() throws {
    let list = try String(contentsOfFile: "/tmp/dbg/list.txt", encoding: .utf8).split(separator: "\n")
    for path in list {
        let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: String(path))))
        print("FILE \(path)")
        for s in MessageReader.read(data).segments where !s.location.hasSuffix("file name") && s.location != "subject" && !s.location.contains("names") {
            let r = NumberReading(ScanText(s.text)).map { String(decoding: $0.text.bytes, as: UTF8.self) } ?? "(none)"
            print("SEG \(s.location) <<\(s.text.prefix(400).debugDescription)>>\nREAD <<\(r.prefix(400).debugDescription)>>")
        }
    }
}
