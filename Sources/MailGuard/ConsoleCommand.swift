import ArgumentParser
import Configuration
import Console
import Detectors
import Foundation
import Operations
import SharedStore
import Synchronization
import Workers

/// `mailguard console`: the review console for counselors and the compliance office, and
/// its accounts.
struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Serve the review console, or manage its accounts.",
        subcommands: [Serve.self, User.self, Reveal.self],
        defaultSubcommand: Serve.self
    )

    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "serve", abstract: "Serve the console on [console] listen (the default).")
        @OptionGroup var options: ConfigOption

        func run() throws {
            let config = try options.loadConfig()
            let templates = try loadedOrExit(ConsoleTemplates.load(config.console))
            let rules = try loadedOrExit(RuleLoader.load(config))
            let log: @Sendable (String) -> Void = { line in FileHandle.standardError.write(Data("mailguard console: \(line)\n".utf8)) }
            let store = try ConsoleStore(path: config.consolePath)
            let otherServers = try StoreOtherServers(config)
            let app = ConsoleApp(
                config: config, store: store, queue: QuarantineReview.holdQueue(config), templates: templates,
                // This very binary, even after an upgrade replaced the file (until the restart).
                reveal: Revealer.contained(executable: "/proc/self/exe",
                                           configPath: config.file, seconds: Int(config.inspection.extraction.timeBudget.components.seconds) + 10),
                mask: { rules.makeScanner().mask($0) },
                log: log,
                districtTrail: otherServers.map { servers in { @Sendable in servers.trail } },
                otherServers: otherServers
            )
            let sendmail = config.notices.sendmail
            Escalation(app: app) { mail in
                try SendmailNoticeSender.submit("From: MailGuard <\(config.notices.from)>\nTo: \(mail.recipients.joined(separator: ", "))\nSubject: \(mail.subject)\nAuto-Submitted: auto-generated\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n\(mail.body)\n",
                                                to: mail.recipients, command: sendmail) { status in log("escalation mail not submitted: sendmail exited \(status)") }
            }.start()
            log("listening on \(config.console.host):\(config.console.port) (store \(config.consolePath))")
            let failure = Mutex<(any Error)?>(nil)
            let done = DispatchSemaphore(value: 0)
            Task {
                do { try await ConsoleHTTPServer.run(app) } catch { failure.withLock { $0 = error } }
                done.signal()
            }
            done.wait()
            if let error = failure.withLock({ $0 }) {
                log("stopped: \(error)")
                throw ExitCode(1)
            }
        }
    }

    struct User: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "user", abstract: "Console accounts: add, passwd, disable, list.",
            subcommands: [Add.self, Passwd.self, Disable.self, List.self]
        )

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add an account; the password is read from standard input.")
            @OptionGroup var options: ConfigOption
            @Argument(help: "Account name (letters, digits, . _ -).") var name: String
            @Option(help: "auditor, privacy-reviewer, safety-reviewer or admin.") var role: String

            func validate() throws {
                guard ConsoleRole(rawValue: role) != nil else {
                    throw ValidationError("--role must be one of \(ConsoleRole.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                guard AccountName.isValid(name) else { throw ValidationError("'\(name)' is not an account name (letters, digits, '.', '_', '-'; up to 64)") }
            }

            func run() throws {
                try withStore(options) { store in
                    try store.addAccount(name.lowercased(), role: ConsoleRole(rawValue: role)!, passwordHash: try Passwords.hash(try readPassword()))
                }
                print("added \(name.lowercased()) (\(role))")
            }
        }

        struct Passwd: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Set an account's password (read from standard input); ends its sessions.")
            @OptionGroup var options: ConfigOption
            @Argument var name: String

            func run() throws {
                try withStore(options) { try $0.setPassword(name.lowercased(), hash: try Passwords.hash(try readPassword())) }
                print("password of \(name.lowercased()) changed; its sessions ended")
            }
        }

        struct Disable: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Disable an account; its sessions end at once.")
            @OptionGroup var options: ConfigOption
            @Argument var name: String

            func run() throws {
                try withStore(options) { try $0.disable(name.lowercased()) }
                print("disabled \(name.lowercased())")
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Accounts and their roles.")
            @OptionGroup var options: ConfigOption

            func run() throws {
                let accounts = try ConsoleStore(path: try options.loadConfig().consolePath).accounts()
                print(TextColumns.render(header: ["NAME", "ROLE", "STATE"], rows: accounts.map { [$0.name, $0.role.rawValue, $0.disabled ? "disabled" : "active"] }))
            }
        }
    }

    /// The console's contained reader: a held message on standard input, its parts with
    /// values redacted as JSON on standard output.
    struct Reveal: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reveal", abstract: "Internal: read a held message for the console.", shouldDisplay: false)
        @OptionGroup var options: ConfigOption

        func run() throws {
            let config = try options.loadConfig()
            ProcessLimits.limitMemory(mebibytes: config.workers.memoryMiB)
            ProcessLimits.limitCPU(seconds: config.workers.cpuSeconds)
            let rules = try loadedOrExit(RuleLoader.load(config))
            let raw = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            let parts = Revealer.reveal(raw, rules: rules, limits: config.inspection.extraction)
            FileHandle.standardOutput.write(try JSONEncoder().encode(parts))
        }
    }
}

/// A password from standard input: prompted twice on a terminal, else one line.
private func readPassword() throws -> String {
    let password: String
    if isatty(STDIN_FILENO) == 1 {
        guard let first = getpass("Password: ").map({ String(cString: $0) }), let second = getpass("Again: ").map({ String(cString: $0) }) else {
            throw ValidationError("no password given")
        }
        guard first == second else { throw ValidationError("the two passwords differ") }
        password = first
    } else {
        password = readLine(strippingNewline: true) ?? ""
    }
    if let weakness = Passwords.weakness(password) { throw ValidationError(weakness) }
    return password
}

enum AccountName {
    static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
    }
}

/// Changes the console's store. Its files, when root made them, then belong to whoever owns
/// their directory (mailguard, in /var/lib/mailguard): the console runs as that user and must
/// write them.
private func withStore(_ options: ConfigOption, _ change: (ConsoleStore) throws -> Void) throws {
    let path = try options.loadConfig().consolePath
    try change(try ConsoleStore(path: path))
    guard geteuid() == 0 else { return }
    var directory = stat()
    guard stat((path as NSString).deletingLastPathComponent, &directory) == 0, directory.st_uid != 0 else { return }
    for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
        _ = chown(file, directory.st_uid, directory.st_gid)
    }
}
