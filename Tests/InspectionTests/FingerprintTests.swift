@testable import Inspection
import TestSupport
import Testing

/// The fingerprint counts shingle bits in binary planes; it must be the one that adding +1/-1
/// per bit and shingle gives, for texts short and long (past every flush of the planes).
@Suite("Fingerprints")
struct FingerprintTests {
    /// The fingerprint as first computed, bit by bit: the oracle.
    static func bitByBit(_ texts: [String]) -> UInt64 {
        var weights = [Int](repeating: 0, count: 64)
        var previous: (UInt64?, UInt64?) = (nil, nil)
        func addWord(_ hash: UInt64) {
            if let first = previous.0, let second = previous.1 {
                let shingle = Fingerprinter.mix(first &* 31 &+ second &* 17 &+ hash)
                for bit in 0..<64 { weights[bit] += (shingle >> UInt64(bit)) & 1 == 1 ? 1 : -1 }
            }
            previous = (previous.1, hash)
        }
        for text in texts {
            var hash = Fingerprinter.fnvBasis
            var inWord = false
            for byte in text.utf8 {
                let lowered = byte >= 65 && byte <= 90 ? byte + 32 : byte
                if (lowered >= 97 && lowered <= 122) || (lowered >= 48 && lowered <= 57) || lowered >= 128 {
                    hash = (hash ^ UInt64(lowered)) &* Fingerprinter.fnvPrime
                    inWord = true
                } else if inWord {
                    addWord(hash)
                    hash = Fingerprinter.fnvBasis
                    inWord = false
                }
            }
            if inWord { addWord(hash) }
        }
        return weights.enumerated().reduce(UInt64(0)) { $1.element > 0 ? $0 | (1 << UInt64($1.offset)) : $0 }
    }

    @Test("random texts of up to 3,000 words, in one piece or several")
    func randomTexts() {
        let words = ["the", "field", "trip", "is", "on", "Friday", "3/14", "Room", "121", "é", "bus", "Ann", "—", "ok"]
        var random = SeededGenerator(seed: 3)
        var differing = 0
        for round in 0..<300 {
            let count = round < 100 ? random.nextInt() % 20 : random.nextInt() % 3000
            let texts = (0..<(1 + random.nextInt() % 3)).map { _ in (0..<count).map { _ in words[random.nextInt() % words.count] }.joined(separator: " ") }
            var fingerprinter = Fingerprinter()
            texts.forEach { fingerprinter.add($0) }
            if fingerprinter.fingerprint != Self.bitByBit(texts) { differing += 1 }
        }
        #expect(differing == 0)
    }
}
