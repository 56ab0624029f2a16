import Foundation
import Glibc
import PaddockCore
import PaddockPolicy
import PaddockStore

extension SandboxManager {
    /// Records the sandbox's providers and its first policy revision, before its first launch.
    func attachEgress(_ record: SandboxRecord, providers: [String], policySource: String) throws {
        try store.setSandboxProviders(sandboxID: record.id, providers: providers)
        try store.appendPolicyRevision(sandboxID: record.id, policy: record.policy, source: policySource)
    }

    /// Checks that every provider exists, none is named twice, and no two credentials, nor a
    /// credential and an `env` entry, claim the same environment variable.
    func validateProviders(_ names: [String], environment: [String: String]) throws {
        var claimed: [String: String] = [:]
        for key in environment.keys {
            claimed[key] = "the sandbox's env"
        }
        var seen: Set<String> = []
        for name in names {
            guard seen.insert(name).inserted else {
                throw PaddockError(.invalidArgument, "provider '\(name)' is given twice; give each provider once")
            }
            guard let provider = try store.provider(named: name) else { throw ProviderRegistry.notFound(name) }
            for key in provider.credentialKeys {
                if let owner = claimed[key] {
                    throw PaddockError(
                        .invalidArgument,
                        "environment variable \(key) is set by both provider '\(name)' and \(owner); rename one "
                            + "credential with `paddock provider update` or drop the variable")
                }
                claimed[key] = "provider '\(name)'"
            }
        }
    }

    /// Checks the proxy's test switches: overrides map host names to IP literals, and the extra CA
    /// is PEM text.
    static func validateEgressOptions(_ options: EgressOptionsSpec) throws -> EgressOptionsSpec {
        for (host, address) in options.hostOverrides {
            let pattern = try? HostPattern(host)
            guard let pattern, !pattern.isWildcard else {
                throw PaddockError(
                    .invalidArgument,
                    "invalid egress host override '\(host)': expected a host name such as api.example.test")
            }
            guard isIPLiteral(address) else {
                throw PaddockError(
                    .invalidArgument,
                    "invalid egress host override \(host)=\(address): expected an IPv4 or IPv6 address such as "
                        + "127.0.0.1")
            }
        }
        if let pem = options.extraCA, !pem.contains("-----BEGIN CERTIFICATE-----") {
            throw PaddockError(
                .invalidArgument, "invalid egress extra_ca: expected PEM text with at least one CERTIFICATE block")
        }
        return options
    }

    private static func isIPLiteral(_ text: String) -> Bool {
        var ipv4 = in_addr()
        var ipv6 = in6_addr()
        return inet_pton(AF_INET, text, &ipv4) == 1 || inet_pton(AF_INET6, text, &ipv6) == 1
    }
}
