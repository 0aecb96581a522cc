import Detectors

/// An SMTP reply: code, enhanced status code and one line of text, already made safe to send:
/// printable ASCII only, no CR/LF, at most `maxTextLength` characters.
public struct SMTPReply: Sendable, Equatable {
    public var code: String
    public var extended: String
    public var text: String

    public static let maxTextLength = 400

    public init(code: String, extended: String, text: String) {
        self.code = code
        self.extended = extended
        self.text = Self.sanitize(text)
    }

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

/// What the sender is told when MailGuard stops a message: which rule, which guideline,
/// where in the message, and what to do. It names kinds and places, never values.
public enum Notice {
    public static let defaultAdvice = "Remove the sensitive information and send the message again."

    /// The reply for a verdict that refuses or delays the message; nil for the others.
    public static func reply(for verdict: Verdict, rules: RuleSet) -> SMTPReply? {
        switch verdict.action {
        case .reject: SMTPReply(code: "550", extended: "5.7.1", text: text(for: verdict, rules: rules))
        case .tempfail: SMTPReply(code: "451", extended: "4.7.1", text: text(for: verdict, rules: rules))
        default: nil
        }
    }

    /// One line, e.g. "MailGuard refused this message: US Social Security number in
    /// body (text/plain) (rule ssn, guideline 3). Remove the number. ..."
    public static func text(for verdict: Verdict, rules: RuleSet) -> String {
        let decisive = verdict.decisive
        guard let first = decisive.first else { return "MailGuard: message accepted." }
        let rule = rules.rule(id: first.ruleID)
        let what = rule?.summary ?? first.kind
        let lead = verdict.action == .tempfail ? "MailGuard could not deliver this message now" : "MailGuard refused this message"
        var reason = first.kind == Finding.scanErrorKind
            ? "\(lead): it could not be fully checked for \(what) in \(first.location)"
            : "\(lead): \(what) in \(first.location)"
        reason += " (rule \(first.ruleID)" + (first.section.map { ", guideline \($0)" } ?? "") + ")"
        let others = Set(decisive.map(\.ruleID)).subtracting([first.ruleID]).sorted()
        if !others.isEmpty { reason += " and rule(s) \(others.joined(separator: ", "))" }
        let advice = first.kind == Finding.scanErrorKind
            ? "Try again later; if this persists, contact the help desk."
            : (rule?.advice ?? defaultAdvice)
        return "\(reason). \(advice)"
    }
}
