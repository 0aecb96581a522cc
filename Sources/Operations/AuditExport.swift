import Extraction
import Foundation
import Policy
import Storage

/// The audit trail as a readable table, CSV or JSON. Only what the trail holds: redacted
/// forms and locations, never a value.
package enum AuditOutput {
    package static func table(_ records: [AuditEntry]) -> String {
        guard !records.isEmpty else { return "no messages match" }
        let rows = records.map { record -> [String] in
            let found = record.findings.filter { $0.action != "accept" }.prefix(3).map { finding in
                "\(finding.rule) \(finding.redacted.isEmpty ? "" : finding.redacted + " ")in \(finding.location)" + (finding.note.map { " (\($0))" } ?? "")
            }
            return [
                AuditTime.format(record.at), record.queueLabel,
                record.verdict + (record.monitor.map { " (monitor: \($0))" } ?? ""),
                Set(record.recipients.map(\.direction)).sorted().joined(separator: ","),
                record.sender.isEmpty ? "<>" : record.sender,
                record.recipients.map(\.address).joined(separator: ", "),
                record.decidingRules.joined(separator: ","),
                found.joined(separator: "; "),
                record.reviews.map { "\($0.action) by \($0.by) \(AuditTime.format($0.at))" }.joined(separator: "; "),
            ]
        }
        let queue = records.contains { $0.server != nil } ? "SERVER QUEUE ID" : "QUEUE ID"
        return TextColumns.render(header: ["TIME", queue, "VERDICT", "DIRECTION", "FROM", "TO", "RULES", "FOUND", "REVIEW"], rows: rows)
    }

    package static let csvHeader = ["time", "server", "queue_id", "client", "sender", "sender_groups", "recipients", "directions", "verdict", "monitor",
                            "rules", "findings", "size", "scan_ms", "total_ms", "reviews"]

    package static func csv(_ records: [AuditEntry]) -> String {
        let iso = ISO8601DateFormatter()
        let rows = records.map { record in
            [
                iso.string(from: record.at), record.server ?? "", record.queueID, record.client, record.sender,
                record.senderGroups.joined(separator: " "), record.recipients.map(\.address).joined(separator: " "),
                record.recipients.map(\.direction).joined(separator: " "), record.verdict, record.monitor ?? "",
                record.rules.joined(separator: " "),
                record.findings.map { "\($0.rule):\($0.action):\($0.redacted)@\($0.location)" }.joined(separator: "; "),
                String(record.size), String(format: "%.1f", record.scanMilliseconds), String(format: "%.1f", record.totalMilliseconds),
                record.reviews.map { "\($0.action) by \($0.by) at \(iso.string(from: $0.at))" }.joined(separator: "; "),
            ]
        }
        return CSVText.render([csvHeader] + rows)
    }

    package static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    package static func table(_ summary: AuditSummary, period: AuditSummary.Period) -> String {
        let name = period.rawValue.uppercased()
        let rules = summary.byRule.isEmpty ? "no findings match" : TextColumns.render(
            header: [name, "RULE", "KIND", "MESSAGES"], rows: summary.byRule.map { [$0.period, $0.rule, $0.kind, String($0.messages)] })
        let groups = summary.byGroup.isEmpty ? "no messages match" : TextColumns.render(
            header: [name, "SENDER GROUP", "VERDICT", "MESSAGES"], rows: summary.byGroup.map { [$0.period, $0.group, $0.verdict, String($0.messages)] })
        return "Messages with a finding, by rule:\n\(rules)\n\nMessages by sender group and verdict:\n\(groups)"
    }

    package static func csv(_ summary: AuditSummary) -> String {
        CSVText.render([["table", "period", "rule_or_group", "kind_or_verdict", "messages"]]
            + summary.byRule.map { ["rule", $0.period, $0.rule, $0.kind, String($0.messages)] }
            + summary.byGroup.map { ["group", $0.period, $0.group, $0.verdict, String($0.messages)] })
    }
}

/// Columns padded to their widest cell. Cells hold what senders wrote (addresses, file names in
/// locations), so control characters are removed before they reach the admin's terminal.
package enum TextColumns {
    package static func render(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows.map { $0.map(ControlCharacters.spaced) }
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}

/// RFC 4180 CSV: fields with a comma, quote or line break are quoted. A field a spreadsheet
/// would read as a formula (`=`, `+`, `-`, `@`, tab or carriage return first: a sender can
/// choose its own address and subject) gets a leading `'`, so it stays text.
package enum CSVText {
    package static func render(_ rows: [[String]]) -> String {
        rows.map { row in
            row.map { cell in
                let field = cell.first.map { "=+-@\t\r".contains($0) } == true ? "'" + cell : cell
                return field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",")
        }.joined(separator: "\r\n") + "\r\n"
    }
}
/// Times the audit filters accept, in local time.
package enum AuditTime {
    package static func parse(_ text: String, now: Date = Date()) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let unit = trimmed.last, let amount = Double(trimmed.dropLast()), amount >= 0 {
            let seconds: Double? = switch unit {
            case "m": 60
            case "h": 3600
            case "d": 86_400
            case "w": 604_800
            default: nil
            }
            if let seconds { return now.addingTimeInterval(-amount * seconds) }
        }
        for format in ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.dateFormat = format
            if let date = formatter.date(from: trimmed) { return date }
        }
        return nil
    }

    package static func format(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }
}

/// The audit search's filters as people type them (the CLI's options, the console's form):
/// one reading of times and addresses for both.
package struct AuditSearch {
    package var since, until, sender, recipient, rule, kind, verdict, direction, queueID: String?

    package init(since: String? = nil, until: String? = nil, sender: String? = nil, recipient: String? = nil, rule: String? = nil,
                 kind: String? = nil, verdict: String? = nil, direction: String? = nil, queueID: String? = nil) {
        (self.since, self.until, self.sender, self.recipient) = (since, until, sender?.lowercased(), recipient?.lowercased())
        (self.rule, self.kind, self.verdict, self.direction, self.queueID) = (rule, kind, verdict, direction, queueID)
    }

    /// The query, or the first time that is neither a date nor an age, with its field's name.
    package func query(limit: Int? = nil, now: Date = Date()) -> Result<AuditQuery, AuditSearchProblem> {
        var times: [Date?] = []
        for (name, text) in [("since", since), ("until", until)] {
            guard let text else { times.append(nil); continue }
            guard let date = AuditTime.parse(text, now: now) else { return .failure(AuditSearchProblem(field: name, text: text)) }
            times.append(date)
        }
        return .success(AuditQuery(since: times[0], until: times[1], sender: sender, recipient: recipient, rule: rule, kind: kind,
                                   verdict: verdict, direction: direction, queueID: queueID, limit: limit))
    }
}

package struct AuditSearchProblem: Error, CustomStringConvertible {
    package var field: String
    package var text: String
    package var description: String { "'\(text)' is not a date (2026-11-30, '2026-11-30 14:00') or an age (90m, 24h, 7d)" }
}
