/// One tool of the MCP server: what `tools/list` shows and the function that `tools/call` runs.
struct MCPTool: Sendable {
    typealias Run = @Sendable ([String: JSONValue], WorkspaceCaller) throws(ToolFailure) -> ToolResult

    let name: String
    let description: String
    let parameters: [ToolParameter]
    /// MCP's behaviour hints. With `readOnlyHint`, clients may assume the tool changes nothing.
    let readOnly: Bool
    let destructive: Bool
    let run: Run

    init(
        _ name: String, _ description: String, parameters: [ToolParameter] = [], readOnly: Bool = false,
        destructive: Bool = false, run: @escaping Run
    ) {
        self.name = name
        self.description = description
        self.parameters = parameters
        self.readOnly = readOnly
        self.destructive = destructive
        self.run = run
    }

    /// The tool as a `Tool` object of `tools/list`.
    var listing: JSONValue {
        [
            "name": .string(name), "description": .string(description),
            "inputSchema": ToolArguments.schema(parameters),
            "annotations": [
                "readOnlyHint": .bool(readOnly), "destructiveHint": .bool(destructive),
                "idempotentHint": .bool(readOnly), "openWorldHint": false,
            ],
        ]
    }

    /// Validates `arguments` and runs the tool. A failure becomes a result with `isError: true`.
    func call(_ arguments: [String: JSONValue], _ caller: WorkspaceCaller) -> ToolResult {
        do throws(ToolFailure) {
            let checked = try ToolArguments.validate(arguments, against: parameters)
            return try run(checked, caller)
        } catch {
            var fields = ["tool": name, "error": error.message]
            fields["session"] = caller.sessionID
            caller.logger.warning("MCP tool call failed", fields)
            return ToolResult.error(error.message)
        }
    }
}

/// A tool call that failed: the text goes to the client in a result with `isError: true`.
struct ToolFailure: Error, Sendable {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}

/// The outcome of a tool call, as MCP's `CallToolResult`.
struct ToolResult: Sendable {
    var content: [JSONValue]
    var structuredContent: JSONValue?
    var isError: Bool

    /// Creates a successful result with one text item, and the route's data as structured
    /// content when it is an object.
    static func text(_ text: String, data: JSONValue? = nil) -> ToolResult {
        var structured: JSONValue? = nil
        if case .object = data { structured = data }
        return ToolResult(
            content: [["type": "text", "text": .string(text)]], structuredContent: structured, isError: false)
    }

    static func error(_ message: String) -> ToolResult {
        ToolResult(content: [["type": "text", "text": .string(message)]], structuredContent: nil, isError: true)
    }

    /// The `CallToolResult` object.
    var json: JSONValue {
        var members: [String: JSONValue] = ["content": .array(content), "isError": .bool(isError)]
        if let structuredContent { members["structuredContent"] = structuredContent }
        return .object(members)
    }
}
