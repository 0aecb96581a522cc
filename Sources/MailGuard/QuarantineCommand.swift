import ArgumentParser
import Extraction
import Foundation
import Operations
import Policy
import Storage

/// `mailguard quarantine`: review Postfix's hold queue with MailGuard's reasons, and release
/// or delete through Postfix's own tools. Release and delete (and reading a held message)
/// are recorded in the audit trail with who did it.
struct QuarantineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quarantine",
        abstract: "List, show, release or delete messages MailGuard put on hold.",
        subcommands: [List.self, Show.self, Release.self, Delete.self]
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

        func run() throws {
            let review = try QuarantineReview(options.loadConfig())
            let held = try review.heldMessage(id)
            try review.queue.release(id)
            try review.auditReview(id, "released", reason: reason)
            print("released \(id): delivering to \(held.recipients.joined(separator: ", "))")
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a held message (postsuper -d).")
        @OptionGroup var options: ConfigOption
        @OptionGroup var queued: QueueIDArgument
        var id: String { queued.id }
        @Option(help: "Why (recorded in the audit trail).") var reason: String?

        func run() throws {
            let review = try QuarantineReview(options.loadConfig())
            _ = try review.heldMessage(id)
            try review.queue.delete(id)
            try review.auditReview(id, "deleted", reason: reason)
            print("deleted \(id)")
        }
    }
}

/// A Postfix queue id, checked before anything runs.
struct QueueIDArgument: ParsableArguments {
    @Argument(help: "Postfix queue id.") var id: String

    func validate() throws {
        guard PostfixQueue.isQueueID(id) else { throw ValidationError("'\(id)' is not a Postfix queue id") }
    }
}
