import ArgumentParser
import Foundation
import Workers

/// `mailguard worker`: started by `mailguard run`, never by hand (see `WorkerLoop`).
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Read and scan messages for `mailguard run` (internal).",
        shouldDisplay: false
    )

    @Option(name: .long, help: "Process id of the milter that started this worker.")
    var parent: Int32

    func run() throws {
        do {
            try WorkerLoop.run(parent: parent)
        } catch {
            // The milter logs this line as the worker's reason.
            FileHandle.standardError.write(Data((error.line + "\n").utf8))
            throw ExitCode(error.exit.rawValue)
        }
    }
}
