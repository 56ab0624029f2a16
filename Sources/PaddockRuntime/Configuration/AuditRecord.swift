/// One audit event as the supervisor writes it, one JSON object per line, to the sandbox's
/// `audit.jsonl`, which the gateway ingests into its store. No field ever contains a secret, and
/// request paths have placeholders replaced by `[credential]` and no query string.
public struct AuditRecord: Codable, Sendable, Equatable {
    /// RFC 3339 time in UTC with milliseconds.
    public var time: String
    /// `connection`, `http`, `policy`, `bypass`, or `lifecycle`.
    public var kind: String
    /// `info`, `warning` or `error`.
    public var level: String
    public var message: String
    /// The sandbox's name.
    public var sandbox: String
    public var pid: Int32?
    public var binary: String?
    public var ancestors: [String]?
    /// `host:port` as the client asked for it.
    public var destination: String?
    /// The name of the network policy that matched or denied.
    public var policy: String?
    /// The L7 rule, as `METHOD path`.
    public var rule: String?
    /// `allow`, `deny` or `audit` (forwarded, but an L7 rule in audit mode would have denied it).
    public var decision: String?
    /// The denial reason code (`no_matching_endpoint`, `binary_not_allowed`, ...).
    public var reason: String?
    /// The HTTP method, for L7 events.
    public var method: String?
    /// The request path without its query, for L7 events.
    public var path: String?
    /// The policy revision in force.
    public var revision: Int?

    public init(
        time: String, kind: String, level: String, message: String, sandbox: String, pid: Int32? = nil,
        binary: String? = nil, ancestors: [String]? = nil, destination: String? = nil, policy: String? = nil,
        rule: String? = nil, decision: String? = nil, reason: String? = nil, method: String? = nil,
        path: String? = nil, revision: Int? = nil
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
        self.method = method
        self.path = path
        self.revision = revision
    }
}
