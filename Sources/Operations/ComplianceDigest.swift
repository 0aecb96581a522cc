import Configuration
import Detectors
import Extraction
import Foundation
import Logging
import Policy
import Synchronization

/// Collects held and dropped messages and sends the compliance mailbox one mail per interval
/// (`[notices] compliance_digest_minutes`) listing them with their rules, queue ids and a link
/// to each in the review console (or, without one, the commands to review them), instead of one mail per hold. Rule names and redacted forms only.
/// What it holds at stop is sent then. It follows the config in force, so a reload that turns
/// it on or off, or changes the interval, takes effect without a restart.
package final class ComplianceDigest: Sendable {
    package struct Entry: Sendable, Equatable {
        package var at: Date
        package var queueID: String
        package var sender: String
        package var recipients: [String]
        package var action: Action
        /// `ssn (guideline 3) in attachment roster.csv`, one per decisive rule.
        package var reasons: [String]
    }

    /// Entries listed in one digest; the rest are counted.
    package static let maxListed = 500

    private let entries = Mutex<[Entry]>([])
    private let store: EngineStore
    private let sender: NoticeSender
    private let logger: Logger
    private let wake = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private let stopping = Atomic<Bool>(false)

    package init(store: EngineStore, sender: NoticeSender, logger: Logger) {
        self.store = store
        self.sender = sender
        self.logger = logger
    }

    package func start() {
        let thread = Thread { [self] in
            while !stopping.load(ordering: .relaxed) {
                let minutes = store.engine.config.notices.complianceDigestMinutes
                _ = wake.wait(timeout: .now() + (minutes > 0 ? minutes * 60 : 60))
                send()
            }
            finished.signal()
        }
        thread.name = "mailguard-digest"
        thread.start()
    }

    /// Sends what is waiting; the thread ends.
    package func stop() {
        stopping.store(true, ordering: .relaxed)
        wake.signal()
        _ = finished.wait(timeout: .now() + 10)
    }

    /// Notes a held or dropped message (monitor mode holds nothing, so notes nothing).
    package func add(_ verdict: Verdict, envelope: Envelope, queueID: String, at: Date = Date()) {
        guard store.engine.config.notices.digestIsOn, [.quarantine, .discard].contains(verdict.action), verdict.monitored == nil else { return }
        let reasons = verdict.decisive.map { finding in
            "\(finding.ruleID)" + (finding.section.map { " (guideline \($0))" } ?? "") + " in \(finding.location)"
        }.uniqued()
        entries.withLock {
            $0.append(Entry(at: at, queueID: queueID, sender: envelope.sender, recipients: envelope.recipients, action: verdict.action, reasons: reasons))
        }
    }

    /// The digest mail for what is waiting (emptying it), or nil when nothing is.
    package func mail(engine: Engine) -> NoticeMail? {
        guard let compliance = engine.config.policy.directory.complianceMailbox else { return nil }
        let taken = entries.withLock { entries in
            defer { entries = [] }
            return entries
        }
        guard !taken.isEmpty else { return nil }
        let config = engine.config.file
        let time = DateFormatter()
        time.dateFormat = "yyyy-MM-dd HH:mm"
        let listed: [[String: Any]] = taken.prefix(Self.maxListed).map { entry in
            [
                "time": time.string(from: entry.at),
                "queue_id": ControlCharacters.spaced(entry.queueID),
                "sender": ControlCharacters.spaced(entry.sender.isEmpty ? "<>" : entry.sender),
                "recipients": ControlCharacters.spaced(entry.recipients.joined(separator: ", ")),
                "held": entry.action == .quarantine,
                "reasons": entry.reasons.map(ControlCharacters.spaced),
                "show": "mailguard quarantine show \(entry.queueID) --config \(config)",
                "link": engine.config.console.link(toHold: entry.queueID) ?? "",
                "has_console": engine.config.console.publicURL != nil,
                "release": "mailguard quarantine release \(entry.queueID) --config \(config)",
            ]
        }
        let context: [String: Any] = [
            "count": taken.count,
            "held": taken.filter { $0.action == .quarantine }.count,
            "entries": listed,
            "more": max(0, taken.count - Self.maxListed),
            // Mustache treats 0 as true: the section needs a flag.
            "has_more": taken.count > Self.maxListed,
            "list": "mailguard quarantine list --config \(config)",
            "console": engine.config.console.publicURL.map { $0 + "/holds" } ?? "",
            "has_console": engine.config.console.publicURL != nil,
        ]
        let body = engine.notices.templates.getTemplate(named: NoticeSettings.digestTemplate)?.render(context, library: engine.notices.templates)
            ?? "\(taken.count) messages held or dropped; run: \(context["list"] ?? "")"
        return NoticeMail(recipients: [compliance], subject: "MailGuard digest: \(taken.count) message(s) held or dropped", body: body)
    }

    private func send() {
        guard let mail = mail(engine: store.engine) else { return }
        sender.send(mail, about: "digest")
        logger.info("compliance digest submitted", metadata: ["to": "\(mail.recipients.joined(separator: ","))"])
    }
}
