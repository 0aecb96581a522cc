import Configuration
import Foundation
import Logging
import Policy

/// Sends notice mails. The real one submits to the local Postfix; tests record.
package protocol NoticeSender: Sendable {
    func send(_ mail: NoticeMail, about queueID: String)
}

/// Submits notice mails with Postfix's sendmail: null envelope sender and
/// `Auto-Submitted: auto-replied`, so no notice is ever sent about a notice. It does not wait
/// for sendmail: the milter callback returns at once, failures are logged.
package struct SendmailNoticeSender: NoticeSender {
    package let store: EngineStore
    package let logger: Logger
    /// Marks each mail so that it comes back through the milter unjudged.
    package let marks: OwnMailMark

    package init(store: EngineStore, logger: Logger, marks: OwnMailMark) {
        self.store = store
        self.logger = logger
        self.marks = marks
    }

    package func send(_ mail: NoticeMail, about queueID: String) {
        let logger = logger
        do {
            let stamp = marks.stamp()
            let text = Self.message(mail, about: queueID, from: store.engine.config.notices.from, messageID: stamp.messageID, mark: stamp.mark)
            try Self.submit(text, to: mail.recipients, command: store.engine.config.notices.sendmail) { status in
                logger.error("notice mail not submitted", metadata: ["queue_id": "\(queueID)", "status": "\(status)"])
            }
            logger.info("notice mail submitted", metadata: ["queue_id": "\(queueID)", "to": "\(mail.recipients.joined(separator: ","))"])
        } catch {
            logger.error("notice mail not submitted", metadata: ["queue_id": "\(queueID)", "error": "\(error)"])
        }
    }

    /// Hands a mail to sendmail with a null envelope sender, without waiting for it to end;
    /// `failed` hears a non-zero exit status.
    package static func submit(_ text: String, to recipients: [String], command: [String], failed: @escaping @Sendable (Int32) -> Void) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst()) + ["-f", "<>", "-i", "--"] + recipients
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.terminationHandler = { finished in
            if finished.terminationStatus != 0 { failed(finished.terminationStatus) }
        }
        try process.run()
        // The throwing write: a sendmail that exits early must not take the caller down.
        try input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try input.fileHandleForWriting.close()
    }

    package static func message(_ mail: NoticeMail, about queueID: String, from: String, messageID: String, mark: String) -> String {
        [
            "From: MailGuard <\(from)>",
            "To: \(mail.recipients[0])",
            "Subject: \(mail.subject)",
            "Message-ID: \(messageID)",
            "Auto-Submitted: auto-replied",
            "X-MailGuard-Notice: \(queueID)",
            "\(OwnMailMark.header): \(mark)",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            mail.body,
        ].joined(separator: "\n") + "\n"
    }
}
