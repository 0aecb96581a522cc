import Detectors
import Foundation
import Mustache
import Policy
import TOMLKit

/// `[notices]`: where the templates are, whom staff should contact, and how notice mails
/// reach the local Postfix.
package struct NoticeSettings: Sendable {
    /// Directory of `*.mustache` templates (`reject`, `tempfail`, `held`, `discarded`, and any
    /// a policy row names); relative to the config file.
    package var templatesDirectory: String
    package var contact = "the district help desk"
    /// The command that submits a notice mail (Postfix's sendmail), before its arguments.
    package var sendmail = ["/usr/sbin/sendmail"]
    /// Also send notice mails to the compliance mailbox.
    package var complianceCopies = true
    /// The From address of notice mails.
    package var from = "postmaster"
    /// Minutes between compliance digests (fractions allowed); 0: a notice mail per held
    /// message, as to the sender.
    package var complianceDigestMinutes = 0.0

    /// The compliance mailbox gets digests rather than a mail per hold.
    package var digestIsOn: Bool { complianceCopies && complianceDigestMinutes > 0 }
    /// The digest's template, required only when the digest is on.
    package static let digestTemplate = "digest"
}

package enum NoticeConfig {
    package static func read(_ table: TOMLTable, into settings: inout NoticeSettings, directory: String, reader: inout TableReader) {
        reader.expectKeys(table, in: "notices")
        if let minutes = reader.number(table, "compliance_digest_minutes", in: "notices") { settings.complianceDigestMinutes = minutes }
        if let from = reader.headerText(table, "from", in: "notices") {
            if from.contains("<") || from.contains(">") || from.contains(" ") { reader.problem("from", in: "notices", "must be a bare address") } else { settings.from = from }
        }
        if let path = reader.string(table, "templates", in: "notices") {
            settings.templatesDirectory = ConfigLoader.absolute(path, relativeTo: directory)
        }
        if let contact = reader.string(table, "contact", in: "notices") { settings.contact = contact }
        if let command = reader.strings(table, "sendmail", in: "notices") {
            if command.first?.hasPrefix("/") == true { settings.sendmail = command } else {
                reader.problem("sendmail", in: "notices", "must start with an absolute path, e.g. [\"/usr/sbin/sendmail\"]")
            }
        }
        if let copies = reader.bool(table, "compliance_copies", in: "notices") { settings.complianceCopies = copies }
    }

    /// Loads every template; each problem names the file.
    package static func templates(_ settings: NoticeSettings, policy: DistrictPolicy) -> Result<MustacheLibrary, LoadProblems> {
        let wanted = NoticeWriter.requiredTemplates + policy.rules.compactMap(\.notice)
            + (settings.digestIsOn ? [NoticeSettings.digestTemplate] : [])
        return TemplateDirectory.load(settings.templatesDirectory, required: Array(Set(wanted)).sorted(), what: "notice template")
    }
}

/// A directory of `*.mustache` templates (notices, console pages).
package enum TemplateDirectory {
    /// Every template in `directory`; each problem (unreadable, bad, or a `required` one
    /// missing) names its file.
    package static func load(_ directory: String, required: [String], what: String) -> Result<MustacheLibrary, LoadProblems> {
        var library = MustacheLibrary()
        var problems: [LoadProblem] = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where name.hasSuffix(".mustache") {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                problems.append(LoadProblem(SourceLine(file: path, line: 0), "cannot read template"))
                continue
            }
            do {
                try library.register(text, named: String(name.dropLast(".mustache".count)))
            } catch {
                problems.append(LoadProblem(SourceLine(file: path, line: 0), "bad template: \(error)"))
            }
        }
        for name in required where library.getTemplate(named: name) == nil {
            problems.append(LoadProblem(SourceLine(file: (directory as NSString).appendingPathComponent("\(name).mustache"), line: 0), "missing \(what)"))
        }
        return problems.isEmpty ? .success(library) : .failure(LoadProblems(problems))
    }
}
