import Foundation
import Glibc
import Testing
@testable import Workers

@Suite("Message spool")
struct MessageSpoolTests {
    /// Sizes of the pieces appended, as headers and body chunks arrive.
    @Test("every byte comes back in order, gathered or from the memory file", arguments: [
        [10], [100, 2, 0, 5_000], [70_000], [65_536], [65_535, 1, 1], [30_000, 30_000, 30_000, 200_000, 3],
    ])
    func roundTrip(_ sizes: [Int]) throws {
        let spool = MessageSpool()
        var expected: [UInt8] = []
        for (index, size) in sizes.enumerated() {
            let piece = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) }
            #expect(piece.withUnsafeBytes { spool.append($0) })
            expected += piece
        }
        #expect(spool.count == expected.count)
        #expect(spool.bytes() == expected)
        let file = try #require(spool.finishedFile())
        var status = stat()
        #expect(fstat(file, &status) == 0 && Int(status.st_size) == expected.count)
        var read = [UInt8](repeating: 0, count: expected.count)
        #expect(read.withUnsafeMutableBytes { pread(file, $0.baseAddress, expected.count, 0) } == expected.count)
        #expect(read == expected)
    }
}
