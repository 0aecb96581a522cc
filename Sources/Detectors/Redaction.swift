/// How a matched value is shown in output. Values themselves never leave the detector.
public enum Redaction: String, CaseIterable, Sendable {
    /// `***-**-6789`
    case ssn
    /// `**** **** **** 1111`
    case card
    /// Every letter and digit masked but the last four: `*******4321`.
    case last4
    /// A phone number's last four digits, without country code or extension: `***-***-0142`.
    case phone
    /// A fixed mask that hides even the length: `********`.
    case full

    public func apply(to value: Substring) -> String {
        switch self {
        case .ssn:
            return "***-**-" + String(value.digits.suffix(4))
        case .card:
            let digits = value.digits
            guard digits.count > 4 else { return Self.mask }
            let masked = String(repeating: "*", count: digits.count - 4)
            return masked.chunked(by: 4).joined(separator: " ") + " " + digits.suffix(4)
        case .last4:
            let significant = value.filter { $0.isLetter || $0.isNumber }
            guard significant.count > 4 else { return Self.mask }
            return String(repeating: "*", count: significant.count - 4) + significant.suffix(4)
        case .phone:
            let digits = value.digitsBeforeLetters
            guard digits.count > 4 else { return Self.mask }
            return "***-***-" + String(decoding: digits.suffix(4), as: UTF8.self)
        case .full:
            return Self.mask
        }
    }

    static let mask = "********"

    /// Numbers shown this way are the same value whatever their separators.
    var normalizes: Bool { self == .ssn || self == .card }
}

extension StringProtocol {
    /// The ASCII digits of the text, in order (read as UTF-8 bytes: this runs for every match).
    var digits: String { String(decoding: utf8.filter { $0 >= 48 && $0 <= 57 }, as: UTF8.self) }

    /// The ASCII digits before the first letter (a phone number without its extension). Read
    /// as bytes: any non-ASCII character ends it too (phone patterns match ASCII only).
    var digitsBeforeLetters: [UInt8] {
        utf8.prefix { $0 < 0x80 && !(($0 | 0x20) >= 97 && ($0 | 0x20) <= 122) }.filter { $0 >= 48 && $0 <= 57 }
    }
}

extension String {
    func chunked(by size: Int) -> [Substring] {
        var chunks: [Substring] = []
        var start = startIndex
        while start < endIndex {
            let end = index(start, offsetBy: size, limitedBy: endIndex) ?? endIndex
            chunks.append(self[start..<end])
            start = end
        }
        return chunks
    }
}
