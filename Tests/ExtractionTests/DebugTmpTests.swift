import Extraction
import Testing
import Foundation
@Test func debugSegments() throws {
    let list = try String(contentsOfFile: "/tmp/dbg/list.txt", encoding: .utf8).split(separator: "\n")
    for path in list {
        let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: String(path))))
        print("FILE \(path)")
        for s in MessageReader.read(data).segments where !s.location.hasSuffix("file name") && s.location != "subject" { print("SEG \(s.location) <<\(s.text.prefix(600).debugDescription)>>") }
    }
}
