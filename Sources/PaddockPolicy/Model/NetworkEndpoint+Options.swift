extension NetworkEndpoint {
    /// The `protocol` of an endpoint.
    public enum ProtocolKind: String, Codable, Sendable, Equatable, CaseIterable {
        /// Transparent TCP with policy DNS, no request inspection.
        case tcp
        case rest
        case websocket
        case graphql
        case mcp
        case jsonRPC = "json-rpc"
        /// SQL, inspected in audit mode only.
        case sql

        /// Whether the protocol inspects requests, which every protocol but `tcp` does.
        public var isL7: Bool {
            self != .tcp
        }
    }

    /// The `tls` mode of an endpoint.
    public enum TLSMode: String, Codable, Sendable, Equatable, CaseIterable {
        /// Tunnel TLS without interception.
        case skip
        /// Terminate TLS for inspection, as happens without `tls` too. Older policies name it explicitly.
        case terminate
        /// An older spelling for tunnelling TLS without interception.
        case passthrough
    }

    /// The `enforcement` of L7 rules.
    public enum Enforcement: String, Codable, Sendable, Equatable, CaseIterable {
        /// Block a request that the rules do not allow.
        case enforce
        /// Log a request that the rules do not allow, and forward it.
        case audit
    }

    /// The `access` presets.
    public enum AccessPreset: String, Codable, Sendable, Equatable, CaseIterable {
        /// GET, HEAD and OPTIONS on every path.
        case readOnly = "read-only"
        /// The read-only methods plus POST, PUT and PATCH.
        case readWrite = "read-write"
        /// Every method on every path.
        case full
    }

    /// The `credential_signing` modes, all AWS Signature Version 4.
    public enum CredentialSigning: String, Codable, Sendable, Equatable, CaseIterable {
        case sigv4
        /// Sign the request body's hash.
        case sigv4Body = "sigv4:body"
        /// Sign with an unsigned-payload body hash.
        case sigv4NoBody = "sigv4:no_body"
    }
}
