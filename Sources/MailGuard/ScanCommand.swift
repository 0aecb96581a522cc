import ArgumentParser
import Configuration
import Detectors
import Extraction
import Foundation
import Inspection
import Milter
import Policy

/// Scans `.eml` files exactly as the milter would and prints what MailGuard would do.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Show the findings and verdict for each message file."
    )

    @OptionGroup var options: ConfigOption

    @Flag(name: .long, help: "Print one JSON object per message.")
    var json = false

    @Option(name: .long, help: "Envelope sender (default: the From address).")
    var sender: String?

    @Option(name: .long, help: "Envelope recipient, repeatable (default: the To and Cc addresses).")
    var recipient: [String] = []

    @Flag(name: .long, help: "Judge as an unauthenticated session (default: authenticated).")
    var unauthenticated = false

    @Option(name: .long, help: "SMTP client address, checked against trusted networks.")
    var client: String?

    @Flag(name: .long, help: "Score every sentence with the conduct model, whoever sends or receives (evaluation).")
    var conductAll = false

    @Argument(help: "Message files (.eml).")
    var files: [String]

    func run() throws {
        let engine: Engine
        switch options.load() {
        case .failure(let problems):
            report(problems)
            throw ExitCode(1)
        case .success(let loaded):
            engine = loaded
        }
        var unreadable = false
        for file in files {
            // One copy of the message: the bytes the reader takes, not a Data beside them.
            guard let raw = FileManager.default.contents(atPath: file).map({ [UInt8]($0) }) else {
                FileHandle.standardError.write(Data("mailguard scan: \(file): cannot read file\n".utf8))
                unreadable = true
                continue
            }
            let envelope = envelope(for: raw)
            let inspection = engine.inspector.inspect(raw, scope: conductAll ? .everySentence : engine.conductScope(envelope ?? headerEnvelope(raw)))
            let decided = envelope ?? Envelope(headers: inspection.headers)
            let verdict = Decider.decide(inspection, envelope: decided, engine: engine, ledger: nil, queueID: "NOQUEUE").verdict
            print(json ? ScanReport(file: file, verdict: verdict).json : ScanReport(file: file, verdict: verdict).text)
        }
        if unreadable { throw ExitCode(2) }
    }

    /// The envelope from the options; nil (From, To and Cc, authenticated) when none is given.
    private func envelope(for raw: [UInt8]) -> Envelope? {
        guard sender != nil || !recipient.isEmpty || unauthenticated || client != nil else { return nil }
        let headers = headerEnvelope(raw)
        return Envelope(
            sender: sender ?? headers.sender, recipients: recipient.isEmpty ? headers.recipients : recipient,
            authenticated: !unauthenticated, clientAddress: client
        )
    }

    /// From, To and Cc as an envelope.
    private func headerEnvelope(_ raw: [UInt8]) -> Envelope {
        Envelope(headers: MessageReader.headers(Array(raw.prefix(64 * 1024))))
    }
}

/// One message's scan result, as text for people or JSON for scripts. Only redacted values.
struct ScanReport: Encodable {
    struct Item: Encodable {
        var rule: String
        var kind: String
        var confidence: String
        var location: String
        var redacted: String
        var action: String
        var section: String?
        var note: String?
    }

    var file: String
    var verdict: String
    var findings: [Item]
    var recipients: [String]
    var copies: [String]
    var alerts: [String]
    var senderTold: Bool
    var monitored: String?
    /// Findings counted and not listed (past the per-rule bound); nil when none.
    var omitted: Int?

    init(file: String, verdict: Verdict) {
        self.file = file
        self.verdict = verdict.action.rawValue
        self.recipients = verdict.concernedRecipients
        self.copies = verdict.copies
        self.alerts = verdict.alerts
        self.senderTold = verdict.notifySender
        self.monitored = verdict.monitored?.rawValue
        self.omitted = verdict.omittedFindings > 0 ? verdict.omittedFindings : nil
        self.findings = verdict.findings.map {
            Item(rule: $0.ruleID, kind: $0.kind, confidence: $0.confidence.name, location: $0.location,
                 redacted: $0.redacted, action: $0.action.rawValue, section: $0.section, note: $0.note)
        }
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }

    var text: String {
        var head = "\(file): \(verdict)"
        if let monitored { head += " (monitor mode: would \(monitored))" }
        if !recipients.isEmpty { head += " for \(recipients.joined(separator: ", "))" }
        if !copies.isEmpty { head += "; copy to \(copies.joined(separator: ", "))" }
        if !alerts.isEmpty { head += "; alert to \(alerts.joined(separator: ", "))" }
        if !senderTold { head += "; sender not told" }
        var lines = [head]
        if findings.isEmpty { lines.append("  no findings") }
        for item in findings {
            var line = "  \(item.rule) [\(item.kind), \(item.confidence)] in \(item.location)"
            if !item.redacted.isEmpty { line += ": \(item.redacted)" }
            line += " -> \(item.action)"
            if let section = item.section { line += " (guideline \(section))" }
            if let note = item.note { line += " — \(note)" }
            lines.append(line)
        }
        if let omitted { lines.append("  and \(omitted) more findings, counted and not listed") }
        return lines.joined(separator: "\n")
    }
}
