/// The closed set of checks a pattern-file rule may name with `validate`. Rules never carry
/// code; a validator decides whether a regex match is the real thing.
public enum Validator: String, CaseIterable, Sendable {
    /// A US Social Security number that the SSA could have issued.
    case ssn
    /// A US Individual Taxpayer Identification Number (area 9xx, ITIN group).
    case itin
    /// Any number that passes the Luhn checksum.
    case luhn
    /// A payment card number: known issuer prefix and length, Luhn, not a published test number.
    case card
    /// A published test card number (issuers' and payment processors' documentation).
    case testCard = "test-card"
    /// A North American phone number: area code and exchange as the NANP assigns them.
    case nanp
    /// A real calendar date, not in the future (a birth date).
    case birthDate = "birth-date"
    /// A US street address: house number, street name and a USPS street suffix.
    case usStreet = "us-street"
    /// A record number as a registrar writes it (a student or state ID found by its label): 4
    /// to 12 letters and digits, at least four of them digits, not a written date.
    case identifier

    public func accepts(_ match: Substring) -> Bool {
        switch self {
        case .nanp, .birthDate, .usStreet, .identifier: return normalized(match) != nil
        case .ssn: return SocialSecurityNumber(digits: match.digits)?.isIssuable ?? false
        case .itin: return SocialSecurityNumber(digits: match.digits)?.isITIN ?? false
        case .luhn: return Luhn.isValid(match.digits)
        case .card:
            let digits = match.digits
            return PaymentCard.isCard(digits) && !PaymentCard.testNumbers.contains(digits)
        case .testCard:
            let digits = match.digits
            return PaymentCard.testNumbers.contains(digits) && PaymentCard.isCard(digits)
        }
    }

    /// Whether this validator defines one form of a value (`normalized`), so that accepting a
    /// value and reading its form are one step.
    var normalizes: Bool {
        switch self {
        case .nanp, .birthDate, .usStreet, .identifier: true
        case .ssn, .itin, .luhn, .card, .testCard: false
        }
    }

    /// The one form of a value however it is written (`(860) 555-0142` and `860.555.0142`
    /// are `8605550142`), for validators that define one; nil for the others or a non-match.
    public func normalized(_ match: Substring) -> String? {
        switch self {
        case .nanp: PhoneNumber.national(match)
        case .birthDate: CalendarDate.iso(match)
        case .usStreet: StreetAddress.canonical(match)
        case .identifier: RecordNumber.canonical(match)
        default: nil
        }
    }
}

/// The three fields of a nine-digit SSN or ITIN.
struct SocialSecurityNumber {
    let area: Int
    let group: Int
    let serial: Int
    let digits: String

    init?(digits: String) {
        guard digits.count == 9 else { return nil }
        let scalars = Array(digits.utf8).map { Int($0) - 48 }
        area = scalars[0] * 100 + scalars[1] * 10 + scalars[2]
        group = scalars[3] * 10 + scalars[4]
        serial = scalars[5] * 1000 + scalars[6] * 100 + scalars[7] * 10 + scalars[8]
        self.digits = digits
    }

    /// SSA rules: area 000, 666 and 900-999 are never issued, nor group 00 or serial 0000;
    /// numbers the SSA or advertisers published (and so voided) are not anyone's SSN.
    var isIssuable: Bool {
        area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
            && !Self.publishedNumbers.contains(digits)
    }

    /// IRS ITIN ranges: area 900-999 with group 50-65, 70-88, 90-92 or 94-99.
    var isITIN: Bool {
        guard area >= 900, serial != 0 else { return false }
        return (50...65).contains(group) || (70...88).contains(group)
            || (90...92).contains(group) || (94...99).contains(group)
    }

    /// Numbers printed in wallet inserts and advertisements, voided by the SSA, plus the
    /// textbook 123-45-6789 that the SSA states was never issued.
    static let publishedNumbers: Set<String> = [
        "078051120", "219099999", "457555462", "123456789",
    ]
}

enum Luhn {
    static func isValid(_ digits: String) -> Bool {
        guard digits.count >= 2 else { return false }
        var sum = 0
        for (index, byte) in digits.utf8.reversed().enumerated() {
            var value = Int(byte) - 48
            if index % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }
}

/// Issuer identification (prefix and length) for the card brands a district's staff carry.
enum PaymentCard {
    struct Issuer {
        let name: String
        let prefixes: [ClosedRange<Int>]
        let prefixLength: Int
        let lengths: ClosedRange<Int>
        var extraLengths: Set<Int> = []
    }

    static let issuers: [Issuer] = [
        Issuer(name: "Visa", prefixes: [4...4], prefixLength: 1, lengths: 16...16, extraLengths: [13, 19]),
        Issuer(name: "Mastercard", prefixes: [51...55], prefixLength: 2, lengths: 16...16),
        Issuer(name: "Mastercard", prefixes: [2221...2720], prefixLength: 4, lengths: 16...16),
        Issuer(name: "American Express", prefixes: [34...34, 37...37], prefixLength: 2, lengths: 15...15),
        Issuer(name: "Discover", prefixes: [6011...6011], prefixLength: 4, lengths: 16...19),
        Issuer(name: "Discover", prefixes: [644...649], prefixLength: 3, lengths: 16...19),
        Issuer(name: "Discover", prefixes: [65...65], prefixLength: 2, lengths: 16...19),
        Issuer(name: "Diners Club", prefixes: [300...305, 309...309], prefixLength: 3, lengths: 14...19),
        Issuer(name: "Diners Club", prefixes: [36...36, 38...39], prefixLength: 2, lengths: 14...19),
        Issuer(name: "JCB", prefixes: [3528...3589], prefixLength: 4, lengths: 16...19),
        Issuer(name: "UnionPay", prefixes: [62...62], prefixLength: 2, lengths: 16...19),
    ]

    /// `digits`: ASCII digits only (so a byte is a digit).
    static func issuer(of digits: String) -> Issuer? {
        let bytes = digits.utf8
        let count = bytes.count
        return issuers.first { issuer in
            guard issuer.lengths.contains(count) || issuer.extraLengths.contains(count), count >= issuer.prefixLength else { return false }
            let prefix = bytes.prefix(issuer.prefixLength).reduce(0) { $0 * 10 + Int($1) - 48 }
            return issuer.prefixes.contains { $0.contains(prefix) }
        }
    }

    static func isCard(_ digits: String) -> Bool {
        issuer(of: digits) != nil && Luhn.isValid(digits)
    }

    /// Test numbers published in issuers' and payment processors' developer documentation.
    static let testNumbers: Set<String> = [
        "4111111111111111", "4012888888881881", "4222222222222", "4242424242424242",
        "4000056655665556", "4000000000000002", "4000000000009995", "4444333322221111",
        "5555555555554444", "5105105105105100", "5200828282828210", "2223003122003222",
        "2221000000000009", "378282246310005", "371449635398431", "378734493671000",
        "6011111111111117", "6011000990139424", "6011000000000004", "30569309025904",
        "38520000023237", "36227206271667", "3530111333300000", "3566002020360505",
        "6200000000000005", "6250941006528599",
    ]
}
