import Classifier
import Foundation
import Inspection
import TOMLKit

/// `[conduct]`: the conduct model. A config without the section has the model off (an
/// upgraded server does not start holding mail on its own); the shipped config turns it on.
package enum ConductConfig {
    package static let defaultEncoder = ".models/all-MiniLM-L6-v2"
    package static let defaultHeads = "models/conduct/heads.json"
    /// A worker with the model maps its weights and OpenBLAS's buffers: about 450 MiB of
    /// address space for a small message (measured), more for large ones.
    package static let minimumWorkerMiB = 768
    package static let categories = ["threat", "self-harm", "weapons", "harassment", "sexual", "substance", "gambling", "solicitation"]

    package static func read(_ root: TOMLTable, into settings: inout ConductSettings, directory: String, reader: inout TableReader) {
        guard let table = reader.table(root, "conduct", in: "") else { return }
        reader.expectKeys(table, in: "conduct")
        let on = reader.bool(table, "model", in: "conduct") ?? true
        let encoder = reader.string(table, "encoder", in: "conduct") ?? defaultEncoder
        let heads = reader.string(table, "heads", in: "conduct") ?? defaultHeads
        settings.files = on ? ConductModel.Files(
            encoder: ConfigLoader.absolute(encoder, relativeTo: directory), heads: ConfigLoader.absolute(heads, relativeTo: directory)
        ) : nil
        if let mode = reader.string(table, "mode", in: "conduct") {
            if let value = ConductSettings.Mode(rawValue: mode) { settings.mode = value } else {
                reader.problem("mode", in: "conduct", "must be one of \(ConductSettings.Mode.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        if let value = reader.int(table, "max_model_chars", in: "conduct") { settings.maxModelCharacters = value }
        if let thresholds = reader.table(table, "thresholds", in: "conduct") {
            reader.expectKeys(thresholds, in: "conduct.thresholds", known: categories)
            for category in categories {
                if let value = reader.number(thresholds, category, in: "conduct.thresholds", as: "CATEGORY") {
                    settings.thresholds[category] = Float(value)
                }
            }
        }
    }
}
