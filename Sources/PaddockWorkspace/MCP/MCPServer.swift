import PaddockHTTP

/// The MCP methods of the workspace: `initialize`, `ping`, `tools/list` and `tools/call`, over the
/// tools of every group. The transport (`MCPTransport`) decides framing and sessions, and this type
/// turns one request into one result.
struct MCPServer: Sendable {
    /// The tool groups, which the REST bridge calls servers, in the order they are listed.
    static let groups: [(name: String, tools: [MCPTool])] = [
        ("sandbox", SandboxTools.all), ("browser", BrowserTools.all),
    ]
    static let tools: [MCPTool] = groups.flatMap(\.tools)

    static let serverName = "paddock-workspace"
    static let instructions =
        "Tools of one Paddock sandbox: sandbox_* run commands and code and edit files in the sandbox's "
        + "workspace; browser_* drive the sandbox's Chromium."

    let sessions: MCPSessions
    let router: RouterReference
    let version: String

    /// Returns the tool named `name` in any group.
    static func tool(named name: String) -> MCPTool? {
        tools.first { $0.name == name }
    }

    /// Runs `initialize`: negotiates the protocol version and opens a session.
    func initialize(_ params: JSONValue?) throws(JSONRPCFailure) -> (result: JSONValue, session: MCPSession) {
        let fields = try Self.object(params, method: "initialize")
        guard let requested = fields["protocolVersion"]?.stringValue else {
            throw .invalidParams(
                "initialize needs params.protocolVersion, a string such as \"\(MCPProtocolVersion.latest)\"")
        }
        let negotiated = MCPProtocolVersion.negotiate(requested)
        let client = fields["clientInfo"]
        let session = sessions.open(
            protocolVersion: negotiated, clientName: client?["name"]?.stringValue ?? "unknown",
            clientVersion: client?["version"]?.stringValue ?? "unknown")
        let result: JSONValue = [
            "protocolVersion": .string(negotiated),
            "capabilities": ["tools": ["listChanged": false]],
            "serverInfo": ["name": .string(Self.serverName), "version": .string(version)],
            "instructions": .string(Self.instructions),
        ]
        return (result, session)
    }

    /// Runs one request other than `initialize` and returns its result.
    func call(_ method: String, _ params: JSONValue?, session: MCPSession, context: HTTPRequestContext)
        throws(JSONRPCFailure) -> JSONValue
    {
        switch method {
        case "ping":
            return [:]
        case "tools/list":
            _ = try Self.object(params, method: method)
            return ["tools": .array(Self.tools.map(\.listing))]
        case "tools/call":
            let fields = try Self.object(params, method: method)
            guard let name = fields["name"]?.stringValue else {
                throw .invalidParams("tools/call needs params.name, the name of a tool from tools/list")
            }
            guard let tool = Self.tool(named: name) else { throw .invalidParams("Unknown tool: \(name)") }
            let arguments: [String: JSONValue]
            switch fields["arguments"] {
            case nil, .null?: arguments = [:]
            case .object(let members)?: arguments = members
            case let other?:
                throw .invalidParams("params.arguments must be an object, not \(JSONRPCMessage.kind(of: other))")
            }
            let caller = WorkspaceCaller(router: router, context: context, sessionID: session.id)
            return tool.call(arguments, caller).json
        case "initialize":
            throw JSONRPCFailure(
                JSONRPC.invalidRequest,
                "initialize must be sent alone, without an Mcp-Session-Id header; it opens a new session")
        default:
            throw JSONRPCFailure(JSONRPC.methodNotFound, "Method not found: \(method)")
        }
    }

    /// Reads params that must be an object. Absent params count as an empty object.
    private static func object(_ params: JSONValue?, method: String) throws(JSONRPCFailure) -> [String: JSONValue] {
        switch params {
        case nil, .null?: return [:]
        case .object(let members)?: return members
        case let other?:
            throw .invalidParams("params of \(method) must be an object, not \(JSONRPCMessage.kind(of: other))")
        }
    }
}
