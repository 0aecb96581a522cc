import Foundation
import Operations
import Storage

/// Reports for the compliance office: findings by rule and period, sender groups and
/// verdicts, held against released, and how long holds wait for a person. Counts only.
extension ConsoleApp {
    struct Report {
        var period: AuditSummary.Period
        var since: Date
        var summary: AuditSummary
        var outcomes: [HoldOutcome]

        /// Held messages per period: released, deleted, still waiting.
        var holdsByPeriod: [(period: String, released: Int, deleted: Int, waiting: Int)] {
            var rows: [String: (Int, Int, Int)] = [:]
            for outcome in outcomes {
                let key = outcome.period
                var row = rows[key] ?? (0, 0, 0)
                switch outcome.outcome {
                case "released": row.0 += 1
                case "deleted": row.1 += 1
                default: row.2 += 1
                }
                rows[key] = row
            }
            return rows.keys.sorted().map { (period: $0, released: rows[$0]!.0, deleted: rows[$0]!.1, waiting: rows[$0]!.2) }
        }

        /// Minutes from hold to release or delete: median and 90th percentile.
        var reviewMinutes: (count: Int, median: Double, p90: Double)? {
            let minutes = outcomes.compactMap { outcome in outcome.decidedAt.map { $0.timeIntervalSince(outcome.heldAt) / 60 } }.sorted()
            guard !minutes.isEmpty else { return nil }
            func at(_ fraction: Double) -> Double { minutes[min(minutes.count - 1, Int(Double(minutes.count - 1) * fraction + 0.5))] }
            return (minutes.count, at(0.5), at(0.9))
        }
    }

    func report(_ request: ConsoleRequest) throws -> Report? {
        guard let trail = try? districtTrail() else { return nil }
        let period = request.queryValue("by").flatMap(AuditSummary.Period.init) ?? .week
        let since = request.queryValue("since").flatMap { AuditTime.parse($0, now: now()) } ?? now().addingTimeInterval(-84 * 86_400)
        let query = AuditQuery(since: since)
        return Report(period: period, since: since, summary: try trail.summary(matching: query, by: period), outcomes: try trail.holdOutcomes(matching: query, by: period))
    }

    func reportsPage(_ request: ConsoleRequest, viewer: Viewer) throws -> ConsoleResponse {
        guard viewer.may(.seeReports) else { return forbidden(viewer, "see reports") }
        guard let report = try report(request) else {
            return page("reports", ["title": "Reports", "empty": true], viewer: viewer)
        }
        var perRule: [String: Int] = [:]
        for row in report.summary.byRule { perRule[row.rule, default: 0] += row.messages }
        let topRules = perRule.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(12)
        let holds = report.holdsByPeriod
        let timing = report.reviewMinutes
        let since = AuditTime.format(report.since).prefix(10)
        return page("reports", [
            "title": "Reports", "period": report.period.rawValue, "since": String(since),
            "periods": AuditSummary.Period.allCases.map { ["value": $0.rawValue, "selected": $0 == report.period] as [String: Any] },
            "rules_chart": SVGChart.bars(topRules.map { (label: $0.key, values: [$0.value]) }, series: ["messages"], title: "Messages with a finding, by rule"),
            "holds_chart": SVGChart.bars(holds.map { (label: $0.period, values: [$0.released, $0.deleted, $0.waiting]) },
                                         series: ["released", "deleted", "waiting"], title: "Held messages by \(report.period.rawValue): what became of them"),
            "by_rule": report.summary.byRule.map { ["period": $0.period, "rule": $0.rule, "kind": $0.kind, "messages": $0.messages] as [String: Any] },
            "by_group": report.summary.byGroup.map { ["period": $0.period, "group": shown($0.group), "verdict": $0.verdict, "messages": $0.messages] as [String: Any] },
            "held": report.outcomes.count, "released": report.outcomes.filter { $0.outcome == "released" }.count,
            "deleted": report.outcomes.filter { $0.outcome == "deleted" }.count,
            "reviewed": timing?.count ?? 0, "median": timing.map { Self.duration($0.median) } ?? "-", "p90": timing.map { Self.duration($0.p90) } ?? "-",
        ], viewer: viewer)
    }

    /// The same counts as CSV, cells that a spreadsheet would run as formulas neutralised.
    func reportsCSV(_ request: ConsoleRequest, viewer: Viewer) throws -> ConsoleResponse {
        guard viewer.may(.seeReports) else { return forbidden(viewer, "see reports") }
        guard let report = try report(request) else { return ConsoleResponse(status: 404) }
        let holds = report.holdsByPeriod.flatMap { row in
            [["holds", row.period, "released", "", String(row.released)], ["holds", row.period, "deleted", "", String(row.deleted)],
             ["holds", row.period, "waiting", "", String(row.waiting)]]
        }
        let body = AuditOutput.csv(report.summary) + (holds.isEmpty ? "" : CSVText.render(holds))
        return ConsoleResponse(headers: [("Content-Type", "text/csv; charset=utf-8"),
                                         ("Content-Disposition", "attachment; filename=\"mailguard-report.csv\"")], body: Data(body.utf8))
    }

    static func duration(_ minutes: Double) -> String {
        minutes < 90 ? "\(Int(minutes.rounded())) min" : minutes < 2880 ? String(format: "%.1f h", minutes / 60) : String(format: "%.1f days", minutes / 1440)
    }
}

/// Bar charts as SVG, drawn on the server: no script, and the page stays printable.
enum SVGChart {
    static let colors = ["#2f6db5", "#c0504d", "#9bbb59", "#8064a2"]

    /// One group of bars per label, one bar per series; labels are escaped here because the
    /// template inserts the SVG as it is.
    static func bars(_ groups: [(label: String, values: [Int])], series: [String], title: String) -> String {
        let width = 720, height = 280, left = 40, bottom = 90, top = 40
        let plotHeight = height - bottom - top
        let maximum = max(1, groups.flatMap(\.values).max() ?? 1)
        let groupWidth = groups.isEmpty ? 0 : Double(width - left - 10) / Double(groups.count)
        let barWidth = min(48, max(2, groupWidth * 0.8 / Double(max(1, series.count))))
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
        svg += "<title>\(escape(title))</title><text x=\"\(left)\" y=\"18\" font-size=\"14\" font-weight=\"bold\">\(escape(title))</text>"
        svg += "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width - 10)\" y2=\"\(height - bottom)\" stroke=\"#555\"/>"
        svg += "<text x=\"\(left - 6)\" y=\"\(top + 4)\" font-size=\"11\" text-anchor=\"end\">\(maximum)</text>"
        svg += "<text x=\"\(left - 6)\" y=\"\(height - bottom)\" font-size=\"11\" text-anchor=\"end\">0</text>"
        for (index, group) in groups.enumerated() {
            let x0 = Double(left) + Double(index) * groupWidth + groupWidth * 0.1
            for (position, value) in group.values.enumerated() {
                let barHeight = Double(plotHeight) * Double(value) / Double(maximum)
                let x = x0 + Double(position) * barWidth
                svg += String(format: "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%@\"><title>%@: %d</title></rect>",
                              x, Double(height - bottom) - barHeight, barWidth, barHeight, colors[position % colors.count],
                              escape("\(group.label) \(series[position])"), value)
            }
            svg += String(format: "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" transform=\"rotate(35 %.1f %d)\">%@</text>",
                          x0, height - bottom + 14, x0, height - bottom + 14, escape(String(group.label.prefix(22))))
        }
        if series.count > 1 {
            for (position, name) in series.enumerated() {
                let x = width - 100 * (series.count - position), y = 8
                svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"10\" height=\"10\" fill=\"\(colors[position % colors.count])\"/>"
                svg += "<text x=\"\(x + 14)\" y=\"\(y + 9)\" font-size=\"11\">\(escape(name))</text>"
            }
        }
        if groups.isEmpty { svg += "<text x=\"\(left + 10)\" y=\"\(top + 40)\" font-size=\"12\">nothing in this period</text>" }
        return svg + "</svg>"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
