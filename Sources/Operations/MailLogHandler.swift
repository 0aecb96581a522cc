import Extraction
import Foundation
import Logging

/// One line per event on standard error, in the shape mail admins grep: the queue id first
/// (as Postfix logs it), then the fixed message, then `key=value` metadata in name order.
package struct MailLogHandler: LogHandler {
    package var logLevel: Logger.Level
    package var metadata: Logger.Metadata = [:]

    package init(level: Logger.Level) { logLevel = level }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    package func log(event: LogEvent) {
        var merged = metadata.merging(event.metadata ?? [:]) { $1 }
        var line = "\(Self.timestamp()) mailguard[\(getpid())]: \(event.level): "
        if let queueID = merged.removeValue(forKey: "queue_id") { line += "\(queueID): " }
        line += event.message.description
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
            line += " \(key)=\(Self.quoted("\(value)"))"
        }
        try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8))
    }

    /// Values with spaces are quoted, and control characters escaped, so each event stays
    /// one line that splits back into fields (a crafted file name cannot forge a log line).
    package static func quoted(_ value: String) -> String {
        var escaped = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case _ where ControlCharacters.contains(scalar): escaped += "\\x" + String(scalar.value, radix: 16)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped.contains(" ") || escaped.isEmpty || escaped != value ? "\"" + escaped + "\"" : escaped
    }

    package static func timestamp() -> String {
        Date().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .omitted))
    }
}
