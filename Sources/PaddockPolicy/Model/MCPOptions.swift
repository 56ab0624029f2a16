/// The `mcp` options of an endpoint with `protocol: mcp`.
public struct MCPOptions: Codable, Sendable, Equatable {
    /// The largest JSON-RPC request body that the proxy inspects, in bytes.
    public var maxBodyBytes: Int?
    /// Whether tool names must match the rules exactly.
    public var strictToolNames: Bool?
    /// Whether every standard MCP method is allowed, so the endpoint needs no rules.
    public var allowAllKnownMCPMethods: Bool?

    public init(maxBodyBytes: Int? = nil, strictToolNames: Bool? = nil, allowAllKnownMCPMethods: Bool? = nil) {
        self.maxBodyBytes = maxBodyBytes
        self.strictToolNames = strictToolNames
        self.allowAllKnownMCPMethods = allowAllKnownMCPMethods
    }

    private enum CodingKeys: String, CodingKey {
        case maxBodyBytes = "max_body_bytes"
        case strictToolNames = "strict_tool_names"
        case allowAllKnownMCPMethods = "allow_all_known_mcp_methods"
    }
}
