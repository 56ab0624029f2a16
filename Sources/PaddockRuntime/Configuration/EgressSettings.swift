import PaddockPolicy

/// The egress settings of a running sandbox, as the gateway writes them to `egress.json` in the
/// sandbox directory (mode 0600, owned by root) and the supervisor's proxy enforces them.
///
/// The gateway rewrites the file atomically (write a temporary file, then rename) and requests a
/// reload with `POST /v1/egress/reload` on the supervisor's control socket. docs/egress.md
/// describes the contract.
public struct EgressSettings: Codable, Sendable, Equatable {
    /// The policy revision these settings come from, reported back with the load status.
    public var revision: Int
    /// The `network_policies` of the sandbox's policy, in the JSON form that `SandboxPolicy` encodes.
    public var networkPolicies: [NetworkPolicy]
    /// The credentials of the sandbox's providers. Their placeholders must stay the same for the
    /// sandbox's lifetime, because running processes already hold them.
    public var credentials: [EgressCredential]
    public var options: EgressOptions

    public init(
        revision: Int = 0, networkPolicies: [NetworkPolicy] = [], credentials: [EgressCredential] = [],
        options: EgressOptions = EgressOptions()
    ) {
        self.revision = revision
        self.networkPolicies = networkPolicies
        self.credentials = credentials
        self.options = options
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        revision = try container.decode(Int.self, forKey: .revision)
        networkPolicies = try container.decodeIfPresent([NetworkPolicy].self, forKey: .networkPolicies) ?? []
        credentials = try container.decodeIfPresent([EgressCredential].self, forKey: .credentials) ?? []
        options = try container.decodeIfPresent(EgressOptions.self, forKey: .options) ?? EgressOptions()
    }

    private enum CodingKeys: String, CodingKey {
        case revision
        case networkPolicies = "network_policies"
        case credentials, options
    }
}

/// One provider credential: the secret, the placeholder that sandbox processes see in its place
/// (as the environment variable `key`), and the destinations the secret may be sent to.
public struct EgressCredential: Codable, Sendable, Equatable {
    public var provider: String
    /// The environment variable that holds the placeholder inside the sandbox.
    public var key: String
    public var placeholder: String
    /// The secret. Never logged, never written inside the sandbox.
    public var value: String
    /// Host patterns as in network policy endpoints, each with an optional `:port`.
    public var endpoints: [String]

    /// The prefix of every placeholder, which the proxy also uses to catch placeholders it does
    /// not know (from another sandbox, or stale).
    public static let placeholderPrefix = "paddock-cred-"

    public init(provider: String, key: String, placeholder: String, value: String, endpoints: [String]) {
        self.provider = provider
        self.key = key
        self.placeholder = placeholder
        self.value = value
        self.endpoints = endpoints
    }

    /// Returns a new placeholder `paddock-cred-<provider>-<key>-<32 hex digits>` for a credential.
    /// Characters outside letters, digits, `-` and `_` in the provider or key become `_`.
    public static func makePlaceholder(provider: String, key: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let random = (0..<2).map { _ in generator.next() as UInt64 }
            .map { String($0, radix: 16).leftPadded(to: 16) }.joined()
        return placeholderPrefix + sanitized(provider) + "-" + sanitized(key) + "-" + random
    }

    private static func sanitized(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "_" })
    }
}

/// Operator switches of the proxy, meant for tests that point names at local servers.
public struct EgressOptions: Codable, Sendable, Equatable {
    /// Host names that resolve to fixed addresses instead of through DNS (`name` → `127.0.0.1`).
    public var hostOverrides: [String: String]
    /// Lets the proxy dial loopback addresses, which it otherwise always refuses. The supervisor
    /// logs a warning at every load while it is on.
    public var allowLoopbackUpstreams: Bool
    /// PEM text of extra CA certificates that upstream TLS servers may chain to, beside the
    /// system's roots.
    public var extraCA: String?

    public init(hostOverrides: [String: String] = [:], allowLoopbackUpstreams: Bool = false, extraCA: String? = nil) {
        self.hostOverrides = hostOverrides
        self.allowLoopbackUpstreams = allowLoopbackUpstreams
        self.extraCA = extraCA
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        hostOverrides = try container.decodeIfPresent([String: String].self, forKey: .hostOverrides) ?? [:]
        allowLoopbackUpstreams = try container.decodeIfPresent(Bool.self, forKey: .allowLoopbackUpstreams) ?? false
        extraCA = try container.decodeIfPresent(String.self, forKey: .extraCA)
    }

    private enum CodingKeys: String, CodingKey {
        case hostOverrides = "host_overrides"
        case allowLoopbackUpstreams = "allow_loopback_upstreams"
        case extraCA = "extra_ca"
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
