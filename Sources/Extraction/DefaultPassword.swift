import Crypto
import Foundation
import _CryptoExtras

/// Excel encrypts a workbook that is only protected against changes with a password of its
/// own, `VelvetSweatshop`, and opens it without asking; macro droppers use the same trick to
/// hide their macros from scanners. MailGuard opens such files with that password, as Excel
/// does. A file with any other password stays unread (`password-protected`).
enum DefaultPassword {
    static let excel = "VelvetSweatshop"
    /// The spin count ECMA-376 allows at most; a file asking for more is damaged.
    static let maxSpinCount = 10_000_000
}

/// ECMA-376 agile encryption ([MS-OFFCRYPTO] 2.3.4.10-15), what Office 2010 and later write
/// around an encrypted package: the password gives a key that unlocks the package's key, and
/// the package is decrypted in 4096-byte segments.
enum AgileEncryption {
    /// The decrypted package; nil when `password` is not its password. `inTime` is asked
    /// while the key is derived (a file may ask for millions of hash rounds).
    static func decrypt(info: [UInt8], package: [UInt8], password: String, inTime: () -> Bool) throws(LegacyReadError) -> [UInt8]? {
        // Standard (and older) encryption is not derived: such a file stays unread.
        guard LittleEndian(info).u16(0) == 4, LittleEndian(info).u16(2) == 4 else {
            throw .passwordProtected("encrypted Office file (ECMA-376 standard encryption)")
        }
        let xml = Array(info.dropFirst(8))
        let keyData: [String: String]
        let passwordKey: [String: String]
        do throws(DamagedXML) {
            guard let data = try XMLElements.parse(xml, named: "keyData").first,
                  let key = try XMLElements.parse(xml, named: "p:encryptedKey").first else { throw DamagedXML(reason: "no key data") }
            (keyData, passwordKey) = (data, key)
        } catch {
            throw .damaged("encryption info: \(error.reason)")
        }
        guard let hash = Hash(passwordKey["hashAlgorithm"]), let dataHash = Hash(keyData["hashAlgorithm"]),
              let salt = base64(passwordKey["saltValue"]), let dataSalt = base64(keyData["saltValue"]),
              let keyBits = passwordKey["keyBits"].flatMap(Int.init), [128, 192, 256].contains(keyBits),
              let dataKeyBits = keyData["keyBits"].flatMap(Int.init), [128, 192, 256].contains(dataKeyBits),
              let spinCount = passwordKey["spinCount"].flatMap(Int.init), (0...DefaultPassword.maxSpinCount).contains(spinCount),
              let verifierInput = base64(passwordKey["encryptedVerifierHashInput"]),
              let verifierValue = base64(passwordKey["encryptedVerifierHashValue"]),
              let encryptedKey = base64(passwordKey["encryptedKeyValue"]),
              passwordKey["cipherAlgorithm"] == "AES", keyData["cipherAlgorithm"] == "AES",
              salt.count == 16, dataSalt.count == 16 else {
            throw .passwordProtected("encrypted Office file (a cipher or key derivation it does not open)")
        }
        // H0 = H(salt + password), then spinCount rounds of H(round + H), in one buffer.
        var digest = hash.digest(salt + Array(password.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        var buffer = [UInt8](repeating: 0, count: 4) + digest
        for round in 0..<spinCount {
            if round % 10_000 == 0, !inTime() { throw .tookTooLong("key derivation of \(spinCount) rounds") }
            buffer[0] = UInt8(truncatingIfNeeded: round)
            buffer[1] = UInt8(truncatingIfNeeded: round >> 8)
            buffer[2] = UInt8(truncatingIfNeeded: round >> 16)
            buffer[3] = UInt8(truncatingIfNeeded: round >> 24)
            hash.digest(buffer, into: &buffer, at: 4)
        }
        digest = Array(buffer[4...])
        func key(_ block: [UInt8]) -> [UInt8] {
            let derived = hash.digest(digest + block)
            return Array((derived + [UInt8](repeating: 0x36, count: keyBits / 8)).prefix(keyBits / 8))
        }
        let verifierHashInput: [UInt8] = [0xFE, 0xA7, 0xD2, 0x76, 0x3B, 0x4B, 0x9E, 0x79]
        let verifierHashValue: [UInt8] = [0xD7, 0xAA, 0x0F, 0x6D, 0x30, 0x61, 0x34, 0x4E]
        let keyValue: [UInt8] = [0x14, 0x6E, 0x0B, 0xE7, 0xAB, 0xAC, 0xD0, 0xD6]
        guard let input = cbc(verifierInput, key: key(verifierHashInput), iv: salt),
              let expected = cbc(verifierValue, key: key(verifierHashValue), iv: salt),
              let secret = cbc(encryptedKey, key: key(keyValue), iv: salt) else {
            throw .damaged("encryption info does not decrypt")
        }
        let computed = hash.digest(Array(input.prefix(16)))
        guard expected.starts(with: computed) else { return nil }  // another password
        return try decryptPackage(package, key: Array(secret.prefix(dataKeyBits / 8)), salt: dataSalt, hash: dataHash)
    }

    private static func decryptPackage(_ package: [UInt8], key: [UInt8], salt: [UInt8], hash: Hash) throws(LegacyReadError) -> [UInt8] {
        let fields = LittleEndian(package)
        // The size is 8 bytes, but writers leave other values in the upper 4: Office reads the lower.
        guard let low = fields.u32(0), low <= package.count - 8 else {
            throw .damaged("encrypted package claims \(fields.u32(0) ?? 0) bytes and holds \(package.count - 8)")
        }
        var plain: [UInt8] = []
        plain.reserveCapacity(package.count)
        for (segment, start) in stride(from: 8, to: package.count, by: 4096).enumerated() {
            let chunk = Array(package[start..<min(start + 4096, package.count)])
            let iv = Array(hash.digest(salt + littleEndian(segment)).prefix(16))
            guard chunk.count % 16 == 0, let decrypted = cbc(chunk, key: key, iv: iv) else {
                throw .damaged("encrypted package segment \(segment) does not decrypt")
            }
            plain += decrypted
        }
        return Array(plain.prefix(low))
    }

    private static func cbc(_ data: [UInt8], key: [UInt8], iv: [UInt8]) -> [UInt8]? {
        guard data.count % 16 == 0, let vector = try? AES._CBC.IV(ivBytes: iv.prefix(16)),
              let plain = try? AES._CBC.decrypt(data, using: SymmetricKey(data: key), iv: vector, noPadding: true) else { return nil }
        return Array(plain)
    }

    private static func base64(_ text: String?) -> [UInt8]? {
        text.flatMap { Data(base64Encoded: $0) }.map(Array.init)
    }

    private static func littleEndian(_ value: Int) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    /// The hash algorithms the encryption info may name.
    enum Hash {
        case sha1, sha256, sha384, sha512

        init?(_ name: String?) {
            switch name?.uppercased() {
            case "SHA1", "SHA-1": self = .sha1
            case "SHA256": self = .sha256
            case "SHA384": self = .sha384
            case "SHA512": self = .sha512
            default: return nil
            }
        }

        /// The digest of `data` written over `output` from `offset`, with no array of its own
        /// (the key derivation runs it up to millions of times).
        func digest(_ data: [UInt8], into output: inout [UInt8], at offset: Int) {
            func copy<D: Digest>(_ digest: D) {
                digest.withUnsafeBytes { bytes in
                    for index in 0..<bytes.count { output[offset + index] = bytes[index] }
                }
            }
            data.withUnsafeBytes { bytes in
                switch self {
                case .sha1: copy(Insecure.SHA1.hash(data: bytes))
                case .sha256: copy(SHA256.hash(data: bytes))
                case .sha384: copy(SHA384.hash(data: bytes))
                case .sha512: copy(SHA512.hash(data: bytes))
                }
            }
        }

        func digest(_ data: [UInt8]) -> [UInt8] {
            switch self {
            case .sha1: Array(Insecure.SHA1.hash(data: data))
            case .sha256: Array(SHA256.hash(data: data))
            case .sha384: Array(SHA384.hash(data: data))
            case .sha512: Array(SHA512.hash(data: data))
            }
        }
    }
}

/// RC4 encryption of an Excel 97-2003 workbook stream ([MS-XLS] 2.2.10, [MS-OFFCRYPTO]
/// 2.3.6): an MD5-derived key per 1024-byte block of the stream; record headers, the BOF and
/// FILEPASS records and a sheet's stream position stay in the clear.
enum WorkbookRC4 {
    /// The stream decrypted, nil when `password` is not its password.
    static func decrypt(_ stream: [UInt8], filePass: ArraySlice<UInt8>, records: [(type: Int, offset: Int, length: Int)], password: String) -> [UInt8]? {
        // Only RC4 (1.1) is derived here; XOR obfuscation and RC4 CryptoAPI are not.
        let fields = LittleEndian(Array(filePass))
        guard fields.u16(0) == 1, fields.u16(2) == 1, fields.u16(4) == 1, filePass.count >= 54 else { return nil }
        let salt = Array(fields.bytes[6..<22]), verifier = Array(fields.bytes[22..<38]), verifierHash = Array(fields.bytes[38..<54])
        let passwordHash = Array(Insecure.MD5.hash(data: Array(password.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        let intermediate = Array(Insecure.MD5.hash(data: Array(Array(repeating: Array(passwordHash.prefix(5)) + salt, count: 16).joined())))
        func blockKey(_ block: Int) -> [UInt8] {
            Array(Insecure.MD5.hash(data: Array(intermediate.prefix(5)) + (0..<4).map { UInt8(truncatingIfNeeded: block >> (8 * $0)) }))
        }
        var check = RC4(key: blockKey(0))
        let plainVerifier = verifier.map { $0 ^ check.next() }
        let plainHash = verifierHash.map { $0 ^ check.next() }
        guard Array(Insecure.MD5.hash(data: plainVerifier)) == plainHash else { return nil }
        var plain = stream
        var block = -1
        var keystream: [UInt8] = []
        // BOF, FILEPASS, UsrExcl, FileLock, InterfaceHdr, RRDInfo, RRDHead are never encrypted.
        let clear: Set<Int> = [0x0809, 0x002F, 0x0194, 0x0195, 0x00E1, 0x0196, 0x0138]
        for record in records where !clear.contains(record.type) {
            // BOUNDSHEET keeps its sheet's stream position readable.
            let first = record.offset + 4 + (record.type == 0x0085 ? 4 : 0)
            for position in first..<record.offset + 4 + record.length {
                if position / 1024 != block {
                    block = position / 1024
                    var cipher = RC4(key: blockKey(block))
                    keystream = (0..<1024).map { _ in cipher.next() }
                }
                plain[position] ^= keystream[position % 1024]
            }
        }
        return plain
    }
}

/// The RC4 stream cipher, which the Office 97-2003 formats use (no library on the machine
/// offers it: it is long retired from TLS).
struct RC4 {
    private var state = [UInt8](0...255)
    private var i = 0, j = 0

    init(key: [UInt8]) {
        var j = 0
        for i in 0..<256 {
            j = (j + Int(state[i]) + Int(key[i % key.count])) & 0xFF
            state.swapAt(i, j)
        }
    }

    mutating func next() -> UInt8 {
        i = (i + 1) & 0xFF
        j = (j + Int(state[i])) & 0xFF
        state.swapAt(i, j)
        return state[(Int(state[i]) + Int(state[j])) & 0xFF]
    }
}
