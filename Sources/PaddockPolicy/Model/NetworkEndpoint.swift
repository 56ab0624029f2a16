/// One endpoint of a network policy: a host (or a set of allowed IPs) and ports, with the optional L7
/// inspection, TLS and credential settings that apply to traffic to it.
///
/// The fields follow the OpenShell policy schema, and JSON uses the schema's snake_case names.
public struct NetworkEndpoint: Codable, Sendable, Equatable {
    /// An exact host, IP address or wildcard pattern (see `HostPattern`). It is nil only for an
    /// endpoint that matches any host by `allowedIPs`.
    public var host: String?
    /// The TCP ports, at least one. A scalar `port` in the document becomes a one-element list.
    public var ports: [Int]
    /// A path glob that selects between L7 endpoints on the same host and port.
    public var path: String?
    /// The inspection protocol, or nil for an L4 tunnel through the proxy.
    public var `protocol`: ProtocolKind?
    /// The TLS handling, or nil to detect TLS and terminate it for inspection.
    public var tls: TLSMode?
    /// The handling of L7 violations (block or log), or nil for the runtime default.
    public var enforcement: Enforcement?
    /// A preset set of allowed requests, mutually exclusive with `rules`.
    public var access: AccessPreset?
    /// The allowed requests, or nil when the document has no `rules`. The loader rejects an empty list.
    public var rules: [L7Rule]?
    /// Requests that are denied even when a rule or preset allows them.
    public var denyRules: [L7Rule]?
    /// Networks in CIDR form that the host may resolve to even when they are internal.
    public var allowedIPs: [String]?
    /// Whether `%2F` is allowed inside path segments.
    public var allowEncodedSlash: Bool
    /// Whether credential placeholders in textual request bodies are replaced.
    public var requestBodyCredentialRewrite: Bool
    /// Whether credential placeholders in client WebSocket text messages are replaced.
    public var websocketCredentialRewrite: Bool
    /// Whether credentials may travel on traffic that the proxy cannot inspect.
    public var allowUninspectedCredentials: Bool
    /// AWS Signature Version 4 re-signing after credential replacement.
    public var credentialSigning: CredentialSigning?
    /// The AWS service name for re-signing, such as `s3`, which `credentialSigning` requires.
    public var signingService: String?
    /// The AWS region for re-signing.
    public var signingRegion: String?
    /// The provider whose credentials are bound to this endpoint.
    public var credentialBinding: CredentialBinding?
    /// The GraphQL persisted-query mode, such as `allow_registered`.
    public var persistedQueries: String?
    /// Registered persisted GraphQL queries, keyed by hash or ID.
    public var graphqlPersistedQueries: [String: GraphQLOperation]?
    /// The largest GraphQL request body that the proxy inspects, in bytes.
    public var graphqlMaxBodyBytes: Int?
    /// Options for `protocol: mcp`.
    public var mcp: MCPOptions?
    /// Options for `protocol: json-rpc`.
    public var jsonRPC: JSONRPCOptions?

    /// Creates an endpoint whose settings beyond host and ports are unset or false.
    public init(host: String?, ports: [Int]) {
        self.host = host
        self.ports = ports
        allowEncodedSlash = false
        requestBodyCredentialRewrite = false
        websocketCredentialRewrite = false
        allowUninspectedCredentials = false
    }

    /// Whether the proxy inspects requests to this endpoint: it has an L7 protocol and TLS is not
    /// tunnelled (`skip` or `passthrough`).
    public var inspectsRequests: Bool {
        guard let kind = self.protocol, kind.isL7 else { return false }
        return tls != .skip && tls != .passthrough
    }

    private enum CodingKeys: String, CodingKey {
        case host, ports, path
        case `protocol`
        case tls, enforcement, access, rules
        case denyRules = "deny_rules"
        case allowedIPs = "allowed_ips"
        case allowEncodedSlash = "allow_encoded_slash"
        case requestBodyCredentialRewrite = "request_body_credential_rewrite"
        case websocketCredentialRewrite = "websocket_credential_rewrite"
        case allowUninspectedCredentials = "allow_uninspected_credentials"
        case credentialSigning = "credential_signing"
        case signingService = "signing_service"
        case signingRegion = "signing_region"
        case credentialBinding = "credential_binding"
        case persistedQueries = "persisted_queries"
        case graphqlPersistedQueries = "graphql_persisted_queries"
        case graphqlMaxBodyBytes = "graphql_max_body_bytes"
        case mcp
        case jsonRPC = "json_rpc"
    }
}
