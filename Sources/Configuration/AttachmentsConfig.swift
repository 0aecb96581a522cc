import Extraction
import Policy
import TOMLKit

/// `[attachments]`: which attachment types are dangerous (guideline 6) and what happens to
/// them when no policy row decides.
package enum AttachmentsConfig {
    package static func read(_ table: TOMLTable, into settings: inout InspectionSettings, reader: inout TableReader) {
        reader.expectKeys(table, in: "attachments")
        var rules = settings.extraction.attachments
        if let value = reader.bool(table, "executables", in: "attachments") { rules.executables = value }
        if let value = reader.bool(table, "macros", in: "attachments") { rules.macros = value }
        if let value = reader.bool(table, "double_extensions", in: "attachments") { rules.doubleExtensions = value }
        if let value = reader.bool(table, "bidi_names", in: "attachments") { rules.bidiNames = value }
        if let value = extensions(table, "executable_extensions", reader: &reader) { rules.executableExtensions = value }
        if let value = extensions(table, "script_extensions", reader: &reader) { rules.scriptExtensions = value }
        if let value = extensions(table, "disk_image_extensions", reader: &reader) { rules.diskImageExtensions = value }
        if let action = reader.action(table, "action", in: "attachments") { settings.dangerousAction = action }
        settings.extraction.attachments = rules
    }

    /// A list of extensions, written without the dot ("exe", "ps1").
    private static func extensions(_ table: TOMLTable, _ key: String, reader: inout TableReader) -> Set<String>? {
        guard let values = reader.strings(table, key, in: "attachments") else { return nil }
        for value in values where value.isEmpty || value.count > 10 || !value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            reader.problem(key, in: "attachments", "'\(value)' is not an extension (letters and digits, no dot)")
        }
        return Set(values.map { $0.lowercased() })
    }
}
