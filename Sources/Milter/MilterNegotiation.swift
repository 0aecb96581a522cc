import CMilter

/// What MailGuard asks of the MTA when a connection starts (milter protocol 6).
package enum MilterNegotiation {
    /// Add and change headers (verdict and tag), quarantine (hold), add recipients (copies).
    package static let actions = UInt(SMFIF_ADDHDRS | SMFIF_CHGHDRS | SMFIF_QUARANTINE | SMFIF_ADDRCPT)

    /// Steps the MTA sends without waiting for an answer: nothing before end of message can
    /// stop a message except the buffer bound, and that answer waits for end of message. Each
    /// saves a round trip per command, per header and per body chunk.
    package static let stepsWithoutReply = UInt(
        SMFIP_NR_CONN | SMFIP_NR_HELO | SMFIP_NR_MAIL | SMFIP_NR_RCPT | SMFIP_NR_DATA | SMFIP_NR_HDR | SMFIP_NR_EOH | SMFIP_NR_BODY
    )

    /// Also: no unknown SMTP commands (MailGuard has no use for them).
    package static let steps = stepsWithoutReply | UInt(SMFIP_NOUNKNOWN)
}
