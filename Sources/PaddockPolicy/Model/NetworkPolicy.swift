/// One entry of `network_policies`: the endpoints that the listed binaries may reach.
///
/// A connection is allowed when some policy has an endpoint that matches its host and port and a
/// binary that matches the caller or one of its ancestors. A policy without binaries matches no
/// caller.
public struct NetworkPolicy: Codable, Sendable, Equatable {
    /// The map key in `network_policies`.
    public var key: String
    /// The name that logs and deny responses show, or the key when the document gives none.
    public var name: String
    public var endpoints: [NetworkEndpoint]
    public var binaries: [BinaryMatcher]

    public init(key: String, name: String? = nil, endpoints: [NetworkEndpoint], binaries: [BinaryMatcher]) {
        self.key = key
        self.name = name ?? key
        self.endpoints = endpoints
        self.binaries = binaries
    }
}
