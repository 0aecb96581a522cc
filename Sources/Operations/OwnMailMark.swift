import Crypto
import Foundation
import Synchronization

/// Marks the mails MailGuard itself submits (notices, digests, alerts), so that when Postfix
/// passes them back through `non_smtpd_milters` they are accepted without being judged: a
/// notice names the help desk's phone number, an alert names its category.
///
/// The mark is an HMAC-SHA256 over the Message-ID, keyed by a secret made at start that never
/// leaves this process. It is valid only for a Message-ID this instance issued and has not yet
/// seen come back, and the header is removed when the mail is accepted, so a delivered notice
/// carries no mark to copy. Any other mark (forged, copied, from another instance) is ignored
/// and the message is judged like any other.
package final class OwnMailMark: Sendable {
    package static let header = "X-MailGuard-Mark"

    /// The secret, as bytes: Crypto's SymmetricKey is not Sendable, so one is made per use.
    private let secret: [UInt8] = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
    private var key: SymmetricKey { SymmetricKey(data: secret) }
    private let domain: String
    /// Message-IDs issued and not yet seen, with when: bounded by count and age.
    private let issued = Mutex<[String: Date]>([:])
    package static let maxIssued = 100_000
    package static let maxAge: TimeInterval = 7 * 86_400

    package init(domain: String) {
        self.domain = domain
    }

    /// A new Message-ID and its mark, remembered until the mail comes back.
    package func stamp(now: Date = Date()) -> (messageID: String, mark: String) {
        let messageID = "<mailguard.\(UUID().uuidString.lowercased())@\(domain)>"
        issued.withLock { issued in
            // Full when mails never come back (no non_smtpd_milters): forget the older half at
            // once, so stamping stays cheap instead of scanning the table for every mail.
            if issued.count >= Self.maxIssued {
                let cut = issued.values.sorted()[issued.count / 2]
                issued = issued.filter { $0.value > cut && now.timeIntervalSince($0.value) < Self.maxAge }
            }
            issued[messageID] = now
        }
        return (messageID, mark(messageID))
    }

    /// True, once, for a mark this instance made for this Message-ID.
    package func accept(messageID: String?, mark: String?) -> Bool {
        guard let messageID, let mark,
              let given = Data(hexString: mark.trimmingCharacters(in: .whitespaces)),
              HMAC<SHA256>.isValidAuthenticationCode(given, authenticating: Data(messageID.trimmingCharacters(in: .whitespaces).utf8), using: key)
        else { return false }
        return issued.withLock { $0.removeValue(forKey: messageID.trimmingCharacters(in: .whitespaces)) != nil }
    }

    private func mark(_ messageID: String) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: Data(messageID.utf8), using: key)).map { String(format: "%02x", $0) }.joined()
    }
}
