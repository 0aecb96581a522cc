import Foundation
@testable import MailGuard
import Testing
import TestSupport
@testable import Workers

@Suite("Why a worker ended")
struct WorkerExitTests {
    /// `mailguard worker --parent PARENT` with an empty standard input; its status and stderr.
    static func worker(parent: Int32) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = Repository.executable
        process.arguments = ["worker", "--parent", "\(parent)"]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        try input.fileHandleForWriting.close()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }

    @Test("a worker that ends by itself says why on standard error, with the status the milter reads", arguments: [
        (true, WorkerExit.noSetup), (false, .orphaned),
    ])
    func ownWords(_ rightParent: Bool, _ expected: WorkerExit) throws {
        let parent = rightParent ? getpid() : 1
        let (status, stderr) = try Self.worker(parent: parent)
        #expect(status == expected.rawValue)
        #expect(stderr.contains("mailguard worker: \(expected.reason)"), "stderr: \(stderr)")
    }

    @Test("the milter's reason for a worker that exited carries the worker's last line; a signal or memory says so")
    func reasons() {
        let words = "mailguard worker: \(WorkerExit.rulesFailed.reason): patterns/ssn.txt:3: missing )\n"
        let exited = WorkerProcess.Death(status: 5 << 8, peakBytes: 0, outOfMemory: false, lastWords: words)
        #expect(exited.reason == "reader exited (status 5): mailguard worker: the rules the milter sent did not compile: patterns/ssn.txt:3: missing )")
        #expect(WorkerProcess.Death(status: 6 << 8, peakBytes: 0, outOfMemory: false, lastWords: "").reason == "reader exited (status 6)")
        #expect(WorkerProcess.Death(status: 11, peakBytes: 0, outOfMemory: false, lastWords: words).reason == "reader crashed (signal 11)")
        #expect(WorkerProcess.Death(status: 9, peakBytes: 0, outOfMemory: true, lastWords: "").reason == "reader ran out of memory")
    }
}
