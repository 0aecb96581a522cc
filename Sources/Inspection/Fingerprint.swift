/// A 64-bit SimHash of a text's word 3-shingles: near-identical texts (a changed name,
/// greeting or line) get fingerprints a few bits apart, unrelated texts about half the bits
/// apart. It holds no readable content. Fed incrementally, so a large message is never held.
public struct Fingerprinter {
    private var weights = [Int](repeating: 0, count: 64)
    private var previous: (UInt64?, UInt64?) = (nil, nil)
    public private(set) var words = 0

    public init() {}

    /// Adds a text's words (letters and digits, lower-cased).
    public mutating func add(_ text: String) {
        // Each word is hashed as its bytes go by (FNV-1a), never copied.
        var hash = Self.fnvBasis
        var inWord = false
        for byte in text.utf8 {
            let lowered = byte >= 65 && byte <= 90 ? byte + 32 : byte
            if (lowered >= 97 && lowered <= 122) || (lowered >= 48 && lowered <= 57) || lowered >= 128 {
                hash = (hash ^ UInt64(lowered)) &* Self.fnvPrime
                inWord = true
            } else if inWord {
                addWord(hash: hash)
                hash = Self.fnvBasis
                inWord = false
            }
        }
        if inWord { addWord(hash: hash) }
    }

    private mutating func addWord(hash: UInt64) {
        words += 1
        if let first = previous.0, let second = previous.1 {
            let shingle = Self.mix(first &* 31 &+ second &* 17 &+ hash)
            // +1 for each set bit, -1 for each clear one (branch-free: this runs per word).
            weights.withUnsafeMutableBufferPointer { weights in
                for bit in 0..<64 { weights[bit] &+= Int((shingle &>> UInt64(bit)) & 1) &* 2 &- 1 }
            }
        }
        previous = (previous.1, hash)
    }

    public var fingerprint: UInt64 {
        weights.enumerated().reduce(UInt64(0)) { $1.element > 0 ? $0 | (1 << UInt64($1.offset)) : $0 }
    }

    public static func distance(_ a: UInt64, _ b: UInt64) -> Int { (a ^ b).nonzeroBitCount }

    static let fnvBasis: UInt64 = 0xcbf29ce484222325
    static let fnvPrime: UInt64 = 0x100000001b3

    /// A finaliser (from SplitMix64) so that nearby inputs spread over all 64 bits.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e3779b97f4a7c15
        z = (z ^ (z >> 30)) &* 0xbf58476d1ce4e5b9
        z = (z ^ (z >> 27)) &* 0x94d049bb133111eb
        return z ^ (z >> 31)
    }
}
