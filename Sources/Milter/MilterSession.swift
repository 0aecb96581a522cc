import Configuration
import Detectors
import Inspection
import Logging
import Operations
import Policy
import Synchronization
import Workers

/// One SMTP connection's state, fed by the milter callbacks in protocol order. libmilter may
/// call consecutive callbacks of one connection on different threads but never two at once,
/// so the state lives here and not in any thread.
package final class MilterSession {
    private let store: EngineStore
    private let logger: Logger
    private let notices: NoticeSender
    private let ledger: Ledger?
    private let reading: InspectionSource
    private let buffers: BufferBudget
    private let reporting: Reporting
    package private(set) var client = "unknown"
    package private(set) var clientAddress: String?
    package private(set) var heloName = ""
    private var message: PendingMessage?
    /// Protocol steps the MTA agreed to send without waiting for a reply (SMFIP_NR_*).
    package var stepsWithoutReply: UInt = 0

    /// The message being received. It holds the engine from its start, so a reload in
    /// the middle does not change the rules it is checked with.
    package struct PendingMessage {
        package let engine: Engine
        package var sender: String
        package var authenticated: Bool
        package var recipients: [String] = []
        /// The bytes buffered for the reader (in a memory file, not this process's heap).
        package var spool = MessageSpool()
        /// Bytes received, buffered or not.
        package var size = 0
        /// For recognising MailGuard's own mails: the first Message-ID and every mark header
        /// (with more than one, none counts).
        package var messageID: String?
        package var marks: [String] = []
        /// More than `limits.max_message_mib`: no longer buffered, decided as unscannable.
        package var oversize = false
        /// Past the all-sessions bound: no longer buffered, answered with this at end of
        /// message (stages the MTA does not wait on cannot answer earlier).
        package var refused: SMTPReply?
        package var edits = MessageEdits()
    }

    package init(
        store: EngineStore, logger: Logger, notices: NoticeSender, ledger: Ledger? = nil,
        reading: InspectionSource = InProcessInspection(), buffers: BufferBudget = BufferBudget(limit: .max),
        reporting: Reporting = Reporting()
    ) {
        self.reporting = reporting
        self.store = store
        self.logger = logger
        self.notices = notices
        self.ledger = ledger
        self.reading = reading
        self.buffers = buffers
    }

    deinit {
        release()
    }

    package var onError: Action { store.engine.config.milter.onError }

    package func connected(host: String, address: String?) {
        // Postfix passes "[addr]" as the host name when it did not look the peer up.
        client = address.map { host == "[\($0)]" ? host : "\(host)[\($0)]" } ?? host
        clientAddress = address
    }

    package func helo(_ name: String) {
        heloName = name
    }

    package func mailFrom(_ sender: String, authenticated: Bool = false) {
        release()
        message = PendingMessage(engine: store.engine, sender: sender, authenticated: authenticated)
    }

    package func recipient(_ address: String) {
        message?.recipients.append(address)
    }

    @discardableResult
    package func header(name: String, value: String) -> StageResult {
        guard message != nil else { return .proceed }
        let lowered = name.lowercased()
        if lowered.hasPrefix(Self.verdictHeaderPrefix) {
            message!.edits.forgedHeaders.add(name)
        }
        if lowered == "subject", message!.edits.subject == nil { message!.edits.subject = value }
        if lowered == "message-id", message!.messageID == nil { message!.messageID = value }
        if lowered == Self.markHeader { message!.marks.append(value) }
        var line = "\(name): \(value)\r\n"
        return line.withUTF8 { buffer(UnsafeRawBufferPointer($0)) }
    }

    private static let verdictHeaderPrefix = Verdict.headerName.lowercased()
    private static let markHeader = OwnMailMark.header.lowercased()

    @discardableResult
    package func endOfHeaders() -> StageResult {
        [UInt8(13), 10].withUnsafeBytes { buffer($0) }
    }

    @discardableResult
    package func body(_ chunk: UnsafeBufferPointer<UInt8>) -> StageResult {
        buffer(UnsafeRawBufferPointer(chunk))
    }

    package func abort() {
        release()
        message = nil
    }

    /// Keeps the message's bytes for the reader, within the per-message and the all-sessions
    /// bounds. Past the first the message is decided unread; past the second it waits.
    private func buffer(_ bytes: UnsafeRawBufferPointer) -> StageResult {
        guard message != nil else { return .proceed }
        message!.size += bytes.count
        guard let pending = message, !pending.oversize, pending.refused == nil else { return .proceed }
        let limits = pending.engine.config.buffering
        if pending.spool.count + bytes.count > limits.maxMessageBytes {
            release()
            message!.oversize = true
            return .proceed
        }
        guard buffers.reserve(bytes.count) else {
            return refuse("MailGuard is busy (too much mail in progress); please try again later.",
                          log: "message refused for now: buffer limit of all sessions reached", limits: limits)
        }
        guard pending.spool.append(bytes) else {
            buffers.free(bytes.count)
            return refuse("MailGuard cannot hold the message right now; please try again later.",
                          log: "message refused for now: cannot create or write its memory file", limits: limits)
        }
        return .proceed
    }

    /// Drops what was buffered and keeps a 451 4.3.2 for the end of the message.
    private func refuse(_ text: String, log: Logger.Message, limits: BufferLimits) -> StageResult {
        release()
        let reply = Self.busyReply(text)
        message!.refused = reply
        logger.warning(log, metadata: ["client": "\(client)", "limit_mib": "\(limits.maxBufferedBytes >> 20)"])
        return .tempfail(reply)
    }

    /// Gives the buffered bytes back to the all-sessions budget.
    private func release() {
        guard let count = message?.spool.count, count > 0 else { return }
        buffers.free(count)
        message!.spool = MessageSpool()
    }

    package static func busyReply(_ text: String) -> SMTPReply {
        SMTPReply(code: "451", extended: "4.3.2", text: text)
    }

    /// Checks the message, applies the verdict and writes the one log line for it.
    package func endOfMessage(queueID: String?, actions: some MilterActions) -> MilterStatus {
        let queueID = queueID ?? "NOQUEUE"
        guard let message else {
            logger.error("end of message without a message in progress", metadata: ["queue_id": "\(queueID)", "client": "\(client)"])
            return status(for: onError)
        }
        defer {
            release()
            self.message = nil
        }
        if let reply = message.refused {
            actions.setReply(reply)
            return .tempfail
        }
        let started = ContinuousClock.now
        let envelope = Envelope(
            sender: message.sender, recipients: message.recipients,
            authenticated: message.authenticated, clientAddress: clientAddress
        )
        if isOwnMail(message, envelope: envelope) {
            actions.perform(message.edits.forgedHeaderDeletions)
            reporting.metrics?.ownMailAccepted()
            logger.info("own mail accepted by its mark", metadata: ["queue_id": "\(queueID)", "rcpts": "\(message.recipients.count)"])
            return .proceed
        }
        let engine = message.engine
        let inspection: InspectionResult
        var scanSeconds: Double?
        if message.oversize {
            inspection = .unread("message", .tooLarge, "larger than \(engine.config.buffering.maxMessageBytes >> 20) MiB", action: engine.config.inspection.onUnscannable)
        } else {
            let reading = self.reading.inspect(message.spool, engine: engine, queueID: queueID, scope: engine.conductScope(envelope))
            scanSeconds = (ContinuousClock.now - started).seconds
            switch reading {
            case .inspected(let read):
                inspection = read
            case .busy(let why):
                logger.warning("message deferred: no reader free", metadata: [
                    "queue_id": "\(queueID)", "from": "<\(Envelope.withoutAngles(message.sender))>", "client": "\(client)", "reason": "\(why)",
                ])
                actions.setReply(Self.busyReply("MailGuard is busy; please try again later."))
                return .tempfail
            }
        }
        let decision = Decider.decide(inspection, envelope: envelope, engine: engine, edits: message.edits, ledger: ledger, queueID: queueID)
        actions.perform(decision.actions)
        for mail in decision.mails { notices.send(mail, about: queueID) }
        var metadata = decision.logFields
        metadata["queue_id"] = "\(queueID)"
        metadata["from"] = "<\(Envelope.withoutAngles(message.sender))>"
        metadata["rcpts"] = "\(message.recipients.count)"
        metadata["client"] = "\(client)"
        if !heloName.isEmpty { metadata["helo"] = "\(heloName)" }
        logger.info("message checked", metadata: metadata)
        reporting.decided(decision.verdict, envelope: envelope, queueID: queueID, client: client, size: message.size, notice: decision.notice,
                          scanSeconds: scanSeconds, totalSeconds: (ContinuousClock.now - started).seconds)
        return decision.status
    }

    /// A notice, digest or alert this instance submitted: null sender, exactly one mark, valid
    /// for its Message-ID. (Postfix shows local submissions to milters as localhost[127.0.0.1],
    /// so the client tells nothing; the mark does.)
    private func isOwnMail(_ message: PendingMessage, envelope: Envelope) -> Bool {
        guard let marks = reporting.marks, envelope.sender.isEmpty, message.marks.count == 1 else { return false }
        return marks.accept(messageID: message.messageID, mark: message.marks[0])
    }

    /// The status for an error, per `milter.on_error`.
    package func status(for action: Action) -> MilterStatus {
        switch action {
        case .reject: .reject
        case .accept: .proceed
        default: .tempfail
        }
    }
}

/// Occurrences per header name, compared without case as Postfix does when it numbers
/// headers for deletion; each name is kept as first spelled. Linear in the headers added.
package struct HeaderCounts: Equatable {
    package private(set) var counts: [(name: String, count: Int)] = []
    private var index: [String: Int] = [:]

    package mutating func add(_ name: String) {
        let key = name.lowercased()
        if let position = index[key] {
            counts[position].count += 1
        } else {
            index[key] = counts.count
            counts.append((name, 1))
        }
    }

    package static func == (lhs: HeaderCounts, rhs: HeaderCounts) -> Bool {
        lhs.counts.elementsEqual(rhs.counts) { $0.name == $1.name && $0.count == $1.count }
    }
}

/// Continue with the message, or stop it at this stage with a reply.
package enum StageResult: Equatable {
    case proceed
    case tempfail(SMTPReply)
}

/// Bytes buffered by all sessions together, against `limits.max_buffered_mib`.
package final class BufferBudget: Sendable {
    private let used = Atomic<Int>(0)
    package let limit: Int

    package init(limit: Int) {
        self.limit = limit
    }

    package var buffered: Int { used.load(ordering: .relaxed) }

    /// Counts `bytes` in; false (and nothing counted) when that would pass the limit.
    package func reserve(_ bytes: Int) -> Bool {
        var current = used.load(ordering: .relaxed)
        while true {
            guard current + bytes <= limit else { return false }
            let (exchanged, original) = used.compareExchange(expected: current, desired: current + bytes, ordering: .relaxed)
            if exchanged { return true }
            current = original
        }
    }

    package func free(_ bytes: Int) {
        used.subtract(bytes, ordering: .relaxed)
    }
}
