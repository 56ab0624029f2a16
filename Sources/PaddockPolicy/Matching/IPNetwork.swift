@preconcurrency import Glibc

/// An IPv4 or IPv6 network in CIDR form, such as `10.20.0.0/16` or `fd00::/8`. A bare address is a
/// network of one address (`/32` or `/128`).
public struct IPNetwork: Sendable, Hashable, CustomStringConvertible {
    /// The address bytes, 4 for IPv4 and 16 for IPv6, with the host bits as written.
    public let address: [UInt8]
    public let prefixLength: Int

    /// Networks that `allowed_ips` may never overlap: loopback, link-local (which contains cloud metadata
    /// addresses such as 169.254.169.254) and the unspecified addresses, in IPv4, IPv6 and
    /// IPv4-mapped IPv6 form.
    public static var alwaysBlocked: [IPNetwork] {
        blockedRanges.map(\.network)
    }

    /// The always-blocked networks, each with the name of its kind for messages.
    static let blockedRanges: [(network: IPNetwork, name: String)] = [
        ("127.0.0.0/8", "loopback"), ("169.254.0.0/16", "link-local"), ("0.0.0.0/32", "unspecified"),
        ("::1/128", "loopback"), ("fe80::/10", "link-local"), ("::/128", "unspecified"),
        ("::ffff:127.0.0.0/104", "IPv4-mapped loopback"), ("::ffff:169.254.0.0/112", "IPv4-mapped link-local"),
        ("::ffff:0.0.0.0/128", "IPv4-mapped unspecified"),
    ].compactMap { text, name in (try? IPNetwork(text)).map { ($0, name) } }

    /// Parses `text` as an address or an address with a `/prefix`.
    public init(_ text: String) throws(PatternError) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let address = IPNetwork.addressBytes(String(parts[0])) else {
            throw PatternError(pattern: text, reason: "not an IPv4 or IPv6 address")
        }
        let maxPrefix = address.count * 8
        var prefix = maxPrefix
        if parts.count == 2 {
            guard let value = Int(parts[1]), parts[1].allSatisfy(\.isNumber), (0...maxPrefix).contains(value) else {
                throw PatternError(pattern: text, reason: "the prefix length must be a number from 0 to \(maxPrefix)")
            }
            prefix = value
        }
        self.address = address
        self.prefixLength = prefix
    }

    public var description: String {
        let family = address.count == 4 ? AF_INET : AF_INET6
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        let text = address.withUnsafeBytes { bytes in
            inet_ntop(family, bytes.baseAddress, &buffer, socklen_t(buffer.count)).map { String(cString: $0) }
        }
        return "\(text ?? "?")/\(prefixLength)"
    }

    /// Returns whether `address`, a bare IPv4 or IPv6 address, lies in this network.
    public func contains(address text: String) -> Bool {
        guard let bytes = IPNetwork.addressBytes(text) else { return false }
        return bytes.count == address.count && IPNetwork.samePrefix(bytes, address, bits: prefixLength)
    }

    /// Returns whether the two networks share at least one address.
    public func overlaps(_ other: IPNetwork) -> Bool {
        guard address.count == other.address.count else { return false }
        return IPNetwork.samePrefix(address, other.address, bits: min(prefixLength, other.prefixLength))
    }

    /// Returns the 4 or 16 bytes of an IPv4 or IPv6 address literal, or nil for anything else.
    static func addressBytes(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            return withUnsafeBytes(of: &v4) { Array($0) }
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            return withUnsafeBytes(of: &v6) { Array($0) }
        }
        return nil
    }

    private static func samePrefix(_ lhs: [UInt8], _ rhs: [UInt8], bits: Int) -> Bool {
        var remaining = bits
        for index in lhs.indices where remaining > 0 {
            let mask: UInt8 = remaining >= 8 ? 0xFF : ~(0xFF >> UInt8(remaining))
            if lhs[index] & mask != rhs[index] & mask {
                return false
            }
            remaining -= 8
        }
        return true
    }
}
