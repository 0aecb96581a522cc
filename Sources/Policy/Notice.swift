import Foundation
import Detectors
import Extraction
import Inspection
import Mustache

/// An SMTP reply: code, enhanced status code and one or more lines, each made safe to send:
/// printable ASCII only, no CR/LF, at most `maxTextLength` characters.
public struct SMTPReply: Sendable, Equatable {
    public var code: String
    public var extended: String
    public var lines: [String]

    public static let maxTextLength = 400
    public static let maxLines = 6

    public init(code: String, extended: String, text: String) {
        self.code = code
        self.extended = extended
        let lines = text.split(whereSeparator: \.isNewline).map { Self.sanitize(String($0)) }.filter { !$0.isEmpty }
        self.lines = lines.isEmpty ? ["MailGuard"] : Array(lines.prefix(Self.maxLines))
    }

    /// All lines as one, for logs and single-line replies.
    public var text: String { lines.joined(separator: " ") }

    static func sanitize(_ text: String) -> String {
        var ascii = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "›": ascii += ">"
            case "\u{2013}", "\u{2014}": ascii += "-"
            case "\u{2018}", "\u{2019}": ascii += "'"
            case _ where scalar.isASCII && scalar.value >= 0x20 && scalar.value != 0x7F: ascii.unicodeScalars.append(scalar)
            default: ascii += " "
            }
        }
        let words = ascii.split(separator: " ", omittingEmptySubsequences: true)
        var line = words.joined(separator: " ")
        if line.count > maxTextLength {
            line = String(line.prefix(maxTextLength - 3)) + "..."
        }
        return line
    }
}

/// A notice mail to the sender (and the compliance mailbox) about a held or dropped message.
public struct NoticeMail: Sendable, Equatable {
    public var recipients: [String]
    public var subject: String
    public var body: String

    public init(recipients: [String], subject: String, body: String) {
        self.recipients = recipients
        self.subject = subject
        self.body = body
    }
}

/// Writes what the sender is told, from templates the admin edits (`notices/*.mustache`):
/// which rule, which guideline, where, the redacted value, the recipients concerned, what to
/// do and whom to contact. Values are inserted as data, never as template text, and stripped
/// of control characters, so nothing in a message can inject lines or template syntax.
public struct NoticeWriter: Sendable {
    public let templates: MustacheLibrary
    public let contact: String
    public let complianceCopies: Bool
    /// The review console's public address: notices and alerts link to the held message there.
    public let consoleURL: String?

    public init(templates: MustacheLibrary, contact: String, complianceCopies: Bool = true, consoleURL: String? = nil) {
        self.templates = templates
        self.contact = contact
        self.complianceCopies = complianceCopies
        self.consoleURL = consoleURL
    }

    /// The console page of a held message (sign-in required: the link alone grants nothing).
    public static func consoleLink(_ base: String?, queueID: String) -> String? {
        guard let base, !queueID.isEmpty, queueID != "NOQUEUE" else { return nil }
        return base + "/holds/" + (queueID.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
    }

    private func addLink(_ context: inout [String: Any], queueID: String) {
        let link = Self.consoleLink(consoleURL, queueID: queueID)
        context["console_link"] = link ?? ""
        context["has_console"] = link != nil
    }

    /// The names every template library must have.
    public static let requiredTemplates = ["reject", "tempfail", "held", "discarded", "alert"]

    /// The reply for a verdict that refuses or delays the message; nil for the others.
    public func reply(for verdict: Verdict, rules: RuleSet) -> SMTPReply? {
        switch verdict.action {
        case .reject: SMTPReply(code: "550", extended: "5.7.1", text: render(verdict, rules: rules, default: "reject"))
        case .tempfail: SMTPReply(code: "451", extended: "4.7.1", text: render(verdict, rules: rules, default: "tempfail"))
        default: nil
        }
    }

    /// The notice mail for a held or discarded message; nil for the others, for bounces and
    /// automatic replies (no notice about a notice), and in monitor mode.
    /// Outside senders are not told (a sender posing as staff learns nothing); the compliance
    /// mailbox still is.
    public func mail(for verdict: Verdict, rules: RuleSet, sender: String, compliance: String?, queueID: String = "") -> NoticeMail? {
        guard !verdict.suppressNotice, verdict.monitored == nil else { return nil }
        let template: String
        let subject: String
        switch verdict.action {
        case .quarantine: (template, subject) = ("held", "Your message is held for review")
        case .discard: (template, subject) = ("discarded", "Your message was not delivered")
        default: return nil
        }
        var recipients = verdict.senderInternal && !sender.isEmpty && verdict.notifySender ? [sender] : []
        if complianceCopies, let compliance, compliance != sender { recipients.append(compliance) }
        guard !recipients.isEmpty else { return nil }
        return NoticeMail(recipients: recipients, subject: "MailGuard: " + subject, body: render(verdict, rules: rules, default: template, queueID: queueID))
    }

    /// The alert to the safety team for a verdict a row marked `alert`: category, guideline, where,
    /// who wrote to whom, the queue id and the command to read the held message; never the words.
    public func alert(for verdict: Verdict, rules: RuleSet, envelope: Envelope, queueID: String) -> NoticeMail? {
        guard !verdict.alerts.isEmpty, verdict.monitored == nil else { return nil }
        var context = Self.context(verdict, rules: rules, contact: contact)
        context["queue_id"] = Self.clean(queueID)
        context["sender"] = Self.clean(envelope.sender)
        context["all_recipients"] = Self.clean(envelope.recipients.joined(separator: ", "))
        context["held"] = verdict.action == .quarantine
        context["sender_told"] = verdict.notifySender
        addLink(&context, queueID: queueID)
        let body = templates.getTemplate(named: "alert")?.render(context, library: templates) ?? "MailGuard alert: \(context["rule"] ?? "")."
        return NoticeMail(recipients: verdict.alerts, subject: "MailGuard alert: \(context["rule"] as? String ?? "policy") (\(Self.clean(queueID)))", body: body)
    }

    func render(_ verdict: Verdict, rules: RuleSet, default name: String, queueID: String = "") -> String {
        var context = Self.context(verdict, rules: rules, contact: contact)
        context["queue_id"] = Self.clean(queueID)
        context["has_queue_id"] = !queueID.isEmpty
        addLink(&context, queueID: queueID)
        let template = verdict.noticeTemplate.flatMap { templates.getTemplate(named: $0) } ?? templates.getTemplate(named: name)
        return template?.render(context, library: templates) ?? "MailGuard: \(context["rule"] as? String ?? "policy")."
    }

    /// The values a template may use; every one is clean, one-line, redacted text.
    static func context(_ verdict: Verdict, rules: RuleSet, contact: String) -> [String: Any] {
        let decisive = verdict.decisive
        let first = decisive.first
        let rule = first.flatMap { rules.rule(id: $0.ruleID) }
        // Mustache treats an empty string as true: optional values get a flag of their own.
        let findings: [[String: Any]] = decisive.map { finding in
            let title = rules.rule(id: finding.ruleID)?.summary ?? BuiltInKind.named(finding.kind)?.title ?? finding.kind
            return ["rule": clean(title), "rule_id": clean(finding.ruleID), "location": clean(finding.location),
                    "redacted": clean(finding.redacted), "has_redacted": !finding.redacted.isEmpty,
                    "note": clean(finding.note ?? ""), "has_note": finding.note != nil]
        }
        return [
            "rule": clean(rule?.summary ?? first.flatMap { BuiltInKind.named($0.kind)?.title } ?? "district policy"),
            "rule_id": clean(first?.ruleID ?? ""),
            "section": clean(first?.section ?? rule?.section ?? ""),
            "location": clean(first?.location ?? ""),
            "redacted": clean(first?.redacted ?? ""),
            "has_redacted": !(first?.redacted ?? "").isEmpty,
            "has_section": (first?.section ?? rule?.section) != nil,
            "has_recipients": !verdict.concernedRecipients.isEmpty,
            "unscannable": first?.kind == InspectionResult.unscannableKind,
            "reason": clean(first?.note ?? ""),
            "has_reason": first?.note != nil,
            "recipients": clean(verdict.concernedRecipients.joined(separator: ", ")),
            "advice": clean(rule?.advice ?? first.flatMap { BuiltInKind.named($0.kind)?.advice } ?? "Remove the sensitive information and send the message again."),
            "contact": clean(contact),
            "findings": findings,
            "more": max(0, Set(decisive.map(\.ruleID)).count - 1),
        ]
    }

    /// One line: control characters (C0, DEL and C1, whose CSI a terminal obeys) become spaces.
    static func clean(_ text: String) -> String {
        ControlCharacters.spaced(text)
    }
}
