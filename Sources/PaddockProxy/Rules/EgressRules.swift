import Foundation
import PaddockPolicy
import PaddockRuntime

/// One revision of a sandbox's egress settings, validated and compiled for the proxy.
///
/// Instances are immutable, so a connection keeps using the revision it started with while a reload
/// swaps in the next one.
public struct EgressRules: Sendable {
    public let revision: Int
    /// The whole policy, nil when the settings carry none (`{}`), which allows no egress.
    public let policy: SandboxPolicy?
    /// Every endpoint of every network policy, ordered by policy key, so the first match is the
    /// policy with the smallest key.
    public let endpoints: [CompiledEndpoint]
    /// The binaries of each policy, by policy key.
    public let binaries: [String: [BinaryMatcher]]
    public let credentials: CredentialSet
    public let hostAliases: [String: String]
    public let allowLoopbackUpstream: Bool
    /// Extra PEM certificates that upstream TLS servers may chain to, already read from the file.
    public let upstreamCertificatesPEM: String?

    /// Validates and compiles `settings`.
    ///
    /// - Parameter upstreamCertificatesPEM: the contents of `settings.upstreamCAFile`, which the
    ///   caller reads because that path is on the host.
    /// - Throws: `ProxyRulesError` naming the field that is invalid.
    public init(settings: NetworkSettings, upstreamCertificatesPEM: String? = nil) throws(ProxyRulesError) {
        revision = settings.revision
        policy = try Self.decodePolicy(settings.policyJSON)
        var endpoints: [CompiledEndpoint] = []
        var binaries: [String: [BinaryMatcher]] = [:]
        for network in policy?.networkPolicies.sorted(by: { $0.key < $1.key }) ?? [] {
            binaries[network.key] = network.binaries
            for (index, endpoint) in network.endpoints.enumerated() {
                let field = "network_policies.\(network.key).endpoints[\(index)]"
                endpoints.append(try CompiledEndpoint(policy: network, endpoint: endpoint, field: field))
            }
        }
        self.endpoints = endpoints
        self.binaries = binaries
        credentials = try CredentialSet(providers: settings.providers)
        hostAliases = try Self.checkAliases(settings.hostAliases)
        allowLoopbackUpstream = settings.allowLoopbackUpstream
        self.upstreamCertificatesPEM = upstreamCertificatesPEM
    }

    /// Rules that allow nothing, in force until the first settings load.
    public static let denyAll: EgressRules = {
        // An empty policy document always compiles.
        guard let rules = try? EgressRules(settings: NetworkSettings()) else {
            preconditionFailure("empty network settings failed to compile")
        }
        return rules
    }()

    /// Checks that a reload to `next` leaves the static policy sections as they are.
    ///
    /// - Throws: `ProxyRulesError` when filesystem, Landlock or process settings differ.
    public func checkReload(to next: EgressRules) throws(ProxyRulesError) {
        guard let current = policy, let proposed = next.policy else { return }
        guard current.staticSectionsEqual(proposed) else {
            throw ProxyRulesError(
                "the new policy changes filesystem_policy, landlock or process, which are fixed while the sandbox "
                    + "runs; change only network_policies, or recreate the sandbox")
        }
    }

    private static func decodePolicy(_ json: String) throws(ProxyRulesError) -> SandboxPolicy? {
        let trimmed = json.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty || trimmed == "{}" { return nil }
        do {
            return try JSONDecoder().decode(SandboxPolicy.self, from: Data(trimmed.utf8))
        } catch {
            throw ProxyRulesError("policyJSON is not a sandbox policy in JSON form: \(error)")
        }
    }

    private static func checkAliases(_ aliases: [String: String]) throws(ProxyRulesError) -> [String: String] {
        var normalized: [String: String] = [:]
        for (name, address) in aliases {
            guard (try? IPNetwork(address))?.prefixLength == (address.contains(":") ? 128 : 32) else {
                throw ProxyRulesError("hostAliases.\(name): \"\(address)\" is not an IPv4 or IPv6 address")
            }
            normalized[name.lowercased()] = address
        }
        return normalized
    }
}
