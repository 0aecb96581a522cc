import Detectors
import Logging
import Policy

/// One SMTP connection's state, fed by the milter callbacks in protocol order. libmilter may
/// call consecutive callbacks of one connection on different threads but never two at once,
/// so the state lives here and not in any thread.
final class MilterSession {
    private let store: EngineStore
    private let logger: Logger
    private let notices: NoticeSender
    private let ledger: Ledger?
    private(set) var client = "unknown"
    private(set) var clientAddress: String?
    private(set) var heloName = ""
    private var message: PendingMessage?

    /// The message being received. It holds the engine from its start, so a reload in
    /// the middle does not change the rules it is checked with.
    struct PendingMessage {
        let engine: Engine
        var sender: String
        var authenticated: Bool
        var recipients: [String] = []
        var raw: [UInt8] = []
        var edits = MessageEdits()
    }

    init(store: EngineStore, logger: Logger, notices: NoticeSender, ledger: Ledger? = nil) {
        self.store = store
        self.logger = logger
        self.notices = notices
        self.ledger = ledger
    }

    var onError: Action { store.engine.config.milter.onError }

    func connected(host: String, address: String?) {
        // Postfix passes "[addr]" as the host name when it did not look the peer up.
        client = address.map { host == "[\($0)]" ? host : "\(host)[\($0)]" } ?? host
        clientAddress = address
    }

    func helo(_ name: String) {
        heloName = name
    }

    func mailFrom(_ sender: String, authenticated: Bool = false) {
        message = PendingMessage(engine: store.engine, sender: sender, authenticated: authenticated)
    }

    func recipient(_ address: String) {
        message?.recipients.append(address)
    }

    func header(name: String, value: String) {
        guard message != nil else { return }
        if name.lowercased().hasPrefix(Verdict.headerName.lowercased()) {
            message!.edits.forgedHeaders.add(name)
        }
        if name.lowercased() == "subject", message!.edits.subject == nil { message!.edits.subject = value }
        message!.raw.append(contentsOf: Array("\(name): \(value)\r\n".utf8))
    }

    func endOfHeaders() {
        message?.raw.append(contentsOf: [13, 10])
    }

    func body(_ chunk: UnsafeBufferPointer<UInt8>) {
        message?.raw.append(contentsOf: chunk)
    }

    func abort() {
        message = nil
    }

    /// Checks the message, applies the verdict and writes the one log line for it.
    func endOfMessage(queueID: String?, actions: some MilterActions) -> MilterStatus {
        let queueID = queueID ?? "NOQUEUE"
        guard let message else {
            logger.error("end of message without a message in progress", metadata: ["queue_id": "\(queueID)", "client": "\(client)"])
            return status(for: onError)
        }
        defer { self.message = nil }
        let envelope = Envelope(
            sender: message.sender, recipients: message.recipients,
            authenticated: message.authenticated, clientAddress: clientAddress
        )
        let engine = message.engine
        let verdict = engine.inspector.inspect(message.raw, envelope: envelope, ledger: ledger)
        let status = verdict.apply(to: actions, engine: engine, edits: message.edits)
        if let mail = engine.notices.mail(for: verdict, rules: engine.rules, sender: envelope.sender,
                                          compliance: engine.config.policy.directory.complianceMailbox) {
            notices.send(mail, about: queueID)
        }
        var metadata: Logger.Metadata = [
            "queue_id": "\(queueID)",
            "from": "<\(message.sender.trimmingAngles)>",
            "rcpts": "\(message.recipients.count)",
            "verdict": "\(verdict.action.rawValue)",
            "client": "\(client)",
        ]
        if let monitored = verdict.monitored { metadata["monitor"] = "\(monitored.rawValue)" }
        if !verdict.concernedRecipients.isEmpty { metadata["concerned"] = "\(verdict.concernedRecipients.joined(separator: ","))" }
        if !verdict.copies.isEmpty { metadata["copied"] = "\(verdict.copies.joined(separator: ","))" }
        if !heloName.isEmpty { metadata["helo"] = "\(heloName)" }
        if !verdict.findings.isEmpty {
            metadata["rules"] = "\(verdict.ruleIDs.joined(separator: ","))"
            // Redacted forms only: the log never holds a value MailGuard protects.
            metadata["found"] = "\(verdict.findings.map { "\($0.kind):\($0.redacted)@\($0.location)" }.joined(separator: "; "))"
        }
        logger.info("message checked", metadata: metadata)
        return status
    }

    /// The status for an error, per `milter.on_error`.
    func status(for action: Action) -> MilterStatus {
        switch action {
        case .reject: .reject
        case .accept: .proceed
        default: .tempfail
        }
    }
}

/// Occurrences per header name, compared without case as Postfix does when it numbers
/// headers for deletion; each name is kept as first spelled.
struct HeaderCounts: Equatable {
    private(set) var counts: [(name: String, count: Int)] = []

    mutating func add(_ name: String) {
        if let index = counts.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) {
            counts[index].count += 1
        } else {
            counts.append((name, 1))
        }
    }

    static func == (lhs: HeaderCounts, rhs: HeaderCounts) -> Bool {
        lhs.counts.elementsEqual(rhs.counts) { $0.name == $1.name && $0.count == $1.count }
    }
}

extension String {
    var trimmingAngles: String {
        var text = Substring(self)
        if text.hasPrefix("<") { text = text.dropFirst() }
        if text.hasSuffix(">") { text = text.dropLast() }
        return String(text)
    }
}
