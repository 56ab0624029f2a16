import PaddockHTTP

/// The MCP endpoint (`/mcp` and its alias `/v1/mcp`) and the REST bridge `/v1/mcp/*`, which
/// lists and calls the same tools with AIO's envelope.
struct MCPRoutes {
    let transport: MCPTransport

    init(context: WorkspaceContext, router: RouterReference) {
        let server = MCPServer(sessions: MCPSessions(logger: context.logger), router: router, version: context.version)
        transport = MCPTransport(server: server)
    }

    /// Returns `routes` with the MCP routes added, and binds the tools' router to the full list.
    /// Call it last, so that the tools reach every operation.
    static func appended(to routes: [Route], context: WorkspaceContext) -> [Route] {
        let reference = RouterReference()
        let all = routes + MCPRoutes(context: context, router: reference).routes
        reference.bind(WorkspaceRouter(routes: all))
        return all
    }

    var routes: [Route] {
        var routes: [Route] = []
        for path in ["/mcp", "/v1/mcp"] {
            routes += [
                Route("POST", path, transport.post),
                Route("GET", path, transport.get),
                Route("DELETE", path, transport.delete),
            ]
        }
        let bridge = MCPBridge(transport: transport)
        routes += [
            Route("GET", "/v1/mcp/servers", bridge.servers),
            Route("GET", "/v1/mcp/{server_name}/tools", bridge.tools),
            Route("POST", "/v1/mcp/{server_name}/tools/{tool_name}", bridge.call),
        ]
        return routes
    }
}

/// `GET /v1/mcp/servers`, `GET /v1/mcp/{server_name}/tools` and
/// `POST /v1/mcp/{server_name}/tools/{tool_name}`: MCP's tool listing and calls over plain REST, one
/// server per tool group.
struct MCPBridge {
    let transport: MCPTransport

    func servers(_ request: RouteRequest) throws -> HTTPResponse {
        let query = request.query()
        // Every group is visible, so include_hidden changes nothing, but it must be a boolean.
        _ = query.bool("include_hidden")
        try query.validate()
        return Envelope.success(.from(MCPServer.groups.map(\.name)))
    }

    func tools(_ request: RouteRequest) throws -> HTTPResponse {
        let group = try Self.group(request)
        return Envelope.success(["tools": .array(group.tools.map(\.listing)), "nextCursor": nil])
    }

    func call(_ request: RouteRequest) throws -> HTTPResponse {
        let group = try Self.group(request)
        let name = request.parameters["tool_name"] ?? ""
        guard let tool = group.tools.first(where: { $0.name == name }) else {
            throw OperationFailure(
                "MCP tool '\(name)' not found in server '\(group.name)'; its tools are "
                    + group.tools.map(\.name).joined(separator: ", "))
        }
        let bytes = try request.http.body.readAll(limit: MCPTransport.maxBodyBytes)
        let arguments: [String: JSONValue] = bytes.isEmpty ? [:] : try Self.arguments(bytes)
        let result = tool.call(arguments, WorkspaceCaller(router: transport.server.router, context: request.context))
        var data = result.json
        if case .object(var members) = data, members["structuredContent"] == nil {
            members["structuredContent"] = .null
            data = .object(members)
        }
        guard result.isError else { return Envelope.success(data) }
        let message = result.content.first?["text"]?.stringValue ?? "the tool failed"
        return Envelope.json(Envelope.body(success: false, message: message, data: data))
    }

    /// Parses the body as the arguments object.
    ///
    /// - Throws: `ValidationFailure` (422) when the body is not JSON or not an object.
    private static func arguments(_ bytes: [UInt8]) throws -> [String: JSONValue] {
        let value: JSONValue
        do {
            value = try JSONValue.parse(bytes)
        } catch {
            throw ValidationFailure([
                .init(location: ["body", 0], message: "JSON decode error", type: "json_invalid")
            ])
        }
        guard case .object(let members) = value else {
            throw ValidationFailure([
                .init(
                    location: ["body"], message: "Input should be a valid dictionary", type: "dict_type", input: value)
            ])
        }
        return members
    }

    private static func group(_ request: RouteRequest) throws -> (name: String, tools: [MCPTool]) {
        let name = request.parameters["server_name"] ?? ""
        guard let group = MCPServer.groups.first(where: { $0.name == name }) else {
            throw OperationFailure(
                "MCP server '\(name)' not found; the servers are "
                    + MCPServer.groups.map(\.name).joined(separator: ", "))
        }
        return group
    }
}
