import Detectors
import Foundation
import Policy
import TOMLKit

/// Reads `[directory]`, `[groups.NAME]` and `[policy]` (with its `[[policy.rules]]` rows)
/// into the policy. Lists may also come from files, one address per line, relative to the
/// config file.
package enum PolicyConfig {
    /// `directorySection`: `[directory]`, read once by the loader (records read it too).
    package static func read(_ table: TOMLTable, directorySection: TOMLTable?, internalDomains: [String], directory base: String,
                             reader: inout TableReader) -> DistrictPolicy {
        var policy = DistrictPolicy()
        policy.directory.internalDomains = internalDomains
        if let directory = directorySection {
            readDirectory(directory, into: &policy.directory, base: base, reader: &reader)
        }
        if let groups = reader.table(table, "groups", in: "") {
            for name in groups.keys.sorted(by: { reader.lines.line(of: $0, in: "groups.\($0)") < reader.lines.line(of: $1, in: "groups.\($1)") }) {
                guard let group = reader.table(groups, name, in: "groups") else { continue }
                if name == MessageFacts.externalGroup {
                    reader.problem(name, in: "groups", "'\(MessageFacts.externalGroup)' is reserved for senders that are not internal")
                }
                policy.directory.groups.append(readGroup(name, group, base: base, reader: &reader))
            }
        }
        if let section = reader.table(table, "policy", in: "") {
            reader.expectKeys(section, in: "policy")
            policy.monitor = reader.bool(section, "monitor", in: "policy") ?? false
            policy.subjectPrefix = reader.headerText(section, "subject_prefix", in: "policy").flatMap { $0.isEmpty ? nil : $0 }
            policy.headerOnAccept = reader.bool(section, "header_on_accept", in: "policy") ?? policy.headerOnAccept
            for (index, row) in reader.tables(section, "rules", in: "policy").enumerated() {
                if let rule = readRule(row, name: "policy.rules#\(index)", groups: policy.directory.groups.map(\.name), reader: &reader) {
                    policy.rules.append(rule)
                }
            }
        }
        let groups = Set(policy.directory.groups.map(\.name))
        for unknown in Set(policy.directory.protectedGroups).subtracting(groups) {
            reader.problem("protected_groups", in: "directory", "no group '\(unknown)'")
        }
        if policy.directory.safetyTeam.isEmpty, policy.rules.contains(where: \.alert) {
            reader.problem("safety_team", in: "directory", "rows send alerts, but no safety_team is set")
        }
        if policy.directory.complianceMailbox == nil, policy.rules.contains(where: \.copyCompliance) {
            reader.problem("compliance_mailbox", in: "directory", "rows copy to compliance, but no compliance_mailbox is set")
        }
        return policy
    }

    private static func readDirectory(_ table: TOMLTable, into directory: inout Directory, base: String, reader: inout TableReader) {
        reader.expectKeys(table, in: "directory")
        for text in reader.strings(table, "trusted_networks", in: "directory") ?? [] {
            if let network = Network(text) { directory.trustedNetworks.append(network) } else {
                reader.problem("trusted_networks", in: "directory", "'\(text)' is not an address or network (CIDR)")
            }
        }
        if let mailbox = reader.string(table, "compliance_mailbox", in: "directory") {
            if mailbox.contains("@") { directory.complianceMailbox = mailbox.lowercased() } else {
                reader.problem("compliance_mailbox", in: "directory", "'\(mailbox)' is not an address")
            }
        }
        directory.protectedGroups = reader.strings(table, "protected_groups", in: "directory") ?? []
        if let mailbox = directory.complianceMailbox, mailbox.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" }) {
            reader.problem("compliance_mailbox", in: "directory", "must be a bare address")
        }
        directory.safetyTeam = (reader.strings(table, "safety_team", in: "directory") ?? []).map { $0.lowercased() }
        for address in directory.safetyTeam where !address.contains("@") || address.contains(where: \.isWhitespace) {
            reader.problem("safety_team", in: "directory", "'\(address)' is not an address")
        }
        if !directory.safetyTeam.isEmpty {
            directory.groups.append(Group(name: Directory.safetyTeamGroup, addresses: Set(directory.safetyTeam)))
        }
        if let file = reader.string(table, "staff_file", in: "directory") {
            directory.staff = readStaff(ConfigLoader.absolute(file, relativeTo: base), reader: &reader)
        }
    }

    private static func readGroup(_ name: String, _ table: TOMLTable, base: String, reader: inout TableReader) -> Group {
        let scope = "groups.\(name)"
        reader.expectKeys(table, in: scope)
        var addresses = Set(reader.strings(table, "addresses", in: scope) ?? [])
        if let file = reader.string(table, "list_file", in: scope) {
            let path = ConfigLoader.absolute(file, relativeTo: base)
            for (line, text) in listLines(path, reader: &reader) {
                if text.contains("@") { addresses.insert(text) } else { reader.problem(file: path, line: line, "'\(text)' is not an address") }
            }
        }
        return Group(name: name, addresses: addresses, domains: reader.strings(table, "domains", in: scope) ?? [])
    }

    /// staff.csv: `address,name,personal addresses separated by ;` with a header line.
    private static func readStaff(_ path: String, reader: inout TableReader) -> [StaffMember] {
        listLines(path, reader: &reader).dropFirst().compactMap { line, text in
            let fields = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 2, fields[0].contains("@") else {
                reader.problem(file: path, line: line, "expected 'address,name,personal addresses'")
                return nil
            }
            let personal = fields.count > 2 ? fields[2].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) } : []
            return StaffMember(address: fields[0], name: fields[1], personalAddresses: Set(personal))
        }
    }

    /// Non-empty, non-comment lines of a list file, with their line numbers.
    package static func listLines(_ path: String, reader: inout TableReader) -> [(Int, String)] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            reader.problem(file: path, line: 0, "cannot read list file")
            return []
        }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated().compactMap { index, line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : (index + 1, trimmed)
        }
    }

    private static func readRule(_ table: TOMLTable, name scope: String, groups: [String], reader: inout TableReader) -> PolicyRule? {
        reader.expectKeys(table, in: scope)
        guard let action = reader.action(table, "action", in: scope) else {
            if table["action"] == nil { reader.problem("action", in: scope, "missing (every row needs an action)") }
            return nil
        }
        var rule = PolicyRule(name: reader.string(table, "name", in: scope) ?? scope, action: action)
        rule.kinds = Set(reader.strings(table, "kinds", in: scope) ?? [])
        rule.ruleIDs = Set(reader.strings(table, "rules", in: scope) ?? [])
        let known = Set(groups + [MessageFacts.externalGroup])
        for key in ["senders", "recipients"] {
            let names = reader.strings(table, key, in: scope) ?? []
            for unknown in names where !known.contains(unknown) {
                reader.problem(key, in: scope, "no group '\(unknown)' (groups: \(known.sorted().joined(separator: ", ")))")
            }
            if key == "senders" { rule.senderGroups = Set(names) } else { rule.recipientGroups = Set(names) }
        }
        for text in reader.strings(table, "directions", in: scope) ?? [] {
            if let direction = Direction(rawValue: text) { rule.directions.insert(direction) } else {
                reader.problem("directions", in: scope, "'\(text)' is not one of \(Direction.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        rule.partners = reader.strings(table, "partners", in: scope) ?? []
        rule.minValues = reader.int(table, "min_values", in: scope) ?? 1
        rule.copyCompliance = reader.bool(table, "copy_compliance", in: scope) ?? false
        rule.monitor = reader.bool(table, "monitor", in: scope) ?? false
        rule.notice = reader.string(table, "notice", in: scope)
        rule.notifySender = reader.bool(table, "notify_sender", in: scope) ?? true
        rule.alert = reader.bool(table, "alert", in: scope) ?? false
        return rule
    }
}
