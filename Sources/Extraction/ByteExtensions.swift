import Foundation

extension Array where Element == UInt8 {
    func starts(with prefix: [UInt8], at index: Int) -> Bool {
        index + prefix.count <= count && self[index..<index + prefix.count].elementsEqual(prefix)
    }

    func firstIndex(of needle: [UInt8], from start: Int) -> Int? {
        guard needle.count <= count else { return nil }
        var index = start
        while index + needle.count <= count {
            if starts(with: needle, at: index) { return index }
            index += 1
        }
        return nil
    }

    func firstIndex(ofCaseless needle: [UInt8], from start: Int) -> Int? {
        guard needle.count <= count else { return nil }
        var index = start
        while index + needle.count <= count {
            if zip(self[index..<index + needle.count], needle).allSatisfy({ ($0 >= 65 && $0 <= 90 ? $0 + 32 : $0) == $1 }) {
                return index
            }
            index += 1
        }
        return nil
    }

    func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        self[start...].firstIndex(of: byte)
    }
}

extension Sequence<UInt8> {
    /// Whether `length` or more ASCII digits stand in a row.
    func hasDigitRun(_ length: Int) -> Bool {
        var run = 0
        for byte in self {
            run = byte >= 0x30 && byte <= 0x39 ? run + 1 : 0
            if run >= length { return true }
        }
        return false
    }
}

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// Without the spaces, tabs and CRs at either end. They are ASCII, so the ends are found
    /// on the bytes and the rest is copied whole.
    var trimmingSpaces: String {
        let bytes = utf8
        let isKept = { (byte: UInt8) in byte != 32 && byte != 9 && byte != 13 }
        guard let first = bytes.firstIndex(where: isKept), let last = bytes.lastIndex(where: isKept) else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}

extension UInt8 {
    var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
    var isASCIIDigit: Bool { (0x30...0x39).contains(self) }
    /// The value of a hexadecimal digit; nil for any other byte.
    var hexValue: UInt8? {
        switch self {
        case 0x30...0x39: self - 0x30
        case 0x41...0x46: self - 0x37
        case 0x61...0x66: self - 0x57
        default: nil
        }
    }
}

extension Unicode.Scalar {
    /// A scalar that is always a character by itself, whatever stands around it (no mark,
    /// joiner or prefix that grapheme clustering attaches): C0 and C1 controls, ASCII, Latin-1
    /// and Latin Extended letters, and general punctuation but for the zero-width joiners. CR
    /// LF is one character of two, but neither is a letter or a space.
    @inlinable public var standsAlone: Bool {
        switch value {
        case 0...0x24F: true
        case 0x200C, 0x200D: false
        case 0x2000...0x206F: true
        default: false
        }
    }
}

extension StringProtocol {
    /// Whether each of the text's scalars is a character of its own (see `standsAlone`): its
    /// characters can then be read off its scalars or bytes, without grapheme breaking.
    @inlinable public var scalarsStandAlone: Bool {
        utf8.withContiguousStorageIfAvailable { $0.scalarsStandAlone } ?? unicodeScalars.allSatisfy { $0.standsAlone }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The scalar that starts at `offset` of valid UTF-8 (a Swift string's bytes), and its length.
    @inlinable public func scalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = self[offset]
        let length = Swift.min(lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1, count - offset)
        var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : length == 2 ? 0x1F : 0x7F)
        for index in 1..<Swift.max(length, 1) { value = value << 6 | UInt32(self[offset + index] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// `scalarsStandAlone` of the string these are the UTF-8 bytes of, decoding only past ASCII.
    @inlinable public var scalarsStandAlone: Bool {
        var offset = 0
        while offset < count {
            guard self[offset] >= 0x80 else {
                offset += 1
                continue
            }
            let (scalar, length) = scalar(at: offset)
            guard scalar.standsAlone else { return false }
            offset += length
        }
        return true
    }
}
