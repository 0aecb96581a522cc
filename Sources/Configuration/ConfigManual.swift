import Foundation

/// mailguard.toml(5), written from the key declarations so the manual cannot drift from what
/// the loader takes (`mailguard check --keys --man`; the package installs its output).
package enum ConfigManual {
    package static func page(version: String) -> String {
        var lines = [
            ".TH MAILGUARD.TOML 5 \"\" \"MailGuard \(version)\" \"File Formats\"",
            // Left-aligned: long URLs and paths in the defaults cannot be spread to both margins.
            ".ad l",
            ".SH NAME",
            "mailguard.toml \\- MailGuard configuration file",
            ".SH SYNOPSIS",
            ".B /etc/mailguard/mailguard.toml",
            ".SH DESCRIPTION",
            "The configuration of",
            ".BR mailguard (8),",
            "in TOML.",
            "Every key is optional; the defaults are given below.",
            "Relative paths are relative to the directory of this file.",
            "An unknown key or a value out of range is an error that names the file and line, so a typo never falls back to a default.",
            ".B mailguard check",
            "validates the file;",
            ".B mailguard reload",
            "puts it in force without a restart, except for the keys marked",
            ".I read at start.",
            ".PP",
            "The shipped file shows every key with a comment on its use.",
            "A policy row, a group or a sending limit is a table of its own; their keys are listed under",
            ".BR [[policy.rules]] ,",
            ".B [groups.NAME]",
            "and",
            ".BR [[bulk.limits]] .",
        ]
        var section: String?
        for key in ConfigKeys.all {
            if key.section != section {
                section = key.section
                lines.append(".SH \(heading(key.section))")
            }
            lines.append(".TP")
            lines.append(".B \(escaped(key.name))")
            lines.append(inline(key.meaning.prefix(1).uppercased() + key.meaning.dropFirst()) + ".")
            let reload = key.applies == .onReload ? "" : " Read at start: a reload keeps the running value."
            lines.append(inline("Type: \(key.typeText). Default: \(key.defaultValue).") + reload)
        }
        lines += [
            ".SH FILES",
            ".TP",
            ".I /etc/mailguard/mailguard.toml",
            "This file.",
            ".TP",
            ".I /etc/mailguard/patterns/*.rules",
            "Pattern files; see",
            ".BR mailguard\\-patterns (5).",
            ".SH SEE ALSO",
            ".BR mailguard (8),",
            ".BR mailguard\\-patterns (5),",
            ".BR postconf (5)",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `limits` → `[limits]`, `policy.rules[]` → `[[policy.rules]]` (an array of tables),
    /// `bulk.limits[].windows[]` → the inline tables of `windows` in `[[bulk.limits]]`.
    private static func heading(_ section: String) -> String {
        if section.isEmpty { return "TOP\\-LEVEL KEYS" }
        guard section.hasSuffix("[]") else { return "[\(escaped(section))]" }
        let parts = section.dropLast(2).components(separatedBy: "[].")
        return parts.count == 1 ? "[[\(escaped(parts[0]))]]" : "\(escaped(parts[1])) IN [[\(escaped(parts[0]))]]"
    }

    /// Markdown code spans become bold; links keep their text.
    private static func inline(_ text: String) -> String {
        var output = "", bold = false, rest = Substring(text)
        while let character = rest.first {
            rest = rest.dropFirst()
            if character == "`" {
                output += bold ? "\\fR" : "\\fB"
                bold.toggle()
            } else if character == "[", let close = rest.firstIndex(of: "]"), rest[close...].dropFirst().first == "(",
                      let end = rest[close...].firstIndex(of: ")") {
                output += escaped(String(rest[..<close]))
                rest = rest[rest.index(after: end)...]
            } else {
                // A long path or URL may break after a slash rather than overrun the line.
                output += escaped(String(character)) + (bold && character == "/" ? "\\:" : "")
            }
        }
        let line = bold ? output + "\\fR" : output
        return line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : line
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
    }
}
