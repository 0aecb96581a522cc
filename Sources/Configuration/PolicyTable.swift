import Policy

/// The effective policy, as `mailguard check` prints it: one line per row, in the order
/// rows are tried, then the fallback.
package struct PolicyTable {
    package let policy: DistrictPolicy

    package init(_ policy: DistrictPolicy) { self.policy = policy }

    package var text: String {
        var lines = ["policy (first matching row decides\(policy.monitor ? "; MONITOR MODE: actions only tag" : "")):"]
        for (index, rule) in policy.rules.enumerated() {
            var conditions = [Self.list("kinds", rule.kinds.union(rule.ruleIDs))]
            conditions.append(Self.list("from", rule.senderGroups))
            conditions.append(Self.list("to", rule.recipientGroups))
            conditions.append(Self.list("direction", Set(rule.directions.map(\.rawValue))))
            if !rule.partners.isEmpty { conditions.append("except partners \(rule.partners.joined(separator: ","))") }
            if rule.minValues > 1 { conditions.append("at least \(rule.minValues) values") }
            var outcome = rule.action.rawValue
            if rule.copyCompliance { outcome += " + copy to \(policy.directory.complianceMailbox ?? "(no compliance_mailbox)")" }
            if rule.monitor { outcome += " (monitor)" }
            if let notice = rule.notice { outcome += " notice \(notice)" }
            lines.append("  \(index + 1). \(rule.name): \(conditions.joined(separator: ", ")) -> \(outcome)")
        }
        lines.append("  otherwise: the pattern file's action")
        return lines.joined(separator: "\n")
    }

    package static func list(_ label: String, _ values: Set<String>) -> String {
        "\(label) " + (values.isEmpty ? "any" : values.sorted().joined(separator: ","))
    }
}
