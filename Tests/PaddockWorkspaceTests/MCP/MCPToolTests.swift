import Foundation
import PaddockCore
import Testing

@testable import PaddockWorkspace

@Suite struct ToolArgumentsTests {
    let parameters: [ToolParameter] = [
        .string("cmd", "command", required: true),
        .string("language", "language", allowed: ["python", "javascript"]),
        .integer("timeout", "seconds", defaultValue: 30, minimum: 1, maximum: 300),
        .boolean("full_page", "whole page"),
        .integers("view_range", "lines"),
    ]

    private func failure(_ arguments: [String: PaddockWorkspace.JSONValue]) -> String? {
        do {
            _ = try ToolArguments.validate(arguments, against: parameters)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func missingRequiredArgument() {
        #expect(failure([:]) == "missing required argument 'cmd'")
        #expect(failure(["cmd": nil]) == "missing required argument 'cmd'")
    }

    @Test func wrongTypes() {
        #expect(failure(["cmd": 5]) == "argument 'cmd' must be a string, not a number")
        #expect(failure(["cmd": "x", "timeout": "10"]) == "argument 'timeout' must be an integer, not a string")
        #expect(failure(["cmd": "x", "full_page": 1]) == "argument 'full_page' must be a boolean, not a number")
        #expect(failure(["cmd": "x", "view_range": [1, "2"]])?.contains("array of integers") == true)
    }

    @Test func enumAndBounds() {
        #expect(
            failure(["cmd": "x", "language": "ruby"])
                == "argument 'language' must be one of python, javascript, not 'ruby'")
        #expect(failure(["cmd": "x", "timeout": 0]) == "argument 'timeout' must be at least 1, not 0")
        #expect(failure(["cmd": "x", "timeout": 301]) == "argument 'timeout' must be at most 300, not 301")
    }

    @Test func unknownArgumentNamesKnownOnes() {
        #expect(
            failure(["cmd": "x", "command": "y"])?.hasPrefix("unknown argument 'command'; known arguments: cmd,")
                == true)
    }

    @Test func defaultsAndWholeNumbers() throws {
        let checked = try ToolArguments.validate(["cmd": "x", "view_range": [1, 3]], against: parameters)
        #expect(checked["timeout"] == 30)
        #expect(checked["view_range"] == [1, 3])
        let whole = try ToolArguments.validate(["cmd": "x", "timeout": .double(12.0)], against: parameters)
        #expect(whole["timeout"] == 12)
        #expect(failure(["cmd": "x", "timeout": .double(1.5)]) != nil)
    }

    @Test func schemaListsRequiredTypesAndEnums() {
        let schema = ToolArguments.schema(parameters)
        #expect(schema["type"] == "object")
        #expect(schema["required"] == ["cmd"])
        #expect(schema["additionalProperties"] == false)
        #expect(schema["properties"]?["language"]?["enum"] == ["python", "javascript"])
        #expect(schema["properties"]?["timeout"]?["default"] == 30)
        #expect(schema["properties"]?["view_range"]?["items"] == ["type": "integer"])
    }
}

@Suite struct MCPToolCallTests {
    let client: MCPTestClient
    let session: String

    init() throws {
        client = try MCPTestClient()
        session = try client.initialize()
    }

    private func text(_ response: PaddockWorkspace.JSONValue) -> String {
        guard case .array(let content)? = response["result"]?["content"] else { return "" }
        return content.compactMap { $0["text"]?.stringValue }.joined()
    }

    @Test func everyToolHasASchema() throws {
        let body = try MCPTestClient.json(
            client.post(#"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#, session: session))
        guard case .array(let tools)? = body["result"]?["tools"] else {
            Issue.record("tools/list returned no tools")
            return
        }
        #expect(tools.count == MCPServer.tools.count)
        for tool in tools {
            #expect(tool["inputSchema"]?["type"] == "object", "\(tool["name"] ?? nil)")
            #expect(tool["description"]?.stringValue?.isEmpty == false)
        }
        let names = Set(tools.compactMap { $0["name"]?.stringValue })
        #expect(names.contains("sandbox_execute_bash"))
        #expect(names.contains("browser_screenshot"))
    }

    @Test func bashToolReturnsOutputAndExitCode() throws {
        let response = try client.callTool(
            "sandbox_execute_bash", #"{"cmd":"echo hello; echo oops >&2; exit 3"}"#, session: session)
        #expect(response["result"]?["isError"] == false)
        #expect(text(response) == "hello\n[stderr]\noops\n[exit code: 3]")
        #expect(response["result"]?["structuredContent"]?["exit_code"] == 3)
    }

    @Test func fileToolWritesAndReads() throws {
        let path = client.workspace + "/note.txt"
        let write = try client.callTool(
            "sandbox_file_operations", #"{"action":"write","path":"\#(path)","content":"alpha\nbeta\n"}"#,
            session: session)
        #expect(write["result"]?["isError"] == false)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "alpha\nbeta\n")
        let read = try client.callTool(
            "sandbox_file_operations", #"{"action":"read","path":"\#(path)"}"#, session: session)
        #expect(text(read) == "alpha\nbeta\n")
        let search = try client.callTool(
            "sandbox_file_operations", #"{"action":"search","path":"\#(path)","pattern":"^be"}"#, session: session)
        #expect(text(search) == "2: beta")
    }

    @Test func fileToolNeedsContentToWrite() throws {
        let response = try client.callTool(
            "sandbox_file_operations", #"{"action":"write","path":"x.txt"}"#, session: session)
        #expect(response["result"]?["isError"] == true)
        #expect(text(response) == "action 'write' needs the argument 'content'")
    }

    @Test func missingArgumentIsToolError() throws {
        let response = try client.callTool("sandbox_execute_bash", "{}", session: session)
        #expect(response["error"] == nil)
        #expect(response["result"]?["isError"] == true)
        #expect(text(response) == "missing required argument 'cmd'")
    }

    @Test func unknownToolIsInvalidParams() throws {
        let response = try client.callTool("no_such_tool", "{}", session: session)
        #expect(response["error"]?["code"] == .int(JSONRPC.invalidParams))
        #expect(response["error"]?["message"] == "Unknown tool: no_such_tool")
    }

    @Test func failedOperationIsToolError() throws {
        let response = try client.callTool(
            "sandbox_file_operations", #"{"action":"read","path":"/nonexistent/paddock-mcp-test"}"#, session: session)
        #expect(response["result"]?["isError"] == true)
        #expect(text(response).contains("/nonexistent/paddock-mcp-test"))
    }

    @Test func argumentsMustBeAnObject() throws {
        let response = try client.callTool("sandbox_get_context", "[1]", session: session)
        #expect(response["error"]?["code"] == .int(JSONRPC.invalidParams))
    }
}

@Suite struct MCPBridgeTests {
    let client: MCPTestClient

    init() throws {
        client = try MCPTestClient()
    }

    @Test func serversAreTheToolGroups() throws {
        let body = try MCPTestClient.json(client.send("GET", "/v1/mcp/servers?include_hidden=true"))
        #expect(body["data"] == ["sandbox", "browser"])
        #expect(try client.send("GET", "/v1/mcp/servers?include_hidden=maybe").status == 422)
    }

    @Test func toolsOfAGroup() throws {
        let body = try MCPTestClient.json(client.send("GET", "/v1/mcp/browser/tools"))
        guard case .array(let tools)? = body["data"]?["tools"] else {
            Issue.record("no tools in the reply")
            return
        }
        #expect(tools.count == BrowserTools.all.count)
    }

    @Test func unknownServerNamesTheKnownOnes() throws {
        let body = try MCPTestClient.json(client.send("GET", "/v1/mcp/nothing/tools"))
        #expect(body["success"] == false)
        #expect(body["message"] == "MCP server 'nothing' not found; the servers are sandbox, browser")
    }

    @Test func callReturnsCallToolResult() throws {
        let response = try client.send(
            "POST", "/v1/mcp/sandbox/tools/sandbox_execute_bash", body: #"{"cmd":"printf bridged"}"#,
            headers: [("Content-Type", "application/json")])
        let body = try MCPTestClient.json(response)
        #expect(body["success"] == true)
        #expect(body["data"]?["isError"] == false)
        guard case .array(let content)? = body["data"]?["content"] else {
            Issue.record("no content")
            return
        }
        #expect(content.first?["text"] == "bridged\n[exit code: 0]")
    }

    @Test func unknownToolNamesTheGroupsTools() throws {
        let body = try MCPTestClient.json(client.send("POST", "/v1/mcp/sandbox/tools/browser_navigate", body: "{}"))
        #expect(body["success"] == false)
        #expect(
            body["message"]?.stringValue?.hasPrefix("MCP tool 'browser_navigate' not found in server 'sandbox'") == true
        )
    }

    @Test func invalidArgumentsBodyIs422() throws {
        let invalid = try client.send("POST", "/v1/mcp/sandbox/tools/sandbox_execute_bash", body: "{")
        #expect(invalid.status == 422)
        guard case .array(let issues)? = try MCPTestClient.json(invalid)["detail"] else {
            Issue.record("a 422 must carry a list of issues")
            return
        }
        #expect(issues.first?["type"] == "json_invalid")
        let list = try client.send("POST", "/v1/mcp/sandbox/tools/sandbox_execute_bash", body: "[1]")
        #expect(list.status == 422)
    }

    @Test func toolErrorIsAFailedEnvelope() throws {
        let body = try MCPTestClient.json(client.send("POST", "/v1/mcp/sandbox/tools/sandbox_execute_bash", body: ""))
        #expect(body["success"] == false)
        #expect(body["message"] == "missing required argument 'cmd'")
        #expect(body["data"]?["isError"] == true)
    }
}

@Suite struct MCPSessionsTests {
    @Test func closedSessionIsGone() {
        let sessions = MCPSessions(logger: Logger(label: "test"))
        let session = sessions.open(protocolVersion: "2025-11-25", clientName: "tests", clientVersion: "1")
        #expect(sessions.use(session.id)?.protocolVersion == "2025-11-25")
        #expect(sessions.close(session.id))
        #expect(sessions.use(session.id) == nil)
        #expect(!sessions.close(session.id))
    }

    @Test func idleSessionExpires() {
        // A negative timeout makes every session older than its limit at once.
        let sessions = MCPSessions(logger: Logger(label: "test"), idleTimeout: -1)
        let session = sessions.open(protocolVersion: "2025-11-25", clientName: "tests", clientVersion: "1")
        #expect(sessions.use(session.id) == nil)
    }

    @Test func oldestSessionIsEvicted() {
        let sessions = MCPSessions(logger: Logger(label: "test"), maxSessions: 2)
        let first = sessions.open(protocolVersion: "2025-11-25", clientName: "a", clientVersion: "1")
        let second = sessions.open(protocolVersion: "2025-11-25", clientName: "b", clientVersion: "1")
        #expect(sessions.use(first.id) != nil)
        let third = sessions.open(protocolVersion: "2025-11-25", clientName: "c", clientVersion: "1")
        #expect(sessions.use(second.id) == nil)
        #expect(sessions.use(first.id) != nil)
        #expect(sessions.use(third.id) != nil)
    }

    @Test func sessionIDsAreDistinctHex() {
        let sessions = MCPSessions(logger: Logger(label: "test"))
        let ids = (0..<50).map { _ in
            sessions.open(protocolVersion: "2025-11-25", clientName: "t", clientVersion: "1").id
        }
        #expect(Set(ids).count == 50)
        #expect(ids.allSatisfy { $0.count == 32 && $0.allSatisfy(\.isHexDigit) })
    }
}
