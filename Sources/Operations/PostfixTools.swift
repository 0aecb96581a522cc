import Foundation
import Synchronization

/// Postfix's command-line tools (`postconf`, `postqueue`, `postcat`, `postsuper`), for the
/// instance whose config directory is given (`-c DIR`), else the default one.
package struct PostfixTools: Sendable {
    package var configDirectory: String?
    package var toolDirectory = "/usr/sbin"

    package init(configDirectory: String? = nil, toolDirectory: String = "/usr/sbin") {
        self.configDirectory = configDirectory
        self.toolDirectory = toolDirectory
    }

    /// Runs a Postfix tool; its error output becomes the error.
    package func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: (toolDirectory as NSString).appendingPathComponent(tool))
        process.arguments = (configDirectory.map { ["-c", $0] } ?? []) + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw RuntimeError("cannot run \(tool): \(error)") }
        // Both pipes are drained at once: a tool that fills one while we wait on the other
        // would wait for us forever.
        let problem = Mutex(Data())
        let readingErrors = DispatchGroup(), errorOutput = errors.fileHandleForReading
        DispatchQueue.global().async(group: readingErrors) {
            let text = errorOutput.readDataToEndOfFile()
            problem.withLock { $0 = text }
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        readingErrors.wait()
        process.waitUntilExit()
        let problemText = problem.withLock { $0 }
        guard process.terminationStatus == 0 else {
            throw RuntimeError("\(tool) \(arguments.joined(separator: " ")) failed: \(String(decoding: problemText, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
