/// The egress settings of a sandbox: its network policy revision, the credentials its proxy may
/// inject, and the operator's test switches. The gateway fills them in; the supervisor's proxy
/// enforces them, and `PUT /v1/network` on the control socket replaces them while the sandbox runs.
public struct NetworkSettings: Codable, Sendable, Equatable {
    /// The policy revision these settings come from, reported back with the load status.
    public var revision: Int
    /// The whole policy as JSON text (a `PaddockPolicy.SandboxPolicy`); the proxy reads its
    /// `network_policies`. Only that section may differ between revisions of a running sandbox.
    public var policyJSON: String
    public var providers: [ProviderCredentials]
    /// Host names that resolve to fixed addresses instead of through DNS, for tests that point a
    /// name at a local server (`name` → `127.0.0.1`).
    public var hostAliases: [String: String]
    /// Lets the proxy connect to loopback addresses, which it otherwise always refuses. For tests
    /// only; the gateway logs a warning whenever it is on.
    public var allowLoopbackUpstream: Bool
    /// A PEM file of extra CA certificates that upstream TLS servers may chain to, beside the
    /// system's roots (for test servers).
    public var upstreamCAFile: String?

    public init(
        revision: Int = 0, policyJSON: String = "{}", providers: [ProviderCredentials] = [],
        hostAliases: [String: String] = [:], allowLoopbackUpstream: Bool = false, upstreamCAFile: String? = nil
    ) {
        self.revision = revision
        self.policyJSON = policyJSON
        self.providers = providers
        self.hostAliases = hostAliases
        self.allowLoopbackUpstream = allowLoopbackUpstream
        self.upstreamCAFile = upstreamCAFile
    }
}

/// One provider's secrets as the proxy needs them: each key's real value, the placeholder that
/// sandbox processes see instead, and the endpoints the values may be sent to.
public struct ProviderCredentials: Codable, Sendable, Equatable {
    public var name: String
    /// Key → real value. Never logged, never written inside the sandbox.
    public var secrets: [String: String]
    /// Key → placeholder placed in the sandbox's environment under the same key.
    public var placeholders: [String: String]
    /// Host patterns (as in network policy endpoints, with an optional `:port`) that may receive the
    /// real values.
    public var endpoints: [String]

    public init(name: String, secrets: [String: String], placeholders: [String: String], endpoints: [String]) {
        self.name = name
        self.secrets = secrets
        self.placeholders = placeholders
        self.endpoints = endpoints
    }
}

/// One audit event as the supervisor writes it, one JSON object per line, to the sandbox's
/// `audit.jsonl`, which the gateway ingests into its store.
public struct AuditRecord: Codable, Sendable, Equatable {
    public var time: String
    /// `connection`, `http`, `policy`, `bypass`, or `lifecycle`.
    public var kind: String
    public var level: String
    public var message: String
    public var sandbox: String
    public var pid: Int32?
    public var binary: String?
    public var ancestors: [String]?
    public var destination: String?
    public var policy: String?
    public var rule: String?
    /// `allow`, `deny` or `audit` (allowed, but a rule in audit mode would have denied it).
    public var decision: String?
    public var reason: String?

    public init(
        time: String, kind: String, level: String, message: String, sandbox: String, pid: Int32? = nil,
        binary: String? = nil, ancestors: [String]? = nil, destination: String? = nil, policy: String? = nil,
        rule: String? = nil, decision: String? = nil, reason: String? = nil
    ) {
        self.time = time
        self.kind = kind
        self.level = level
        self.message = message
        self.sandbox = sandbox
        self.pid = pid
        self.binary = binary
        self.ancestors = ancestors
        self.destination = destination
        self.policy = policy
        self.rule = rule
        self.decision = decision
        self.reason = reason
    }
}
