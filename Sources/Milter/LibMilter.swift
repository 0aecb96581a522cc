import CMilter
import Configuration
import Foundation
import Glibc
import Logging
import Operations
import Policy
import SharedStore
import Storage
import Synchronization
import Workers

/// What the C callbacks need and cannot capture: set once before `smfi_main`.
private struct MilterRuntime: Sendable {
    let logger: Logger
    /// A session for a new connection, sharing the engine store, ledger, workers, buffer
    /// budget and reporting.
    let session: @Sendable () -> MilterSession
}

private let runtime = Mutex<MilterRuntime?>(nil)

/// Runs the milter until SIGTERM: opens the socket from the config, registers the
/// callbacks, reloads on SIGUSR1 and returns when libmilter stops.
package enum MilterServer {
    package struct StartError: Error, CustomStringConvertible {
        package var description: String
    }

    package static func run(store: EngineStore, ledgerStore: SQLiteLedger, logger: Logger) throws(StartError) {
        let config = store.engine.config
        let settings = config.milter
        let metrics = MailMetrics()
        let ledger: PersistentLedger
        do {
            ledger = try PersistentLedger(store: ledgerStore, retention: { store.engine.config.policy.bulk.retention }) { error, pending in
                metrics.ledgerFailed()
                logger.error("bulk ledger entries not written; limits hold from memory, retrying with the next batch", metadata: [
                    "path": "\(config.ledgerPath)", "error": "\(error)", "waiting": "\(pending)",
                ])
            }
        } catch {
            throw StartError(description: "cannot read the bulk ledger \(config.ledgerPath): \(error)")
        }
        let pool = WorkerPool(engine: store.engine, logger: logger) { metrics.workerRestarted() }
        let marks = OwnMailMark(domain: config.notices.from.split(separator: "@").last.map(String.init) ?? "localhost")
        let notices = SendmailNoticeSender(store: store, logger: logger, marks: marks)
        let reporting = Reporting(audit: AuditTrail.open(config, metrics: metrics, logger: logger), metrics: metrics,
                                  digest: ComplianceDigest(store: store, sender: notices, logger: logger), marks: marks)
        // After the audit trail is opened (its directory made): the shipper reads it.
        let shared: SharedStoreRuntime?
        do {
            shared = try SharedStoreRuntime.open(config, local: ledger, retention: { store.engine.config.policy.bulk.retention },
                                                 metrics: metrics, logger: logger)
        } catch {
            throw StartError(description: "cannot use the shared store: \(error)")
        }
        let windows: Ledger = shared?.ledger ?? ledger
        runtime.withLock {
            let buffers = BufferBudget(limit: config.buffering.maxBufferedBytes)
            $0 = MilterRuntime(logger: logger) {
                MilterSession(store: store, logger: logger, notices: notices, ledger: windows, reading: pool, buffers: buffers, reporting: reporting)
            }
        }
        signal(SIGPIPE, SIG_IGN)
        let instance = InstanceFiles(pidFile: settings.pidFile, logger: logger)
        startReloadThread(store: store, pool: pool, logger: logger) { report in
            metrics.reloaded(report.ok)
            instance.reported(report)
        }

        if case .unix(let path) = settings.socket {
            let directory = (path as NSString).deletingLastPathComponent
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        }
        guard mg_smfi_setconn(settings.socket.description) == MI_SUCCESS else {
            throw StartError(description: "cannot use milter socket \(settings.socket)")
        }
        guard register() == MI_SUCCESS else { throw StartError(description: "smfi_register failed") }
        guard smfi_opensocket(true) == MI_SUCCESS else {
            throw StartError(description: "cannot open milter socket \(settings.socket) (in use, or directory missing or not writable)")
        }
        switch settings.socket {
        case .unix(let path):
            try secure(path: path, settings: settings)
        case .inet, .inet6:
            setNoDelayOnListeningSockets()
        }
        if let user = settings.runAs { try become(user) }
        // Workers start after the privilege drop, so they never run as root.
        pool.start()
        reporting.audit?.start()
        reporting.digest?.start()
        ledger.start()
        shared?.start()
        MetricsServer.start(config.metrics, metrics: metrics) { logger.error("\($0)") }
        instance.started(ReloadReport(ok: true, loaded: store.engine.files, rules: store.engine.rules.rules.count))
        logger.notice("milter started", metadata: ["socket": "\(settings.socket)", "rules": "\(store.engine.rules.rules.count)"])
        let result = smfi_main()
        pool.stop()
        reporting.digest?.stop()
        reporting.audit?.stop()
        shared?.stop()
        ledger.stop()
        instance.stopped()
        logger.notice("milter stopped", metadata: ["status": "\(result)"])
    }

    private static func register() -> Int32 {
        let description = smfiDesc(
            xxfi_name: strdup("mailguard"), xxfi_version: mg_smfi_version(), xxfi_flags: MilterNegotiation.actions,
            xxfi_connect: onConnect, xxfi_helo: onHelo, xxfi_envfrom: onMailFrom, xxfi_envrcpt: onRecipient,
            xxfi_header: onHeader, xxfi_eoh: onEndOfHeaders, xxfi_body: onBody, xxfi_eom: onEndOfMessage,
            xxfi_abort: onAbort, xxfi_close: onClose, xxfi_unknown: nil,
            // Registered so Postfix does not send a lone macro packet that stalls on Nagle.
            xxfi_data: onData,
            xxfi_negotiate: onNegotiate
        )
        return smfi_register(description)
    }

    /// Gives the unix socket the configured mode and group, so Postfix can connect.
    private static func secure(path: String, settings: MilterSettings) throws(StartError) {
        guard chmod(path, mode_t(settings.socketMode)) == 0 else {
            throw StartError(description: "cannot chmod \(path): \(String(cString: strerror(errno)))")
        }
        if let group = settings.socketGroup {
            guard let entry = getgrnam(group) else { throw StartError(description: "unknown socket group '\(group)'") }
            guard chown(path, uid_t.max, entry.pointee.gr_gid) == 0 else {
                throw StartError(description: "cannot give \(path) to group \(group): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Drops root for `user` (its groups too), once the socket is open.
    private static func become(_ user: String) throws(StartError) {
        guard let entry = getpwnam(user) else { throw StartError(description: "milter.run_as: no user '\(user)'") }
        let uid = entry.pointee.pw_uid, gid = entry.pointee.pw_gid
        guard initgroups(entry.pointee.pw_name, gid) == 0, setgid(gid) == 0, setuid(uid) == 0 else {
            throw StartError(description: "milter.run_as: cannot become \(user): \(String(cString: strerror(errno)))")
        }
    }

    /// libmilter never sets TCP_NODELAY, and its small end-of-message writes then wait on
    /// delayed ACKs. Linux copies the option from a listening socket to accepted ones, and
    /// libmilter does not expose its socket, so find it among our descriptors.
    private static func setNoDelayOnListeningSockets() {
        for fd in Int32(3)..<Int32(1024) {
            var listening: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            guard getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &length) == 0, listening == 1 else { continue }
            var on: Int32 = 1
            setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
        }
    }

    /// Blocks the signals the milter takes itself. Called first thing in `mailguard run`,
    /// before any thread starts (the config, the model, GRDB and Dispatch start some), so
    /// every thread inherits the mask and none can die of SIGUSR1's default action: SIGUSR1
    /// is taken by the reload thread's sigwait, SIGTERM/SIGINT/SIGHUP by libmilter's own
    /// signal thread.
    package static func blockSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for number in [SIGUSR1, SIGTERM, SIGINT, SIGHUP] { sigaddset(&signals, number) }
        pthread_sigmask(SIG_BLOCK, &signals, nil)
    }

    /// SIGUSR1 reloads config and patterns (libmilter itself treats SIGHUP as "stop").
    private static func startReloadThread(store: EngineStore, pool: WorkerPool, logger: Logger, reported: @escaping @Sendable (ReloadReport) -> Void) {
        let thread = Thread {
            var wanted = sigset_t()
            sigemptyset(&wanted)
            sigaddset(&wanted, SIGUSR1)
            while true {
                var received: Int32 = 0
                guard sigwait(&wanted, &received) == 0 else { continue }
                logger.notice("SIGUSR1: reloading config and patterns")
                let report = store.reload(logger: logger)
                if report.ok { pool.use(store.engine) }
                reported(report)
            }
        }
        thread.name = "mailguard-reload"
        thread.start()
    }
}

// MARK: - Callbacks: find the session, hand off to Swift at once, map the status back.

/// The libmilter context as MilterActions. Reply text goes through libmilter's formatter,
/// so `%` is doubled.
private struct LibMilterActions: MilterActions {
    package let context: OpaquePointer

    package func addHeader(_ name: String, _ value: String) { _ = mg_smfi_addheader(context, name, value) }
    package func deleteHeader(_ name: String, index: Int) { _ = mg_smfi_deleteheader(context, name, Int32(index)) }
    package func changeHeader(_ name: String, _ value: String) { _ = mg_smfi_changeheader(context, name, value) }
    package func addRecipient(_ address: String) { _ = mg_smfi_addrcpt(context, "<\(address)>") }
    package func setReply(_ reply: SMTPReply) {
        let lines = reply.lines.map { $0.replacingOccurrences(of: "%", with: "%%") }
        guard lines.count > 1 else {
            _ = mg_smfi_setreply(context, reply.code, reply.extended, lines.first ?? "MailGuard")
            return
        }
        let padded: [String?] = lines.map { $0 } + Array(repeating: nil, count: SMTPReply.maxLines - lines.count)
        _ = withCStrings(padded) { p in
            mg_smfi_setmlreply6(context, reply.code, reply.extended, p[0], p[1], p[2], p[3], p[4], p[5])
        }
    }
    package func quarantine(_ reason: String) { _ = mg_smfi_quarantine(context, reason) }
}

private func session(_ context: OpaquePointer?) -> MilterSession? {
    guard let context, let raw = smfi_getpriv(context) else { return nil }
    return Unmanaged<MilterSession>.fromOpaque(raw).takeUnretainedValue()
}

private func code(_ status: MilterStatus) -> sfsistat {
    switch status {
    case .proceed: SMFIS_CONTINUE
    case .reject: SMFIS_REJECT
    case .tempfail: SMFIS_TEMPFAIL
    case .discard: SMFIS_DISCARD
    }
}

/// The status for a callback that finds no session: the configured on-error action.
private func missingSession(_ stage: String) -> sfsistat {
    guard let runtime = runtime.withLock({ $0 }) else { return SMFIS_TEMPFAIL }
    runtime.logger.error("milter callback without a session", metadata: ["stage": "\(stage)"])
    let probe = runtime.session()
    return code(probe.status(for: probe.onError))
}

private func string(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
}

/// Before connect, once per connection: the session starts here so it knows which steps
/// the MTA will not wait on.
private func onNegotiate(
    _ context: OpaquePointer?, _ actions: UInt, _ steps: UInt, _ reserved2: UInt, _ reserved3: UInt,
    _ agreedActions: UnsafeMutablePointer<UInt>?, _ agreedSteps: UnsafeMutablePointer<UInt>?,
    _ agreed2: UnsafeMutablePointer<UInt>?, _ agreed3: UnsafeMutablePointer<UInt>?
) -> sfsistat {
    guard let context, let runtime = runtime.withLock({ $0 }) else { return SMFIS_REJECT }
    // Without every action (holding, copying, headers) a verdict could not be applied: the
    // MTA then treats the milter as unavailable (milter_default_action) instead of passing mail.
    guard actions & MilterNegotiation.actions == MilterNegotiation.actions else {
        runtime.logger.critical("the MTA does not offer the milter actions MailGuard needs", metadata: ["offered": "\(actions)"])
        return SMFIS_REJECT
    }
    let session = runtime.session()
    session.stepsWithoutReply = steps & MilterNegotiation.stepsWithoutReply
    agreedActions?.pointee = actions & MilterNegotiation.actions
    agreedSteps?.pointee = steps & MilterNegotiation.steps
    agreed2?.pointee = 0
    agreed3?.pointee = 0
    smfi_setpriv(context, Unmanaged.passRetained(session).toOpaque())
    return SMFIS_CONTINUE
}

private func onConnect(_ context: OpaquePointer?, _ host: UnsafeMutablePointer<CChar>?, _ address: UnsafeMutablePointer<sockaddr>?) -> sfsistat {
    guard let context, let runtime = runtime.withLock({ $0 }) else { return SMFIS_TEMPFAIL }
    let session = session(context) ?? {
        // An MTA that did not negotiate (protocol before version 6).
        let session = runtime.session()
        smfi_setpriv(context, Unmanaged.passRetained(session).toOpaque())
        return session
    }()
    session.connected(host: string(host), address: address.flatMap(numericHost))
    return proceed(session, SMFIP_NR_CONN)
}

private func onHelo(_ context: OpaquePointer?, _ name: UnsafeMutablePointer<CChar>?) -> sfsistat {
    guard let session = session(context) else { return missingSession("helo") }
    session.helo(string(name))
    return proceed(session, SMFIP_NR_HELO)
}

private func onMailFrom(_ context: OpaquePointer?, _ arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> sfsistat {
    guard let context, let session = session(context) else { return missingSession("envfrom") }
    let authenticated = mg_smfi_getsymval(context, "{auth_authen}").map { String(cString: $0).isEmpty == false } ?? false
    session.mailFrom(string(arguments?.pointee), authenticated: authenticated)
    return proceed(session, SMFIP_NR_MAIL)
}

private func onRecipient(_ context: OpaquePointer?, _ arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> sfsistat {
    guard let session = session(context) else { return missingSession("envrcpt") }
    session.recipient(string(arguments?.pointee))
    return proceed(session, SMFIP_NR_RCPT)
}

private func onData(_ context: OpaquePointer?) -> sfsistat {
    guard let session = session(context) else { return missingSession("data") }
    return proceed(session, SMFIP_NR_DATA)
}

private func onHeader(_ context: OpaquePointer?, _ name: UnsafeMutablePointer<CChar>?, _ value: UnsafeMutablePointer<CChar>?) -> sfsistat {
    guard let context, let session = session(context) else { return missingSession("header") }
    return code(session.header(name: string(name), value: string(value)), session, SMFIP_NR_HDR, context)
}

private func onEndOfHeaders(_ context: OpaquePointer?) -> sfsistat {
    guard let context, let session = session(context) else { return missingSession("eoh") }
    return code(session.endOfHeaders(), session, SMFIP_NR_EOH, context)
}

private func onBody(_ context: OpaquePointer?, _ bytes: UnsafeMutablePointer<UInt8>?, _ length: Int) -> sfsistat {
    guard let context, let session = session(context) else { return missingSession("body") }
    return code(session.body(UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : length)), session, SMFIP_NR_BODY, context)
}

/// "Go on": no reply at all when the MTA agreed not to wait for one at this step.
private func proceed(_ session: MilterSession, _ step: Int) -> sfsistat {
    session.stepsWithoutReply & UInt(step) != 0 ? SMFIS_NOREPLY : SMFIS_CONTINUE
}

/// A stage's answer; a refusal carries its reply. At a step without replies a refusal waits
/// for end of message (the session keeps it).
private func code(_ result: StageResult, _ session: MilterSession, _ step: Int, _ context: OpaquePointer) -> sfsistat {
    switch result {
    case .proceed:
        return proceed(session, step)
    case .tempfail(let reply):
        guard session.stepsWithoutReply & UInt(step) == 0 else { return SMFIS_NOREPLY }
        LibMilterActions(context: context).setReply(reply)
        return SMFIS_TEMPFAIL
    }
}

private func onEndOfMessage(_ context: OpaquePointer?) -> sfsistat {
    guard let context, let session = session(context) else { return missingSession("eom") }
    let queueID = mg_smfi_getsymval(context, "i").map { String(cString: $0) }
    return code(session.endOfMessage(queueID: queueID, actions: LibMilterActions(context: context)))
}

private func onAbort(_ context: OpaquePointer?) -> sfsistat {
    session(context)?.abort()
    return SMFIS_CONTINUE
}

/// May arrive without a connect (the private pointer is then nil).
private func onClose(_ context: OpaquePointer?) -> sfsistat {
    if let context, let raw = smfi_getpriv(context) {
        Unmanaged<MilterSession>.fromOpaque(raw).release()
        smfi_setpriv(context, nil)
    }
    return SMFIS_CONTINUE
}

private func numericHost(_ address: UnsafeMutablePointer<sockaddr>) -> String? {
    let length: socklen_t
    switch Int32(address.pointee.sa_family) {
    case AF_INET: length = socklen_t(MemoryLayout<sockaddr_in>.size)
    case AF_INET6: length = socklen_t(MemoryLayout<sockaddr_in6>.size)
    default: return nil
    }
    var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
    guard getnameinfo(address, length, &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST) == 0 else { return nil }
    return String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
