import Foundation
@testable import Operations
import Synchronization
import Testing

@Suite("Queue helper")
struct QueueHelperTests {
    @Test("only a known verb and, where needed, one Postfix queue id pass; everything else is refused before any tool runs", arguments: [
        ("list", true), ("list ABC123", false), ("show ABC123", true), ("headers 4QxYz9Lmn0p", true), ("release ABC123", true), ("delete ABC123", true),
        ("release", false), ("show ../etc/passwd", false), ("delete ABC123 DEF456", false), ("show ABC;rm", false), ("show -c/tmp", false),
        ("requeue ABC123", false), ("LIST", false), ("", false), ("show ABC123 ", false), ("show \u{0}", false),
    ])
    func requests(line: String, accepted: Bool) {
        let parsed = QueueHelperProtocol.parse(line)
        if case .success = parsed { #expect(accepted, "\(line)") } else { #expect(!accepted, "\(line)") }
    }

    /// Fake Postfix tools: `postqueue -j` lists one held and one deferred message; every
    /// call is logged to `calls`.
    static func tools() throws -> (directory: String, calls: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("queue-helper-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let calls = directory.appendingPathComponent("calls").path
        let scripts = [
            "postqueue": """
                echo "postqueue $*" >> \(calls)
                [ "$1" = "-j" ] || exit 0
                echo '{"queue_name":"hold","queue_id":"HELD1","arrival_time":1800000000,"message_size":120,"sender":"kid@students.district.example","recipients":[{"address":"friend@students.district.example"}]}'
                echo '{"queue_name":"deferred","queue_id":"DEFER1","arrival_time":1800000000,"message_size":99,"sender":"a@b.example","recipients":[{"address":"c@d.example"}]}'
                """,
            "postsuper": "echo \"postsuper $*\" >> \(calls)",
            "postcat": "echo \"postcat $*\" >> \(calls); printf 'Subject: hello\\n\\nbody\\n'",
        ]
        for (name, script) in scripts {
            let path = directory.appendingPathComponent(name).path
            try Data("#!/bin/sh\n\(script)\n".utf8).write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }
        return (directory.path, calls)
    }

    @Test("the helper acts only on held messages: a deferred message's id is refused and no tool changes anything")
    func onlyHeld() throws {
        let (directory, calls) = try Self.tools()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let server = QueueHelperServer(queue: PostfixQueue(toolDirectory: directory), maxMessageBytes: 1 << 20) { _ in }
        for verb in ["show", "headers", "release", "delete"] {
            guard case .failure(let error) = server.answer("\(verb) DEFER1", peer: "test") else {
                Issue.record("\(verb) of a deferred message was not refused")
                continue
            }
            #expect(error.description == "DEFER1 is not on hold")
        }
        let log = try String(contentsOfFile: calls, encoding: .utf8)
        #expect(!log.contains("postsuper") && !log.contains("postcat"))
        guard case .success = server.answer("release HELD1", peer: "test") else { Issue.record("release refused"); return }
        let after = try String(contentsOfFile: calls, encoding: .utf8)
        #expect(after.contains("postsuper -H HELD1") && after.contains("postqueue -i HELD1"))
    }

    @Test("over its socket: list, headers, show, release; errors come back as errors")
    func socket() throws {
        let (directory, calls) = try Self.tools()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/helper.sock"
        let server = QueueHelperServer(queue: PostfixQueue(toolDirectory: directory), maxMessageBytes: 1 << 20) { _ in }
        let group = String(cString: getgrgid(getegid()).pointee.gr_name)
        Thread.detachNewThread { try? server.serve(path: path, group: group) }
        let client = QueueHelperClient(path: path)
        var held: [PostfixQueue.Message] = []
        for _ in 0..<100 where held.isEmpty {
            held = (try? client.held()) ?? []
            if held.isEmpty { usleep(20_000) }
        }
        #expect(held.map(\.queueID) == ["HELD1"])
        #expect(held.first?.recipients == ["friend@students.district.example"])
        var status = stat()
        #expect(stat(path, &status) == 0 && status.st_mode & 0o777 == 0o660)
        #expect(try client.headers("HELD1") == [try JSONDecoder().decode(PostfixQueue.Header.self, from: Data(#"{"name":"Subject","value":"hello"}"#.utf8))])
        #expect(String(decoding: try client.message("HELD1"), as: UTF8.self) == "Subject: hello\n\nbody\n")
        try client.release("HELD1")
        #expect(throws: QueueHelperError.self) { try client.delete("DEFER1") }
        #expect(try String(contentsOfFile: calls, encoding: .utf8).contains("postsuper -H HELD1"))
        #expect(throws: QueueHelperError.self) { try QueueHelperClient(path: directory + "/missing.sock").held() }
        // A request longer than a line of a verb and a queue id is refused without reading on.
        let connection = Foundation.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(connection) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8) + [0]) }
        let connected = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(connection, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        #expect(connected == 0)
        let flood = [UInt8](repeating: UInt8(ascii: "A"), count: 10_000)
        _ = flood.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var answer = [UInt8](repeating: 0, count: 200)
        let got = recv(connection, &answer, answer.count, 0)
        #expect(String(decoding: answer.prefix(max(0, got)), as: UTF8.self) == "error request is not one short line\n")
    }
}
