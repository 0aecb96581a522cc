import Detectors
import Foundation
import Inspection
import Policy
import Storage
import Testing

/// Bulk checks against a real SQLite ledger, with the clock injected.
@Suite("Bulk limits and the SQLite ledger")
struct BulkTests {
    static let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    static func settings(messages: Int = 3, seconds: Int = 10, maxRecipients: Int = 20) -> BulkSettings {
        var settings = BulkSettings()
        settings.exempt = ["announcements"]
        settings.limits = [BulkSettings.Limit(groups: ["students"], maxRecipients: maxRecipients,
                                              windows: [BulkSettings.Window(seconds: seconds, messages: messages)])]
        return settings
    }

    static let directory: Directory = {
        var directory = Directory()
        directory.internalDomains = ["district.example"]
        directory.groups = [Group(name: "students", domains: ["students.district.example"]),
                            Group(name: "announcements", addresses: ["news@district.example"])]
        return directory
    }()

    static func facts(_ sender: String = "kid@students.district.example", recipients: Int = 1) -> MessageFacts {
        MessageFacts(envelope: Envelope(sender: sender, recipients: (0..<recipients).map { "r\($0)@district.example" }, authenticated: true),
                     directory: directory)
    }

    /// Checks and, when nothing was found, charges: what the milter does for an accepted message.
    static func send(_ ledger: Ledger, _ settings: BulkSettings, at time: Date, facts: MessageFacts = facts()) throws -> [String] {
        try ledger.transaction { transaction in
            let check = BulkCheck(settings: settings, facts: facts, fingerprint: nil, now: time)
            let found = try check.findings(transaction)
            if found.isEmpty { try check.charge(transaction) }
            return found.map(\.kind)
        }
    }

    /// The ledger in memory alone and the milter's (in memory, written behind to SQLite) behave alike.
    static let ledgers: [@Sendable () throws -> any Ledger] = [{ MemoryLedger() }, { try PersistentLedger(store: try SQLiteLedger(), retention: { 3600 }) }]

    @Test("a window allows exactly its count, and frees up when the oldest entry leaves it", arguments: ledgers.indices)
    func window(_ kind: Int) throws {
        let ledger = try Self.ledgers[kind]()
        let settings = Self.settings()
        for second in 0..<3 { #expect(try Self.send(ledger, settings, at: Self.t0 + Double(second)).isEmpty) }
        #expect(try Self.send(ledger, settings, at: Self.t0 + 3) == [BulkSettings.rateKind])
        #expect(try Self.send(ledger, settings, at: Self.t0 + 9.999) == [BulkSettings.rateKind])  // t0 still inside
        #expect(try Self.send(ledger, settings, at: Self.t0 + 10).isEmpty)                       // t0 just left
        #expect(try Self.send(ledger, settings, at: Self.t0 + 10.5) == [BulkSettings.rateKind])   // t0+1, t0+2, t0+10
    }

    @Test("the rate notice says which limit and when it resets")
    func notice() throws {
        let ledger = MemoryLedger()
        let settings = Self.settings(messages: 1)
        _ = try Self.send(ledger, settings, at: Self.t0)
        let finding = try ledger.transaction { try BulkCheck(settings: settings, facts: Self.facts(), fingerprint: nil, now: Self.t0 + 1).findings($0) }.first
        #expect(finding?.note == "over the limit of 1 messages per 10 s; try again after 2027-01-15T08:00:11Z")
        #expect(finding?.action == .tempfail)
    }

    @Test("recipients per message by group; exempt groups are never limited", arguments: [
        ("kid@students.district.example", 20, [String]()),
        ("kid@students.district.example", 21, [BulkSettings.recipientsKind]),
        ("news@district.example", 500, []),
        ("teacher@district.example", 500, []),   // no limit row for staff here
    ])
    func recipients(_ sender: String, _ count: Int, _ expected: [String]) throws {
        let found = try BulkCheck(settings: Self.settings(), facts: Self.facts(sender, recipients: count), fingerprint: nil, now: Self.t0).findings(nil)
        #expect(found.map(\.kind) == expected)
    }

    @Test("the file keeps entries across a reopen, gives back those after a time, and prunes old ones")
    func pruneAndRestart() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let entries = (0..<3).map { LedgerEntry(kind: "messages", subject: "kid@students.district.example", value: 0, weight: 1, at: Self.t0 + Double($0)) }
        try SQLiteLedger(path: path).append(entries)
        let reopened = try SQLiteLedger(path: path)
        #expect(try reopened.entries(since: Self.t0 - 1) == entries)
        #expect(try reopened.entries(since: Self.t0 + 0.5) == Array(entries.dropFirst()))
        try reopened.prune(before: Self.t0 + 1)
        #expect(try reopened.entries(since: Self.t0 - 1) == [entries[2]])
    }

    @Test("many parallel sessions charging one sender count exactly", arguments: ledgers.indices)
    func concurrency(_ kind: Int) async throws {
        let ledger = try Self.ledgers[kind]()
        let settings = Self.settings(messages: 100, seconds: 3600)
        let accepted = try await withThrowingTaskGroup(of: Int.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var accepted = 0
                    for index in 0..<25 where try Self.send(ledger, settings, at: Self.t0 + Double(worker * 25 + index) / 1000).isEmpty {
                        accepted += 1
                    }
                    return accepted
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(accepted == 100)
        #expect(try ledger.transaction { try $0.total(kind: "messages", subject: "kid@students.district.example", since: Self.t0 - 1) } == 100)
    }
}

@Suite("The milter's ledger: in memory, written behind")
struct PersistentLedgerTests {
    static let sender = "kid@students.district.example"

    static func total(_ ledger: Ledger, since: Date = BulkTests.t0 - 1) throws -> Int {
        try ledger.transaction { try $0.total(kind: "messages", subject: sender, since: since) }
    }

    @Test("entries reach the file in batches; a restart counts from what was written")
    func restart() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString).sqlite").path
        let now = Date()
        do {
            let ledger = try PersistentLedger(store: try SQLiteLedger(path: path), retention: { 3600 }, now: now)
            ledger.start()
            for second in 0..<3 { _ = try BulkTests.send(ledger, BulkTests.settings(seconds: 3600), at: now - 10 + Double(second)) }
            #expect(try Self.total(ledger, since: now - 60) == 3)
            ledger.stop()
        }
        #expect(try SQLiteLedger(path: path).entries(since: now - 60).filter { $0.kind == "messages" }.count == 3)
        let restarted = try PersistentLedger(store: try SQLiteLedger(path: path), retention: { 3600 }, now: now)
        #expect(try Self.total(restarted, since: now - 60) == 3)
        #expect(try BulkTests.send(restarted, BulkTests.settings(seconds: 3600), at: now) == [BulkSettings.rateKind])
        // Entries older than the windows in force are not read back.
        let shorter = try PersistentLedger(store: try SQLiteLedger(path: path), retention: { 5 }, now: now)
        #expect(try Self.total(shorter, since: now - 60) == 0)
    }

    @Test("no ledger work for a message no window or fan-out applies to", arguments: [
        ("kid@students.district.example", true),     // a students row with a window
        ("news@district.example", false),           // exempt
        ("teacher@district.example", false),        // no row for staff here
        ("someone@outside.example", false),         // outside senders: only a row naming external
        ("", false),                                // a bounce
    ])
    func needsLedger(_ sender: String, _ needed: Bool) throws {
        let check = BulkCheck(settings: BulkTests.settings(), facts: BulkTests.facts(sender), fingerprint: nil, now: BulkTests.t0)
        #expect(check.needsLedger == needed)
        let ledger = MemoryLedger()
        _ = try BulkTests.send(ledger, BulkTests.settings(), at: BulkTests.t0, facts: BulkTests.facts(sender))
        #expect(ledger.count == (needed ? 2 : 0))
    }

    @Test("rows without senders limit district senders; outside senders only by a row naming external")
    func outsideSendersOptIn() throws {
        var settings = BulkTests.settings(messages: 1, seconds: 3600)
        settings.limits.append(BulkSettings.Limit(windows: [BulkSettings.Window(seconds: 3600, messages: 1)]))
        let outside = BulkTests.facts("noreply@platform.example")
        let staff = BulkTests.facts("teacher@district.example")
        let ledger = MemoryLedger()
        for _ in 0..<3 { #expect(try BulkTests.send(ledger, settings, at: BulkTests.t0, facts: outside).isEmpty) }
        #expect(try BulkTests.send(ledger, settings, at: BulkTests.t0, facts: staff).isEmpty)
        #expect(try BulkTests.send(ledger, settings, at: BulkTests.t0, facts: staff) == [BulkSettings.rateKind])
        settings.limits.append(BulkSettings.Limit(groups: [MessageFacts.externalGroup], windows: [BulkSettings.Window(seconds: 3600, messages: 2)]))
        let optedIn = MemoryLedger()
        for _ in 0..<2 { #expect(try BulkTests.send(optedIn, settings, at: BulkTests.t0, facts: outside).isEmpty) }
        #expect(try BulkTests.send(optedIn, settings, at: BulkTests.t0, facts: outside) == [BulkSettings.rateKind])
    }
}

@Suite("Content fingerprints")
struct FingerprintTests {
    static let letter = """
        Dear friend, our school raffle is this Friday in the gym. Tickets are two dollars each and every \
        ticket helps the library buy new books for the reading corner. Please bring your family and \
        neighbours, there will be cookies, music and a bake sale table run by the fourth grade. \
        Thank you for supporting our readers. See you there!
        """

    static func fingerprint(_ text: String) -> UInt64 {
        var fingerprinter = Fingerprinter()
        fingerprinter.add(text)
        return fingerprinter.fingerprint
    }

    @Test("slight variations stay close", arguments: [
        letter.replacingOccurrences(of: "Dear friend", with: "Hi Maria"),
        letter.replacingOccurrences(of: "See you there!", with: "Hope to see you, Mr. Lee"),
        letter.replacingOccurrences(of: "there will be cookies, music and a bake sale table run by the fourth grade.", with: "there will be pizza."),
        letter.uppercased(),
    ])
    func variants(_ variant: String) {
        #expect(Fingerprinter.distance(Self.fingerprint(Self.letter), Self.fingerprint(variant)) <= 10)
    }

    @Test("unrelated messages are far apart", arguments: [
        "The field trip to the science museum leaves at eight. Bring a packed lunch, a water bottle and the signed permission slip. Buses return by three and parents can pick up students at the front office after the last bell rings today.",
        "Reminder: staff meeting moved to Thursday in room 104. Agenda: report cards, the new attendance system, and playground duty rotation for the spring term. Please read the attached handbook changes before we meet and bring questions.",
    ])
    func unrelated(_ other: String) {
        #expect(Fingerprinter.distance(Self.fingerprint(Self.letter), Self.fingerprint(other)) > 16)
    }
}
