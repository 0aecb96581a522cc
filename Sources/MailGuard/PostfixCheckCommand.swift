import ArgumentParser
import Configuration
import Foundation
import Operations

/// `mailguard postfix-check`: whether Postfix is wired to this MailGuard (MailGuard never
/// edits main.cf; this says what to change there).
struct PostfixCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "postfix-check",
        abstract: "Tell whether Postfix is wired to MailGuard: milter lines, socket reachable from its chroot, milter_default_action."
    )

    @OptionGroup var options: ConfigOption
    @Option(help: "Postfix's config directory (default: [quarantine] postfix_config_directory, else $MAIL_CONFIG, else Postfix's own).")
    var postfixConfig: String?

    func run() throws {
        let config = try options.loadConfig()
        let postfix = PostfixTools(configDirectory: postfixConfig ?? config.quarantine.configDirectory())
        let settings: PostfixWiring.Settings
        do { settings = try PostfixWiring.Settings(postfix: postfix) } catch {
            print("problem: cannot read Postfix's settings: \(error)")
            throw ExitCode(1)
        }
        let checks = PostfixWiring(settings: settings, socket: config.milter.socket)
            .checks(probe: PostfixWiring.probe, canConnect: { PostfixWiring.userCanConnect(settings.mailOwner, to: $0) })
        for check in checks { print((check.ok ? "ok: " : "problem: ") + check.text) }
        if checks.contains(where: { !$0.ok }) { throw ExitCode(1) }
    }
}
