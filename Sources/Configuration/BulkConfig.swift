import Detectors
import Foundation
import Policy
import TOMLKit

/// `[bulk]`: recipients per message and sending rates per sender group, fan-out of
/// near-identical content, and where the ledger lives.
package enum BulkConfig {
    package static func read(_ table: TOMLTable, into settings: inout BulkSettings, database: inout String, directory: String,
                     groups: [String], reader: inout TableReader) {
        reader.expectKeys(table, in: "bulk", known: ["database", "exempt", "over_limit", "limits", "fanout"])
        if let path = reader.string(table, "database", in: "bulk") { database = ConfigLoader.absolute(path, relativeTo: directory) }
        let known = Set(groups + [MessageFacts.externalGroup])
        settings.exempt = Set(reader.strings(table, "exempt", in: "bulk") ?? [])
        for unknown in settings.exempt.subtracting(known) { reader.problem("exempt", in: "bulk", "no group '\(unknown)'") }
        if let action = reader.action(table, "over_limit", in: "bulk") {
            if [.tempfail, .reject].contains(action) { settings.overLimit = action } else {
                reader.problem("over_limit", in: "bulk", "must be tempfail or reject")
            }
        }
        for (index, row) in reader.tables(table, "limits", in: "bulk").enumerated() {
            let scope = "bulk.limits#\(index)"
            reader.expectKeys(row, in: scope, known: ["senders", "max_recipients", "windows"])
            var limit = BulkSettings.Limit(groups: Set(reader.strings(row, "senders", in: scope) ?? []))
            for unknown in limit.groups.subtracting(known) { reader.problem("senders", in: scope, "no group '\(unknown)'") }
            limit.maxRecipients = reader.int(row, "max_recipients", in: scope, range: 1...1_000_000)
            for window in reader.tables(row, "windows", in: scope) {
                reader.expectKeys(window, in: scope, known: ["seconds", "messages", "recipients"])
                guard let seconds = reader.int(window, "seconds", in: scope, range: 1...31_536_000) else {
                    if window["seconds"] == nil { reader.problem("windows", in: scope, "a window needs seconds") }
                    continue
                }
                limit.windows.append(BulkSettings.Window(
                    seconds: seconds,
                    messages: reader.int(window, "messages", in: scope, range: 1...10_000_000),
                    recipients: reader.int(window, "recipients", in: scope, range: 1...100_000_000)
                ))
            }
            settings.limits.append(limit)
        }
        if let fanout = reader.table(table, "fanout", in: "bulk") {
            let scope = "bulk.fanout"
            reader.expectKeys(fanout, in: scope, known: ["window_seconds", "max_senders", "max_recipients", "distance", "min_words", "action", "include_external"])
            var value = BulkSettings.FanOut()
            value.windowSeconds = reader.int(fanout, "window_seconds", in: scope, range: 1...31_536_000) ?? value.windowSeconds
            value.maxSenders = reader.int(fanout, "max_senders", in: scope, range: 1...1_000_000) ?? value.maxSenders
            value.maxRecipients = reader.int(fanout, "max_recipients", in: scope, range: 1...100_000_000) ?? value.maxRecipients
            value.distance = reader.int(fanout, "distance", in: scope, range: 0...32) ?? value.distance
            value.minWords = reader.int(fanout, "min_words", in: scope, range: 5...100_000) ?? value.minWords
            value.action = reader.action(fanout, "action", in: scope) ?? value.action
            value.includeExternal = reader.bool(fanout, "include_external", in: scope) ?? value.includeExternal
            settings.fanOut = value
        }
    }
}
