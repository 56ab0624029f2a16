import Foundation
import PaddockPolicy
import PaddockRuntime

/// One revision of a sandbox's egress settings, validated and compiled for the proxy.
///
/// Instances are immutable, so a connection keeps using the revision it started with while a reload
/// swaps in the next one.
public struct EgressRules: Sendable {
    public let revision: Int
    /// Every endpoint of every network policy, ordered by policy key, so the first match is the
    /// policy with the smallest key.
    public let endpoints: [CompiledEndpoint]
    /// The binaries of each policy, by policy key.
    public let binaries: [String: [BinaryMatcher]]
    public let credentials: CredentialSet
    /// Host name in lower case → address literal.
    public let hostOverrides: [String: String]
    public let allowLoopbackUpstreams: Bool
    /// Extra PEM certificates that upstream TLS servers may chain to.
    public let extraCA: String?

    /// Validates and compiles `settings`.
    ///
    /// - Throws: `ProxyRulesError` naming the field that is invalid.
    public init(settings: EgressSettings) throws(ProxyRulesError) {
        revision = settings.revision
        var endpoints: [CompiledEndpoint] = []
        var binaries: [String: [BinaryMatcher]] = [:]
        for (position, network) in settings.networkPolicies.sorted(by: { $0.key < $1.key }).enumerated() {
            let policyField = "network_policies[\(position)] (\(network.key))"
            guard binaries[network.key] == nil else {
                throw ProxyRulesError("\(policyField): the key is used twice; give each policy its own key")
            }
            try Self.checkBinaries(network.binaries, field: policyField)
            binaries[network.key] = network.binaries
            for (index, endpoint) in network.endpoints.enumerated() {
                let field = "\(policyField).endpoints[\(index)]"
                endpoints.append(try CompiledEndpoint(policy: network, endpoint: endpoint, field: field))
            }
        }
        self.endpoints = endpoints
        self.binaries = binaries
        credentials = try CredentialSet(credentials: settings.credentials)
        hostOverrides = try Self.checkOverrides(settings.options.hostOverrides)
        allowLoopbackUpstreams = settings.options.allowLoopbackUpstreams
        extraCA = settings.options.extraCA
    }

    /// Rules that allow nothing, in force until the first settings load.
    public static let denyAll: EgressRules = {
        // Empty settings always compile.
        guard let rules = try? EgressRules(settings: EgressSettings()) else {
            preconditionFailure("empty egress settings failed to compile")
        }
        return rules
    }()

    /// Checks that a reload to `next` keeps every placeholder, because running processes hold them.
    ///
    /// - Throws: `ProxyRulesError` when a credential was added, removed or got a new placeholder.
    public func checkReload(to next: EgressRules) throws(ProxyRulesError) {
        let current = Set(credentials.entries.map { "\($0.provider)/\($0.key)/\($0.placeholder)" })
        let proposed = Set(next.credentials.entries.map { "\($0.provider)/\($0.key)/\($0.placeholder)" })
        guard current == proposed || credentials.entries.isEmpty && revision == 0 else {
            throw ProxyRulesError(
                "credentials: the set of providers, keys and placeholders differs from the one the sandbox "
                    + "started with; only values and endpoints may change while it runs, so restart the sandbox")
        }
    }

    private static func checkBinaries(_ binaries: [BinaryMatcher], field: String) throws(ProxyRulesError) {
        for (index, binary) in binaries.enumerated() {
            guard binary.path.hasPrefix("/") || binary.path.hasPrefix("*") else {
                throw ProxyRulesError(
                    "\(field).binaries[\(index)].path: \"\(binary.path)\" is not absolute; use a path such as "
                        + "/usr/bin/curl or a glob such as /usr/lib/node_modules/**")
            }
        }
    }

    private static func checkOverrides(_ overrides: [String: String]) throws(ProxyRulesError) -> [String: String] {
        var normalized: [String: String] = [:]
        for (name, address) in overrides {
            let isLiteral = (try? IPNetwork(address)).map { $0.prefixLength == $0.address.count * 8 } ?? false
            guard isLiteral, !address.contains("/") else {
                throw ProxyRulesError(
                    "options.host_overrides.\(name): \"\(address)\" is not an IPv4 or IPv6 address; "
                        + "map the name to an address literal such as 127.0.0.1")
            }
            var key = name.lowercased()
            if key.hasSuffix(".") { key.removeLast() }
            normalized[key] = address
        }
        return normalized
    }
}
