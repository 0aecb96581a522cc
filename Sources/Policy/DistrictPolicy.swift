import Detectors

/// The district's decisions: findings and envelope facts in, one verdict out. Pure: no I/O.
public struct DistrictPolicy: Sendable, Equatable {
    public var directory: Directory
    public var rules: [PolicyRule]
    /// Everything in monitor mode: decide and log, but only tag.
    public var monitor: Bool
    /// Put in front of the Subject of tagged messages (nil: leave the Subject alone).
    public var subjectPrefix: String?
    /// Write `X-MailGuard: accept` into mail that passes untouched too. Off by default: the
    /// MTA then rewrites every clean message (measured: see docs/performance.md). Tagged,
    /// held and monitored mail always gets its header.
    public var headerOnAccept = false
    /// Recipients per message, sending rates and fan-out (guideline 9).
    public var bulk = BulkSettings()

    public init(directory: Directory = Directory(), rules: [PolicyRule] = [], monitor: Bool = false, subjectPrefix: String? = nil) {
        self.directory = directory
        self.rules = rules
        self.monitor = monitor
        self.subjectPrefix = subjectPrefix
    }

    public static let externalRecipientKind = "external-recipient"
    public static let staffImpersonationKind = "staff-impersonation"

    /// Findings about the envelope itself: each outside recipient of a district sender, and
    /// an outside sender posing as staff to a protected recipient (guideline 17).
    public func envelopeFindings(_ facts: MessageFacts, from: Mailbox?) -> [Finding] {
        var findings = facts.senderInternal ? facts.externalRecipients.map { recipient in
            Finding(ruleID: Self.externalRecipientKind, kind: Self.externalRecipientKind, confidence: .high,
                    location: "envelope", redacted: "", action: .accept, recipient: recipient)
        } : []
        if !facts.senderInternal, let from, directory.claimedStaff(name: from.name, address: from.address) != nil {
            for recipient in facts.envelope.recipients
            where !Set(directory.groups(of: recipient)).isDisjoint(with: directory.protectedGroups) {
                findings.append(Finding(
                    ruleID: Self.staffImpersonationKind, kind: Self.staffImpersonationKind, confidence: .high,
                    location: "From header", redacted: "", action: .accept, section: "17",
                    note: "an outside sender uses a staff member's name or personal address",
                    recipient: recipient
                ))
            }
        }
        return findings
    }

    /// One verdict for the message: for each finding and recipient the first matching row
    /// (or the finding's own action), the strictest over all recipients, then over all findings.
    /// Hidden findings (text the reader does not see) are decided like the others, unless the
    /// admin set `hiddenAction`, which then replaces their action.
    public func decide(_ findings: [Finding], facts: MessageFacts, hiddenAction: Action? = nil) -> Verdict {
        let recipients = facts.envelope.recipients.isEmpty ? [""] : facts.envelope.recipients
        let recipientGroups = Dictionary(uniqueKeysWithValues: recipients.map { ($0, directory.groups(of: $0)) })
        var distinctValues: [Int: Int] = [:]  // row index → distinct values of its kinds
        func count(_ index: Int) -> Int {
            if let known = distinctValues[index] { return known }
            let selected = findings.filter { rules[index].selects($0) }
            let values = Set(selected.compactMap(\.valueID)).count + selected.filter { $0.valueID == nil }.count
            distinctValues[index] = values
            return values
        }

        var decided: [Finding] = []
        var concerned: [Action: Set<String>] = [:]
        var copy = false
        var monitored: Action?
        var noticeByAction: [Action: String] = [:]
        var rowByAction: [Action: String] = [:]
        var silentActions: Set<Action> = []
        var alert = false
        for finding in findings {
            var strictest: Action?
            for recipient in recipients where finding.recipient == nil || finding.recipient == recipient {
                let row = rules.indices.first { index in
                    rules[index].selects(finding)
                        && rules[index].applies(to: recipient, direction: facts.directions[recipient],
                                                senderGroups: facts.senderGroups, recipientGroups: recipientGroups[recipient] ?? [])
                        && count(index) >= rules[index].minValues
                }
                var action = row.map { rules[$0].action } ?? finding.action
                if let hiddenAction, finding.hidden == true, finding.kind != Finding.scanErrorKind { action = hiddenAction }
                // A detector on trial decides nothing: what it would have done is recorded.
                if finding.trial == true {
                    if action > .accept { monitored = max(monitored ?? action, action) }
                    strictest = max(strictest ?? .accept, .accept)
                    continue
                }
                if let row {
                    copy = copy || rules[row].copyCompliance
                    if let notice = rules[row].notice { noticeByAction[action] = noticeByAction[action] ?? notice }
                    rowByAction[action] = rowByAction[action] ?? rules[row].name
                    if !rules[row].notifySender { silentActions.insert(action) }
                    alert = alert || (rules[row].alert && !monitor && !rules[row].monitor)
                }
                if monitor || (row.map { rules[$0].monitor } ?? false), action > .tag {
                    monitored = max(monitored ?? action, action)
                    action = .tag
                }
                if !recipient.isEmpty { concerned[action, default: []].insert(recipient) }
                strictest = max(strictest ?? action, action)
            }
            var adjusted = finding
            adjusted.action = strictest ?? finding.action
            // An envelope fact no row acted on is not worth reporting.
            if adjusted.recipient != nil && adjusted.action == .accept { continue }
            decided.append(adjusted)
        }
        var verdict = Verdict(findings: decided)
        if verdict.action != .accept {
            verdict.concernedRecipients = recipients.filter { concerned[verdict.action]?.contains($0) ?? false }
        }
        // Copies go with delivered or held mail only.
        if copy, let mailbox = directory.complianceMailbox, [.accept, .tag, .quarantine].contains(verdict.action) {
            verdict.copies = [mailbox]
        }
        // Monitor mode is worth reporting only when it changed the outcome.
        verdict.monitored = monitored.flatMap { $0 > verdict.action ? $0 : nil }
        verdict.noticeTemplate = noticeByAction[verdict.action]
        verdict.decidedBy = rowByAction[verdict.action]
        verdict.notifySender = !silentActions.contains(verdict.action)
        if alert { verdict.alerts = directory.safetyTeam }
        return verdict
    }
}

/// A display name and address, as in a From header.
public struct Mailbox: Sendable, Equatable {
    public var name: String?
    public var address: String

    public init(name: String?, address: String) {
        self.name = name
        self.address = address.lowercased()
    }
}
