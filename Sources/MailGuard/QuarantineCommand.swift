import ArgumentParser
import Extraction
import Foundation
import Operations
import Policy
import SharedStore
import Configuration
import Storage

/// `mailguard quarantine`: review Postfix's hold queue with MailGuard's reasons, and release
/// or delete through Postfix's own tools. Release and delete (and reading a held message)
/// are recorded in the audit trail with who did it.
struct QuarantineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quarantine",
        abstract: "List, show, release or delete messages MailGuard put on hold.",
        subcommands: [List.self, Show.self, Release.self, Delete.self, Requests.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Held messages: queue id, age, sender, recipients, rules, reason.")
        @OptionGroup var options: ConfigOption

        func run() throws {
            let review = try QuarantineReview(options.loadConfig())
            let held = try review.queue.held()
            guard !held.isEmpty else {
                print("nothing on hold")
                return
            }
            let now = Date()
            let rows = held.map { message -> [String] in
                let record = review.auditEntry(message.queueID)
                return [
                    message.queueID, QuarantineReview.age(now.timeIntervalSince(message.arrival)), message.sender.isEmpty ? "<>" : message.sender,
                    message.recipients.joined(separator: ", "), record?.decidingRules.joined(separator: ",") ?? "-",
                    record.map(QuarantineReview.reason) ?? "no audit record (held by another tool or before the trail existed)",
                ]
            }
            print(TextColumns.render(header: ["QUEUE ID", "AGE", "FROM", "TO", "RULES", "REASON"], rows: rows))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A held message's envelope, headers and findings (redacted), or with --message the message itself.")
        @OptionGroup var options: ConfigOption
        @OptionGroup var queued: QueueIDArgument
        var id: String { queued.id }
        @Flag(help: "Print the held message itself (as postcat -q does); recorded in the audit trail.") var message = false
        @Option(help: "Why you read it (recorded with --message).") var reason: String?

        func run() throws {
            let review = try QuarantineReview(options.loadConfig())
            let held = try review.heldMessage(id)
            if message {
                try review.auditReview(id, "read", reason: reason)
                FileHandle.standardOutput.write(try review.queue.message(id))
                return
            }
            let record = review.auditEntry(id)
            var lines = [
                "Queue id:   \(held.queueID) (on hold since \(AuditTime.format(held.arrival)))",
                "From:       \(held.sender.isEmpty ? "<>" : held.sender)",
                "To:         \(held.recipients.joined(separator: ", "))",
                "Size:       \(held.size) bytes",
            ]
            let redactSubject = record?.findings.contains { $0.location.lowercased().hasPrefix("subject") } ?? true
            lines.append("Headers:")
            for header in try review.queue.headers(id) {
                let hidden = redactSubject && header.name.lowercased() == "subject"
                lines.append("  \(header.name): \(hidden ? "(holds a finding; read it with --message)" : header.value)")
            }
            if let record {
                lines.append("Verdict:    \(record.verdict) at \(AuditTime.format(record.at)), sender groups \(record.senderGroups.joined(separator: ", "))")
                lines.append("Findings:")
                for finding in record.findings {
                    lines.append("  \(finding.rule) [\(finding.kind)] in \(finding.location)\(finding.redacted.isEmpty ? "" : ": \(finding.redacted)") -> \(finding.action)"
                        + (finding.note.map { " (\($0))" } ?? ""))
                }
                if record.findingsOmitted > 0 { lines.append("  ... and \(record.findingsOmitted) more") }
                for past in record.reviews { lines.append("Reviewed:   \(past.action) by \(past.by) at \(AuditTime.format(past.at))") }
            } else {
                lines.append("Findings:   no audit record for this queue id")
            }
            if let link = review.config.console.link(toHold: id) { lines.append("Console:    \(link)") }
            lines.append("Release:    mailguard quarantine release \(id) --reason '...'    Delete: mailguard quarantine delete \(id) --reason '...'")
            // Envelope, locations and notes hold what the sender wrote: no terminal controls.
            print(lines.map(ControlCharacters.spaced).joined(separator: "\n"))
        }
    }

    struct Release: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Deliver a held message as it was (postsuper -H, then postqueue -i).")
        @OptionGroup var options: ConfigOption
        @OptionGroup var queued: QueueIDArgument
        var id: String { queued.id }
        @Option(help: "Why (recorded in the audit trail).") var reason: String?

        @OptionGroup var elsewhere: ServerOption

        func run() throws {
            let config = try options.loadConfig()
            if try elsewhere.request("release", id, reason: reason, config: config) { return }
            let held = try QuarantineReview(config).carryOut("release", id, reason: reason)
            print("released \(id): delivering to \(held.recipients.joined(separator: ", "))")
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a held message (postsuper -d).")
        @OptionGroup var options: ConfigOption
        @OptionGroup var queued: QueueIDArgument
        var id: String { queued.id }
        @Option(help: "Why (recorded in the audit trail).") var reason: String?

        @OptionGroup var elsewhere: ServerOption

        func run() throws {
            let config = try options.loadConfig()
            if try elsewhere.request("delete", id, reason: reason, config: config) { return }
            try QuarantineReview(config).carryOut("delete", id, reason: reason)
            print("deleted \(id)")
        }
    }
}

extension QuarantineCommand {
    struct Requests: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Releases and deletes asked of other servers through the shared store, newest first.")
        @OptionGroup var options: ConfigOption
        @Option(help: "How many.") var limit = 50

        func run() throws {
            let requests = try ServerOption.requests(options.loadConfig())
            let rows = try requests.recent(limit: limit).map { request in
                [String(request.id), AuditTime.format(request.requestedAt), request.server, request.queueID, request.action,
                 "\(request.requestedBy)@\(request.requestedFrom)", request.result ?? "waiting"]
            }
            print(rows.isEmpty ? "no requests" : TextColumns.render(header: ["ID", "ASKED", "SERVER", "QUEUE ID", "ACTION", "BY", "RESULT"], rows: rows))
        }
    }
}

/// `--server NAME`: the mail server whose hold queue has the message, when it is another
/// one. The request goes through the shared store; that server's MailGuard carries it out
/// on its own queue and writes the result back.
struct ServerOption: ParsableArguments {
    @Option(help: "The mail server holding the message (its [store] server name), when it is not this one.") var server: String?

    /// Asks the other server and waits up to 30 s for its answer; false when the message
    /// is on this server (no --server, or this server's own name).
    func request(_ action: String, _ id: String, reason: String?, config: Config) throws -> Bool {
        guard let server, server != config.store.server else { return false }
        let requests = try Self.requests(config)
        guard try requests.knows(server: server) else {
            throw ValidationError("no server named '\(server)' has written to the shared store's audit trail (see mailguard audit list for the names)")
        }
        let number = try requests.submit(server: server, queueID: id, action: action, by: QuarantineReview.reviewer(),
                                         from: config.store.server, reason: reason)
        print("asked \(server) to \(action) \(id) (request \(number))")
        guard let result = try requests.wait(for: number, patience: .seconds(30))?.result else {
            print("\(server) has not answered yet; mailguard quarantine requests shows when it does")
            return true
        }
        print("\(server): \(result)")
        if result.hasPrefix("failed") { throw ExitCode(1) }
        return true
    }

    static func requests(_ config: Config) throws -> QueueRequests {
        guard let pool = try PostgresPool.background(config.store) else {
            throw ValidationError("--server needs the shared store ([store] url): without it each server reviews its own hold queue")
        }
        return QueueRequests(pool: pool)
    }
}

/// A Postfix queue id, checked before anything runs.
struct QueueIDArgument: ParsableArguments {
    @Argument(help: "Postfix queue id.") var id: String

    func validate() throws {
        guard PostfixQueue.isQueueID(id) else { throw ValidationError("'\(id)' is not a Postfix queue id") }
    }
}
