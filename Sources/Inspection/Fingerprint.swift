/// A 64-bit SimHash of a text's word 3-shingles: near-identical texts (a changed name,
/// greeting or line) get fingerprints a few bits apart, unrelated texts about half the bits
/// apart. It holds no readable content. Fed incrementally, so a large message is never held.
public struct Fingerprinter {
    private var weights = [Int](repeating: 0, count: 64)
    /// Shingles not yet in `weights`, counted per bit in binary across these words (bit `b`
    /// of plane `j` is bit `j` of how many pending shingles have bit `b` set): adding a
    /// shingle costs a few word operations instead of 64 additions.
    private var planes = [UInt64](repeating: 0, count: Self.planeCount)
    private var pending = 0
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
            // One more shingle in the per-bit counters: a binary increment of each bit column.
            planes.withUnsafeMutableBufferPointer { planes in
                var carry = shingle
                var plane = 0
                while carry != 0 {
                    let before = planes[plane]
                    planes[plane] = before ^ carry
                    carry &= before
                    plane += 1
                }
            }
            pending += 1
            if pending == Self.maxPending {
                weights = Self.weights(weights, planes, pending)
                planes = [UInt64](repeating: 0, count: Self.planeCount)
                pending = 0
            }
        }
        previous = (previous.1, hash)
    }

    /// Eight planes count to 255.
    private static let planeCount = 8
    private static let maxPending = (1 << planeCount) - 1

    /// `weights` with the pending shingles added: +1 for each set bit, -1 for each clear one.
    private static func weights(_ weights: [Int], _ planes: [UInt64], _ pending: Int) -> [Int] {
        (0..<64).map { bit in
            var ones = 0
            for plane in 0..<planeCount { ones |= Int((planes[plane] &>> UInt64(bit)) & 1) << plane }
            return weights[bit] + 2 * ones - pending
        }
    }

    public var fingerprint: UInt64 {
        Self.weights(weights, planes, pending).enumerated().reduce(UInt64(0)) { $1.element > 0 ? $0 | (1 << UInt64($1.offset)) : $0 }
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
