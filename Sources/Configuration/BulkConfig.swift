import Detectors
import Foundation
import Policy
import TOMLKit

/// `[bulk]`: recipients per message and sending rates per sender group, fan-out of
/// near-identical content, and where the ledger lives.
package enum BulkConfig {
    /// The windows of each `[[bulk.limits]]` row, as `ConfigKeys` names them.
    static let windows = "bulk.limits[].windows[]"

    package static func read(_ table: TOMLTable, into settings: inout BulkSettings, database: inout String, directory: String,
                     groups: [String], reader: inout TableReader) {
        reader.expectKeys(table, in: "bulk")
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
            reader.expectKeys(row, in: scope)
            var limit = BulkSettings.Limit(groups: Set(reader.strings(row, "senders", in: scope) ?? []))
            for unknown in limit.groups.subtracting(known) { reader.problem("senders", in: scope, "no group '\(unknown)'") }
            limit.maxRecipients = reader.int(row, "max_recipients", in: scope)
            for window in reader.tables(row, "windows", in: scope) {
                reader.expectKeys(window, in: scope, section: Self.windows)
                guard let seconds = reader.int(window, "seconds", in: scope, section: Self.windows) else {
                    if window["seconds"] == nil { reader.problem("windows", in: scope, "a window needs seconds") }
                    continue
                }
                limit.windows.append(BulkSettings.Window(
                    seconds: seconds,
                    messages: reader.int(window, "messages", in: scope, section: Self.windows),
                    recipients: reader.int(window, "recipients", in: scope, section: Self.windows)
                ))
            }
            settings.limits.append(limit)
        }
        if let fanout = reader.table(table, "fanout", in: "bulk") {
            let scope = "bulk.fanout"
            reader.expectKeys(fanout, in: scope)
            var value = BulkSettings.FanOut()
            value.windowSeconds = reader.int(fanout, "window_seconds", in: scope) ?? value.windowSeconds
            value.maxSenders = reader.int(fanout, "max_senders", in: scope) ?? value.maxSenders
            value.maxRecipients = reader.int(fanout, "max_recipients", in: scope) ?? value.maxRecipients
            value.distance = reader.int(fanout, "distance", in: scope) ?? value.distance
            value.minWords = reader.int(fanout, "min_words", in: scope) ?? value.minWords
            value.action = reader.action(fanout, "action", in: scope) ?? value.action
            value.includeExternal = reader.bool(fanout, "include_external", in: scope) ?? value.includeExternal
            settings.fanOut = value
        }
    }
}
