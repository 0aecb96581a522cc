import Configuration
import Foundation
import Policy
@testable import SharedStore
import Storage
import Synchronization
import Testing

/// A loopback port nothing listens on: connecting is refused at once.
private func closedPort() -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
    return Int(UInt16(bigEndian: address.sin_port))
}

@Suite("Shared store")
struct SharedStoreTests {
    @Test("[store]: a postgres URL without a password, a server name; everything else is a problem naming the key", arguments: [
        ("url = \"postgres://mailguard@db.example/mailguard\"", nil),
        ("url = \"postgresql://db.example/mailguard?sslmode=verify-full\"", nil),
        ("url = \"mysql://db.example/mailguard\"", "store.url"),
        ("url = \"postgres://mailguard:hunter2hunter2@db.example/mailguard\"", "store.url"),
        ("url = \"postgres://mailguard@db.example/mailguard?sslmode=require&password=hunter2hunter2\"", "store.url"),
        ("url = \"postgress://mailguard:hunter2hunter2@db.example/mailguard\"", "store.url"),
        ("server = \"mx 1\"", "store.server"),
        ("server = \"\"", "store.server"),
        ("timeout_ms = 5", "store.timeout_ms"),
        ("connections = 0", "store.connections"),
        ("colour = \"blue\"", "store.colour"),
    ] as [(String, String?)])
    func settings(line: String, problemKey: String?) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mailguard-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("mailguard.toml")
        try "[store]\n\(line)\n".write(to: file, atomically: true, encoding: .utf8)
        switch ConfigLoader.load(file.path) {
        case .success(let config):
            #expect(problemKey == nil, "\(line) loaded")
            #expect(config.store.timeoutMilliseconds == 200 && config.store.connections == 4 && config.store.retrySeconds == 5)
        case .failure(let problems):
            let key = try #require(problemKey, "\(line): \(problems)")
            #expect(problems.description.contains(key), "\(problems)")
            // The password in a refused URL is not repeated in the problem.
            #expect(!problems.description.contains("hunter2"), "\(problems)")
        }
    }

    @Test("the password comes from the file's first line, else the environment, and never shows in the URL printed")
    func password() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("store-password-\(UUID().uuidString)")
        try "s3cret-Pass\nignored\n".write(to: file, atomically: true, encoding: .utf8)
        var settings = StoreSettings()
        settings.url = "postgres://mailguard@db.example/mailguard"
        #expect(try settings.password(environment: [StoreSettings.passwordVariable: "from-env"]) == "from-env")
        #expect(try settings.password(environment: [:]) == nil)
        settings.passwordFile = file.path
        #expect(try settings.password(environment: [StoreSettings.passwordVariable: "from-env"]) == "s3cret-Pass")
        let shown = [
            "postgres://u:pw@h/db": "postgres://u:***@h/db",
            "postgres://u@h/db": "postgres://u@h/db",
            "postgres://u@h:5432/db?sslmode=require&password=pw&connect_timeout=3": "postgres://u@h:5432/db?***",
            "postgresql://h/db?PASSWORD=pw": "postgresql://h/db?***",
            "postgresql://h/db?pass%77ord=pw": "postgresql://h/db?***",
            "postgres://u@h/db?sslmode=verify-full&sslrootcert=/etc/ca.pem": "postgres://u@h/db?sslmode=verify-full&sslrootcert=/etc/ca.pem",
            "postgres://u:p@ss@h/db": "postgres://u:***@h/db",
        ]
        for (url, redacted) in shown {
            #expect(PostgresEndpoint(url: url, timeout: .seconds(1)).redactedURL == redacted)
            #expect(StoreSettings.holdsPassword(url) == (url != redacted))
        }
    }

    @Test("a store that refuses connections: the server's own windows decide at once, the limit still holds, and the pool waits before trying again")
    func fallback() throws {
        let endpoint = PostgresEndpoint(url: "postgres://mailguard@127.0.0.1:\(closedPort())/mailguard", timeout: .milliseconds(500))
        let changes = Mutex<[Bool]>([])
        let pool = PostgresPool(endpoint: endpoint, size: 2, retryAfter: .seconds(60)) { up, _ in changes.withLock { $0.append(up) } }
        let errors = Mutex(0)
        let local = MemoryLedger()
        let ledger = SharedLedger(shared: PostgresLedger(pool: pool, server: "mx1", timeout: .milliseconds(100), retention: { 3600 }), local: local,
                                  retention: { 3600 }) { _, error in if error != nil { errors.withLock { $0 += 1 } } }
        let now = Date()
        func send() throws -> Bool {
            try ledger.transaction { transaction in
                let sent = try transaction.total(kind: "messages", subject: "pat@district.example", since: now.addingTimeInterval(-3600))
                guard sent < 3 else { return false }
                try transaction.add(LedgerEntry(kind: "messages", subject: "pat@district.example", at: now))
                return true
            }
        }
        let started = ContinuousClock.now
        #expect(try (0..<5).map { _ in try send() } == [true, true, true, false, false])
        #expect(ContinuousClock.now - started < .seconds(2))
        #expect(errors.withLock { $0 } == 5)
        #expect(local.count == 3)
        #expect(pool.isDown)
        #expect(changes.withLock { $0 } == [false])
    }

    @Test("a ledger with its own clock times the windows: an entry older than the window by that clock does not count")
    func ledgerClock() throws {
        struct Clocked: LedgerTransaction {
            let base: LedgerTransaction
            let now: Date?
            func total(kind: String, subject: String, since: Date) throws -> Int { try base.total(kind: kind, subject: subject, since: since) }
            func entries(kind: String, since: Date) throws -> [LedgerEntry] { try base.entries(kind: kind, since: since) }
            func add(_ entry: LedgerEntry) throws { try base.add(entry) }
            func prune(before: Date) throws { try base.prune(before: before) }
        }
        let local = Date(timeIntervalSince1970: 1_000_000)
        let database = local.addingTimeInterval(120)
        var settings = BulkSettings()
        settings.limits = [.init(windows: [.init(seconds: 60, messages: 1)])]
        var directory = Directory()
        directory.internalDomains = ["district.example"]
        let facts = MessageFacts(envelope: Envelope(sender: "pat@district.example", recipients: ["kim@district.example"], authenticated: true),
                                 directory: directory)
        let ledger = MemoryLedger(entries: [LedgerEntry(kind: "messages", subject: "pat@district.example", at: local.addingTimeInterval(-10))])
        let check = BulkCheck(settings: settings, facts: facts, fingerprint: nil, now: local)
        // By the caller's clock the earlier message is 10 s old (over the limit); by the
        // ledger's it is 130 s old (outside the window).
        #expect(try ledger.transaction { try check.findings($0) }.map(\.kind) == [BulkSettings.rateKind])
        #expect(try ledger.transaction { try check.findings(Clocked(base: $0, now: database)) }.isEmpty)
        try ledger.transaction { try check.charge(Clocked(base: $0, now: database)) }
        #expect(try ledger.transaction { try $0.entries(kind: "messages", since: local) }.map(\.at) == [database])
    }

    @Test("the audit outbox: records after an id, oldest first, and the count still waiting; one trail name per file")
    func outbox() throws {
        let store = try AuditStore()
        let name = try store.trailID()
        let again = try store.trailID()
        #expect(name.count == 36 && name == again)
        #expect(try AuditStore().trailID() != name)
        let records = (0..<5).map { index in
            AuditEntry(at: Date(timeIntervalSince1970: 1_000 + Double(index)), queueID: "Q\(index)", client: "127.0.0.1", sender: "pat@district.example",
                       senderGroups: ["staff"], recipients: [.init(address: "kim@district.example", direction: "internal")], verdict: "accept",
                       monitor: nil, findings: [], size: 100, scanMilliseconds: 1, totalMilliseconds: 2)
        }
        try store.write(records)
        let first = try store.records(afterID: 0, limit: 2)
        #expect(first.map(\.queueID) == ["Q0", "Q1"])
        let cursor = try #require(first.last?.recordID)
        #expect(try store.count(afterID: cursor) == 3)
        #expect(try store.records(afterID: cursor, limit: 10).map(\.queueID) == ["Q2", "Q3", "Q4"])
        #expect(try store.records(afterID: cursor, limit: 10).first?.recipients == records[2].recipients)
        // Ids are never given twice, even after pruning every record; a new trail name on request.
        #expect(try store.lastRecordID() == 5)
        try store.prune(before: Date(timeIntervalSince1970: 10_000))
        try store.write([records[0]])
        #expect(try store.records(afterID: 0, limit: 10).map(\.recordID) == [6])
        try store.renewTrailID()
        #expect(try store.trailID() != name)
    }
}
