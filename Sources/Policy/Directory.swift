import Glibc

/// Who belongs to the district: internal domains, trusted networks, named sender groups and
/// the staff list that guideline 17 protects students with.
public struct Directory: Sendable, Equatable {
    /// Domains of the district; ".example.org" would mean its subdomains only, a plain
    /// domain means itself and its subdomains.
    public var internalDomains: [String] = []
    /// Clients here count as the district's own servers, like an authenticated session.
    public var trustedNetworks: [Network] = []
    /// Groups in config order; a sender may be in several.
    public var groups: [Group] = []
    /// Staff names and personal addresses, for "sender claims to be staff" (guideline 17).
    public var staff: [StaffMember] = []
    /// Groups whose members are protected from outside senders posing as staff.
    public var protectedGroups: [String] = []
    public var complianceMailbox: String?
    /// Counselors and administrators who get alerts at once (threats, self-harm); also the
    /// recipient group `safety-team` for policy rows.
    public var safetyTeam: [String] = []

    public static let safetyTeamGroup = "safety-team"

    public init() {}

    public func isInternal(_ address: String) -> Bool {
        Self.domain(of: address).map { domain in internalDomains.contains { Self.domain(domain, matches: $0) } } ?? false
    }

    /// The groups `address` is in, in config order.
    public func groups(of address: String) -> [String] {
        groups.filter { $0.contains(address) }.map(\.name)
    }

    /// Whether `address` is in a protected group (the students).
    public func isProtected(_ address: String) -> Bool {
        groups.contains { protectedGroups.contains($0.name) && $0.contains(address) }
    }

    /// The staff member an outside sender's From line claims to be, by display name or by a
    /// known personal address.
    public func claimedStaff(name: String?, address: String) -> StaffMember? {
        let normalizedName = name.map(StaffMember.normalize) ?? ""
        let address = address.lowercased()
        return staff.first { member in
            (!normalizedName.isEmpty && StaffMember.normalize(member.name) == normalizedName)
                || member.personalAddresses.contains(address) || member.address == address
        }
    }

    public static func domain(of address: String) -> String? {
        guard let at = address.lastIndex(of: "@") else { return nil }
        let domain = address[address.index(after: at)...].lowercased()
        return domain.isEmpty ? nil : domain
    }

    /// Postfix's convention: "example.org" matches itself and its subdomains, ".example.org"
    /// only its subdomains.
    public static func domain(_ domain: String, matches pattern: String) -> Bool {
        let pattern = pattern.lowercased()
        if pattern.hasPrefix(".") { return domain.hasSuffix(pattern) }
        return domain == pattern || domain.hasSuffix("." + pattern)
    }
}

/// A named set of senders, by exact address or by domain ("district.example" exactly,
/// ".district.example" for its subdomains).
public struct Group: Sendable, Equatable {
    public var name: String
    public var addresses: Set<String>
    public var domains: [String]

    public init(name: String, addresses: Set<String> = [], domains: [String] = []) {
        self.name = name
        self.addresses = Set(addresses.map { $0.lowercased() })
        self.domains = domains.map { $0.lowercased() }
    }

    public func contains(_ address: String) -> Bool {
        if addresses.contains(address.lowercased()) { return true }
        guard let domain = Directory.domain(of: address) else { return false }
        return domains.contains { $0.hasPrefix(".") ? domain.hasSuffix($0) : domain == $0 }
    }
}

public struct StaffMember: Sendable, Equatable {
    public var address: String
    public var name: String
    public var personalAddresses: Set<String>

    public init(address: String, name: String, personalAddresses: Set<String>) {
        self.address = address.lowercased()
        self.name = name
        self.personalAddresses = Set(personalAddresses.map { $0.lowercased() })
    }

    static func normalize(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "\"" || $0 == "," || $0 == "." })
            .sorted().joined(separator: " ")
    }
}

/// An IPv4 or IPv6 network in CIDR notation.
public struct Network: Sendable, Equatable, CustomStringConvertible {
    let bytes: [UInt8]
    let prefixLength: Int
    public let description: String

    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let address = parts.first, let bytes = Self.parse(address) else { return nil }
        let maximum = bytes.count * 8
        let length = parts.count > 1 ? Int(parts[1]) : maximum
        guard let length, (0...maximum).contains(length) else { return nil }
        self.bytes = bytes
        self.prefixLength = length
        self.description = text
    }

    public func contains(_ address: String) -> Bool {
        guard let other = Self.parse(address), other.count == bytes.count else { return false }
        var remaining = prefixLength
        for index in bytes.indices where remaining > 0 {
            let bits = min(8, remaining)
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            if bytes[index] & mask != other[index] & mask { return false }
            remaining -= bits
        }
        return true
    }

    static func parse(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 { return withUnsafeBytes(of: &v6) { Array($0) } }
        return nil
    }
}
