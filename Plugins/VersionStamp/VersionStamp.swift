import Foundation
import PackagePlugin

/// Writes the VERSION file's line into the target as `mailguardVersion`, so `mailguard
/// --version` and the package's version come from one place, and a change rebuilds.
@main
struct VersionStamp: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let version = context.package.directoryURL.appending(path: "VERSION")
        let output = context.pluginWorkDirectoryURL.appending(path: "Version.swift")
        let script = #"printf 'let mailguardVersion = "%s"\n' "$(tr -d ' \n' < "$1")" > "$2""#
        return [.buildCommand(
            displayName: "Stamping the version from VERSION",
            executable: URL(fileURLWithPath: "/bin/sh"),
            arguments: ["-c", script, "stamp", version.path, output.path],
            inputFiles: [version],
            outputFiles: [output]
        )]
    }
}
