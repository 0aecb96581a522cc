import Extraction
import Foundation

/// What the SMTP session says about a message, as the milter (or `mailguard scan`) saw it.
public struct Envelope: Sendable, Equatable {
    /// MAIL FROM; empty for bounces.
    public var sender: String
    public var recipients: [String]
    /// The session authenticated (Postfix's `{auth_authen}` macro was set).
    public var authenticated: Bool
    /// The SMTP client's IP address, if any (none for local submission).
    public var clientAddress: String?

    public init(sender: String, recipients: [String], authenticated: Bool = false, clientAddress: String? = nil) {
        self.sender = Self.bare(sender)
        var seen: Set<String> = []
        // Postfix passes every RCPT TO; the same address twice is one recipient.
        self.recipients = recipients.map(Self.bare).filter { seen.insert($0).inserted }
        self.authenticated = authenticated
        self.clientAddress = clientAddress
    }

    /// A message file's own envelope: the From address sends to the To and Cc addresses, as
    /// if the sender had authenticated (`mailguard scan` without envelope options).
    public init(headers: MessageHeaders) {
        self.init(sender: headers.fromAddress ?? "", recipients: headers.recipients, authenticated: true)
    }

    /// "<a@b>" → "a@b", lower-cased.
    static func bare(_ address: String) -> String {
        withoutAngles(address.trimmingCharacters(in: .whitespaces)).lowercased()
    }

    /// "<A@b>" → "A@b": an SMTP path without its angle brackets.
    public static func withoutAngles(_ address: String) -> String {
        var text = Substring(address)
        if text.hasPrefix("<") { text = text.dropFirst() }
        if text.hasSuffix(">") { text = text.dropLast() }
        return String(text)
    }
}

/// Which way a message goes for one recipient.
public enum Direction: String, Sendable, CaseIterable, Equatable {
    /// District sender to district recipient.
    case `internal`
    /// District sender to an outside recipient.
    case outbound
    /// Outside sender to a district recipient.
    case inbound
    /// Outside to outside (relayed).
    case relay
}

/// The facts policy decides on: who sent it, which group, which way each recipient goes.
public struct MessageFacts: Sendable, Equatable {
    public var senderInternal: Bool
    public var senderGroups: [String]
    public var directions: [String: Direction]
    public var envelope: Envelope

    /// A sender counts as internal only if its domain is internal and the session is
    /// authenticated or comes from a trusted network: a From line alone proves nothing.
    public init(envelope: Envelope, directory: Directory) {
        self.envelope = envelope
        let trusted = envelope.clientAddress.map { address in directory.trustedNetworks.contains { $0.contains(address) } } ?? true
        senderInternal = directory.isInternal(envelope.sender) && (envelope.authenticated || trusted)
        senderGroups = senderInternal ? directory.groups(of: envelope.sender) : [Self.externalGroup]
        var directions: [String: Direction] = [:]
        for recipient in envelope.recipients {
            let recipientInternal = directory.isInternal(recipient)
            directions[recipient] = switch (senderInternal, recipientInternal) {
            case (true, true): .internal
            case (true, false): .outbound
            case (false, true): .inbound
            case (false, false): .relay
            }
        }
        self.directions = directions
    }

    public var externalRecipients: [String] {
        envelope.recipients.filter { directions[$0] == .outbound || directions[$0] == .relay }
    }

    /// The implicit group of every sender that does not count as internal.
    public static let externalGroup = "external"
}
