import Crypto
import _CryptoExtras
import Foundation

/// Console passwords hashed with scrypt (swift-crypto's `KDF.Scrypt`), stored as
/// `scrypt$N$r$p$salt$hash` (base64). Hashing costs about 16 MiB and a tenth of a second on
/// purpose; at most two run at once, so a burst of logins cannot take the machine's memory.
package enum Passwords {
    package struct Cost: Sendable, Equatable {
        package var rounds = 1 << 14
        package var blockSize = 8
        package var parallelism = 1

        package init(rounds: Int = 1 << 14, blockSize: Int = 8, parallelism: Int = 1) {
            self.rounds = rounds
            self.blockSize = blockSize
            self.parallelism = parallelism
        }
    }

    package static let minimumLength = 12
    private static let gate = DispatchSemaphore(value: 2)

    /// Why a new password is refused, or nil.
    package static func weakness(_ password: String) -> String? {
        if password.count < minimumLength { return "a password needs at least \(minimumLength) characters" }
        if Set(password).count < 5 { return "a password needs more different characters" }
        return nil
    }

    package static func hash(_ password: String, cost: Cost = Cost()) throws -> String {
        var salt = [UInt8](repeating: 0, count: 16)
        for index in salt.indices { salt[index] = UInt8.random(in: 0...255) }
        let derived = try derive(password, salt: salt, cost: cost)
        return "scrypt$\(cost.rounds)$\(cost.blockSize)$\(cost.parallelism)$\(Data(salt).base64EncodedString())$\(derived.base64EncodedString())"
    }

    /// Whether `password` matches `stored`, compared in constant time.
    package static func verify(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$").map(String.init)
        guard parts.count == 6, parts[0] == "scrypt", let rounds = Int(parts[1]), let blockSize = Int(parts[2]), let parallelism = Int(parts[3]),
              // Bounds on what a stored hash may ask for: at most 64 MiB of scrypt memory per check.
              (2...(1 << 16)).contains(rounds), (1...8).contains(blockSize), (1...4).contains(parallelism),
              let salt = Data(base64Encoded: parts[4]), let expected = Data(base64Encoded: parts[5]),
              let derived = try? derive(password, salt: [UInt8](salt), cost: Cost(rounds: rounds, blockSize: blockSize, parallelism: parallelism))
        else { return false }
        return Tokens.equal(derived, expected)
    }

    /// Hashing for an async caller, off Swift's cooperative threads.
    package static func verifyAsync(_ password: String, against stored: String) async -> Bool {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: verify(password, against: stored)) }
        }
    }

    private static func derive(_ password: String, salt: [UInt8], cost: Cost) throws -> Data {
        gate.wait()
        defer { gate.signal() }
        let key = try KDF.Scrypt.deriveKey(from: Array(password.utf8), salt: salt, outputByteCount: 32,
                                           rounds: cost.rounds, blockSize: cost.blockSize, parallelism: cost.parallelism)
        return key.withUnsafeBytes { Data($0) }
    }
}

/// Random tokens (sessions, CSRF) and their stored form.
package enum Tokens {
    /// 32 random bytes, base64url without padding.
    package static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// What the store keeps of a session token.
    package static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    package static func equal(_ lhs: some DataProtocol, _ rhs: some DataProtocol) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for (a, b) in zip(lhs, rhs) { difference |= a ^ b }
        return difference == 0
    }

    package static func equal(_ lhs: String, _ rhs: String) -> Bool { equal(Data(lhs.utf8), Data(rhs.utf8)) }
}
