import Configuration
import Foundation
import Logging
import Synchronization

/// The running instance's pid file and its load report beside it (`mailguard reload` reads
/// both). Failing to write them is logged; mail flows regardless.
package final class InstanceFiles: Sendable {
    private let pidFile: String?
    private let logger: Logger
    private let sequence = Mutex(0)

    package init(pidFile: String?, logger: Logger) {
        self.pidFile = pidFile
        self.logger = logger
    }

    package func started(_ report: ReloadReport) {
        guard let pidFile else { return }
        do {
            try FileManager.default.createDirectory(atPath: (pidFile as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data("\(getpid())\n".utf8).write(to: URL(fileURLWithPath: pidFile), options: .atomic)
        } catch {
            logger.error("cannot write the pid file; mailguard reload will not find this instance", metadata: ["path": "\(pidFile)", "error": "\(error)"])
        }
        reported(report)
    }

    /// Writes the report of a load with the next sequence number.
    package func reported(_ report: ReloadReport) {
        guard let pidFile else { return }
        var numbered = report
        numbered.sequence = sequence.withLock { value in
            defer { value += 1 }
            return value
        }
        do {
            try numbered.write(to: ReloadReport.path(pidFile: pidFile))
        } catch {
            logger.error("cannot write the reload report", metadata: ["path": "\(ReloadReport.path(pidFile: pidFile))", "error": "\(error)"])
        }
    }

    package func stopped() {
        guard let pidFile else { return }
        try? FileManager.default.removeItem(atPath: pidFile)
        try? FileManager.default.removeItem(atPath: ReloadReport.path(pidFile: pidFile))
    }
}
