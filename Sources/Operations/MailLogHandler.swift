import Extraction
import Foundation
import Logging
import Synchronization

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
        return escaped.utf8.contains(UInt8(ascii: " ")) || escaped.isEmpty || escaped != value ? "\"" + escaped + "\"" : escaped
    }

    /// The time to the second, formatted once a second: the milter logs a line or more per
    /// message, and formatting a date costs more than the rest of the line.
    package static func timestamp(at now: Date = Date()) -> String {
        let second = now.timeIntervalSince1970.rounded(.down)
        return lastTimestamp.withLock { last in
            if last.second != second {
                last = (second, Date(timeIntervalSince1970: second).formatted(timestampStyle))
            }
            return last.text
        }
    }

    /// `2026-12-07T14:09:03Z`.
    static let timestampStyle = Date.ISO8601FormatStyle().year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .omitted)

    private static let lastTimestamp = Mutex<(second: Double, text: String)>((-1, ""))
}
