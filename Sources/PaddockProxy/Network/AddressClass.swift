import PaddockPolicy

/// The kind of an upstream address, which decides whether the proxy may dial it.
public enum AddressClass: String, Sendable, Equatable {
    case loopback
    case linkLocal = "link-local"
    case unspecified
    case multicast
    /// RFC 1918, shared (100.64.0.0/10), unique-local IPv6 and other ranges meant for one network.
    case `private`
    case global

    /// The ranges of each class but `global`, checked in order.
    static let ranges: [(network: IPNetwork, kind: AddressClass)] = [
        ("127.0.0.0/8", .loopback), ("::1/128", .loopback), ("::ffff:127.0.0.0/104", .loopback),
        ("169.254.0.0/16", .linkLocal), ("fe80::/10", .linkLocal), ("::ffff:169.254.0.0/112", .linkLocal),
        ("0.0.0.0/8", .unspecified), ("::/128", .unspecified), ("::ffff:0.0.0.0/104", .unspecified),
        ("224.0.0.0/4", .multicast), ("255.255.255.255/32", .multicast), ("ff00::/8", .multicast),
        ("10.0.0.0/8", .private), ("172.16.0.0/12", .private), ("192.168.0.0/16", .private),
        ("100.64.0.0/10", .private), ("192.0.0.0/24", .private), ("198.18.0.0/15", .private),
        ("fc00::/7", .private), ("::ffff:10.0.0.0/104", .private), ("::ffff:172.16.0.0/108", .private),
        ("::ffff:192.168.0.0/112", .private), ("::ffff:100.64.0.0/106", .private),
    ].compactMap { text, kind in (try? IPNetwork(text)).map { ($0, kind) } }

    /// Classifies an IPv4 or IPv6 address literal; anything unparsable counts as unspecified.
    public init(address: String) {
        guard (try? IPNetwork(address)) != nil else {
            self = .unspecified
            return
        }
        self = Self.ranges.first { $0.network.contains(address: address) }?.kind ?? .global
    }
}

/// The rule that decides which resolved addresses an allowed endpoint may be dialled at.
public struct AddressPolicy: Sendable {
    public let allowLoopback: Bool

    public init(allowLoopback: Bool) {
        self.allowLoopback = allowLoopback
    }

    /// Returns nil when `address` may be dialled for `endpoint`, or the reason it may not.
    ///
    /// Loopback (unless the operator allowed it), link-local, unspecified and multicast addresses
    /// are never dialled. Private ones need the endpoint's `allowed_ips`; a hostless endpoint, which
    /// matches by `allowed_ips` alone, needs every address covered.
    public func rejection(of address: String, for endpoint: CompiledEndpoint) -> String? {
        let kind = AddressClass(address: address)
        let covered = endpoint.allowedNetworks.contains { $0.contains(address: address) }
        switch kind {
        case .loopback where allowLoopback:
            return nil
        case .loopback, .linkLocal, .unspecified, .multicast:
            return "\(address) is a \(kind.rawValue) address, which the proxy never dials"
        case .private where !covered:
            return "\(address) is a private address and the endpoint's allowed_ips does not cover it; "
                + "add it to allowed_ips if the host is meant to be internal"
        case .global where endpoint.host == nil && !covered:
            return "\(address) is not in the endpoint's allowed_ips"
        case .private, .global:
            return nil
        }
    }
}
