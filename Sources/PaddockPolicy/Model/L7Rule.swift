/// One L7 rule of an endpoint: the body of a `rules[].allow` entry or one `deny_rules` entry.
///
/// The fields that apply depend on the endpoint's protocol:
/// - REST and WebSocket: `method`, `path` and `query`. WebSocket uses `GET` for the upgrade and
///   `WEBSOCKET_TEXT` for client text messages.
/// - GraphQL: `operationType`, `operationName` and `fields`.
/// - JSON-RPC: `method` and `params`. MCP: `method`, `tool` and `params`.
/// - SQL: `command`.
public struct L7Rule: Codable, Sendable, Equatable {
    /// An HTTP method, `*` for any, or a JSON-RPC/MCP method glob such as `tools/call`.
    public var method: String?
    /// A path glob (see `PathGlob`).
    public var path: String?
    /// A SQL command, such as `SELECT`, or `*`.
    public var command: String?
    /// Matchers for query parameters by name. Every value of a named parameter must match.
    public var query: [String: QueryMatcher]?
    /// The GraphQL operation type: `query`, `mutation`, `subscription` or `*`.
    public var operationType: String?
    /// A glob over the GraphQL operation name.
    public var operationName: String?
    /// Globs over the GraphQL operation's root fields.
    public var fields: [String]?
    /// A matcher for the MCP tool name, shorthand for the `name` parameter of `tools/call`.
    public var tool: QueryMatcher?
    /// Matchers for JSON-RPC parameters, keyed by dotted path (`arguments.scope`) after flattening
    /// nested YAML mappings.
    public var params: [String: QueryMatcher]?

    public init(
        method: String? = nil, path: String? = nil, command: String? = nil, query: [String: QueryMatcher]? = nil,
        operationType: String? = nil, operationName: String? = nil, fields: [String]? = nil,
        tool: QueryMatcher? = nil, params: [String: QueryMatcher]? = nil
    ) {
        self.method = method
        self.path = path
        self.command = command
        self.query = query
        self.operationType = operationType
        self.operationName = operationName
        self.fields = fields
        self.tool = tool
        self.params = params
    }

    private enum CodingKeys: String, CodingKey {
        case method, path, command, query
        case operationType = "operation_type"
        case operationName = "operation_name"
        case fields, tool, params
    }
}
