import Foundation
@testable import Operations
import Testing

@Suite("Postfix queue tools")
struct PostfixQueueTests {
    /// A directory with one fake `postsuper` that runs `script`.
    static func tools(_ script: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mailguard-tools-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let tool = directory.appendingPathComponent("postsuper")
        try Data("#!/bin/sh\n\(script)\n".utf8).write(to: tool)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: tool.path)
        return directory.path
    }

    @Test("a tool that writes much to stderr before stdout does not wait on us: its error output becomes the error",
          .timeLimit(.minutes(1)))
    func chattyTool() throws {
        // 1 MB of warnings (far past a pipe's 64 KiB) before any output, then a failure.
        let directory = try Self.tools("yes warning | head -c 1000000 >&2; echo held; echo 'postsuper: fatal: no such queue id' >&2; exit 1")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let queue = PostfixQueue(configDirectory: nil, toolDirectory: directory)
        #expect {
            try queue.delete("ABC123")
        } throws: { error in
            "\(error)".hasSuffix("postsuper: fatal: no such queue id")
        }
    }
}
