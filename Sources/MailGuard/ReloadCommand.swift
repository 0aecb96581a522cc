import ArgumentParser
import Configuration
import Foundation
import Operations

/// `mailguard reload`: asks the running instance (found through `[milter] pid_file`) to load
/// config and patterns again, waits for its report and prints it.
struct ReloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reload",
        abstract: "Reload config and patterns in the running milter and print the result."
    )

    @OptionGroup var options: ConfigOption
    @Option(help: "Seconds to wait for the result.") var wait = 10.0

    func run() throws {
        let config: Config
        do {
            config = try options.loadConfig()
        } catch {
            print("reload not sent: the config has problems (above); the running instance keeps its rules")
            throw error
        }
        guard let pidFile = config.milter.pidFile else { throw RuntimeError("[milter] pid_file is not set: no running instance to find") }
        guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
              let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 1 else {
            throw RuntimeError("no running instance: \(pidFile) is missing or holds no process id")
        }
        let reportPath = ReloadReport.path(pidFile: pidFile)
        let before = ReloadReport.read(from: reportPath)?.sequence ?? -1
        guard kill(pid, SIGUSR1) == 0 else {
            throw RuntimeError("cannot signal process \(pid) from \(pidFile): \(String(cString: strerror(errno)))")
        }
        let deadline = Date().addingTimeInterval(wait)
        while Date() < deadline {
            if let report = ReloadReport.read(from: reportPath), report.pid == pid, report.sequence > before {
                print(report.text)
                if !report.ok { throw ExitCode(1) }
                return
            }
            usleep(100_000)
        }
        throw RuntimeError("process \(pid) did not report within \(Int(wait)) s; see its log")
    }
}
