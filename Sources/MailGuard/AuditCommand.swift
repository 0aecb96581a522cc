import ArgumentParser
import Foundation
import Operations
import Configuration
import Policy
import SharedStore
import Storage

/// `mailguard audit`: what MailGuard did to which messages, and why.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Search the audit trail, or count it for a report.",
        subcommands: [AuditListCommand.self, AuditSummaryCommand.self, AuditReviewsCommand.self],
        defaultSubcommand: AuditListCommand.self
    )
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// Filters shared by `audit` and `audit summary`.
struct AuditFilters: ParsableArguments {
    @Option(help: "From this time: 2026-11-30, '2026-11-30 14:00', or 90m, 24h, 7d ago.")
    var since: String?
    @Option(help: "Before this time (same forms as --since).")
    var until: String?
    @Option(help: "Envelope sender.")
    var sender: String?
    @Option(help: "One of the recipients.")
    var recipient: String?
    @Option(help: "A rule id that fired (ssn, student-roster, ...).")
    var rule: String?
    @Option(help: "A finding kind (ssn, payment-card, threat, ...).")
    var kind: String?
    @Option(help: "accept, tag, quarantine, reject, tempfail or discard.")
    var verdict: String?
    @Option(help: "internal, outbound, inbound or relay (any recipient).")
    var direction: String?
    @Option(name: .customLong("queue-id"), help: "A Postfix queue id.")
    var queueID: String?

    func query(limit: Int? = nil, now: Date = Date()) throws -> AuditQuery {
        let search = AuditSearch(since: since, until: until, sender: sender, recipient: recipient, rule: rule, kind: kind,
                                 verdict: verdict, direction: direction, queueID: queueID)
        switch search.query(limit: limit, now: now) {
        case .success(let query): return query
        case .failure(let problem): throw ValidationError("--\(problem.field): \(problem)")
        }
    }
}

/// Which trail: with a shared store (`[store] url`) the central one of every server, else
/// (or with `--local`) this server's own.
struct AuditSource: ParsableArguments {
    @Flag(help: "Read this server's own trail, even with a shared store.") var local = false
    @Option(help: "Only this mail server's records (its [store] server name), in the shared trail.") var server: String?

    func reader(_ config: Config) throws -> any AuditReading {
        if !local, let pool = try PostgresPool.background(config.store) { return CentralAudit(pool: pool) }
        if server != nil { throw ValidationError("--server reads the shared trail: it needs [store] url (and no --local)") }
        return try AuditTrail.store(config)
    }
}

struct AuditListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Messages matching the filters, newest first.")

    @OptionGroup var options: ConfigOption
    @OptionGroup var filters: AuditFilters
    @OptionGroup var source: AuditSource
    @Option(help: "table, csv or json.") var format: OutputFormat = .table
    @Option(help: "At most this many messages (0: all).") var limit = 100

    func run() throws {
        let config = try options.loadConfig()
        var query = try filters.query(limit: limit == 0 ? nil : limit)
        query.server = source.server
        let records = try source.reader(config).records(matching: query)
        switch format {
        case .table: print(AuditOutput.table(records))
        case .csv: print(AuditOutput.csv(records), terminator: "")
        case .json: print(try AuditOutput.json(records))
        }
    }
}

struct AuditSummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary", abstract: "Counts by rule and by sender group per day, week or month."
    )

    @OptionGroup var options: ConfigOption
    @OptionGroup var filters: AuditFilters
    @OptionGroup var source: AuditSource
    @Option(help: "day, week or month.") var by: String = "day"
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run() throws {
        guard let period = AuditSummary.Period(rawValue: by) else { throw ValidationError("--by must be day, week or month") }
        let config = try options.loadConfig()
        var query = try filters.query()
        query.server = source.server
        let summary = try source.reader(config).summary(matching: query, by: period)
        switch format {
        case .table: print(AuditOutput.table(summary, period: period))
        case .csv: print(AuditOutput.csv(summary), terminator: "")
        case .json: print(try AuditOutput.json(summary))
        }
    }
}

/// `mailguard audit reviews`: who read, released or deleted which held message, and why: the
/// CLI's records and the console's in one list.
struct AuditReviewsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reviews", abstract: "Reads, releases and deletes of held messages, newest first.")

    @OptionGroup var options: ConfigOption
    @Option(help: "From this time (as audit --since).") var since: String?
    @Option(help: "Reviewer: a console account or a login name.") var by: String?
    @Option(name: .customLong("queue-id"), help: "A Postfix queue id.") var queueID: String?
    @Option(help: "At most this many.") var limit = 100
    @OptionGroup var source: AuditSource

    func run() throws {
        let from = try since.map { text in
            guard let date = AuditTime.parse(text) else { throw ValidationError("--since: '\(text)' is not a date or an age (7d)") }
            return date
        }
        var query = ReviewQuery(since: from, by: by, queueID: queueID, limit: limit)
        query.server = source.server
        let reviews = try source.reader(try options.loadConfig()).reviews(matching: query)
        let queue = reviews.contains { $0.server != nil } ? "SERVER QUEUE ID" : "QUEUE ID"
        print(TextColumns.render(header: ["TIME", queue, "ACTION", "BY", "REASON"],
                                 rows: reviews.map { [AuditTime.format($0.at), $0.queueLabel, $0.action, $0.by, $0.reason ?? "-"] }))
    }
}
