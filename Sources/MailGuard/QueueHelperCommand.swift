import ArgumentParser
import Configuration
import Foundation
import Operations

/// `mailguard queue-helper`: the root process that lists, shows, releases and deletes held
/// messages for the console and the CLI, on `[quarantine] helper_socket`.
struct QueueHelperCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue-helper",
        abstract: "Serve Postfix's hold queue on [quarantine] helper_socket (run as root)."
    )

    @OptionGroup var options: ConfigOption

    func run() throws {
        let config = try options.loadConfig()
        guard let socket = config.quarantine.helperSocket else {
            throw ValidationError("[quarantine] helper_socket is not set in \(config.file)")
        }
        let server = QueueHelperServer(queue: PostfixQueue(configDirectory: config.quarantine.configDirectory()),
                                       maxMessageBytes: config.buffering.maxMessageBytes) { line in
            FileHandle.standardError.write(Data("mailguard queue-helper: \(line)\n".utf8))
        }
        try FileManager.default.createDirectory(atPath: (socket as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try server.serve(path: socket, group: config.quarantine.helperGroup)
    }
}
