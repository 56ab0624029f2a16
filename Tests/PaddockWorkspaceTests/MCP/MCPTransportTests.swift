import PaddockHTTP
import Testing

@testable import PaddockWorkspace

@Suite struct MCPTransportTests {
    let client: MCPTestClient

    init() throws {
        client = try MCPTestClient()
    }

    @Test func initializeAnswersClientVersion() throws {
        let body =
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","#
            + #""params":{"protocolVersion":"2025-06-18","capabilities":{},"#
            + #""clientInfo":{"name":"tests","version":"1.0"}}}"#
        let response = try client.post(body)
        #expect(response.status == 200)
        #expect(response.headers["Mcp-Session-Id"]?.count == 32)
        let result = try MCPTestClient.json(response)["result"]
        #expect(result?["protocolVersion"] == "2025-06-18")
        #expect(result?["capabilities"] == ["tools": ["listChanged": false]])
        #expect(result?["serverInfo"]?["name"] == "paddock-workspace")
    }

    @Test func initializeWithUnknownVersionAnswersLatest() throws {
        let body = #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"1999-01-01"}}"#
        let result = try MCPTestClient.json(client.post(body))["result"]
        #expect(result?["protocolVersion"] == .string(MCPProtocolVersion.latest))
    }

    @Test func initializeWithoutVersionIsInvalidParams() throws {
        let response = try client.post(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#)
        let error = try MCPTestClient.json(response)["error"]
        #expect(error?["code"] == .int(JSONRPC.invalidParams))
        #expect(error?["message"]?.stringValue?.contains("protocolVersion") == true)
        #expect(response.headers["Mcp-Session-Id"] == nil)
    }

    @Test func malformedJSONIsParseError() throws {
        let session = try client.initialize()
        let response = try client.post(#"{"jsonrpc": "2.0", "id": 1,"#, session: session)
        #expect(response.status == 400)
        let body = try MCPTestClient.json(response)
        #expect(body["error"]?["code"] == .int(JSONRPC.parseError))
        #expect(body["id"] == .null)
    }

    @Test func nonObjectIsInvalidRequest() throws {
        let session = try client.initialize()
        let response = try client.post("42", session: session)
        #expect(response.status == 400)
        #expect(try MCPTestClient.json(response)["error"]?["code"] == .int(JSONRPC.invalidRequest))
    }

    @Test func unknownMethodIsMethodNotFound() throws {
        let session = try client.initialize()
        let response = try client.post(#"{"jsonrpc":"2.0","id":"x","method":"resources/list"}"#, session: session)
        #expect(response.status == 200)
        let body = try MCPTestClient.json(response)
        #expect(body["id"] == "x")
        #expect(body["error"]?["code"] == .int(JSONRPC.methodNotFound))
        #expect(body["error"]?["message"] == "Method not found: resources/list")
    }

    @Test func notificationIsAcceptedWithoutBody() throws {
        let session = try client.initialize()
        let response = try client.post(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#, session: session)
        #expect(response.status == 202)
        #expect(MCPTestClient.bytes(response).isEmpty)
    }

    @Test func pingReturnsEmptyResult() throws {
        let session = try client.initialize()
        let body = try MCPTestClient.json(client.post(#"{"jsonrpc":"2.0","id":2,"method":"ping"}"#, session: session))
        #expect(body == ["jsonrpc": "2.0", "id": 2, "result": [:]])
    }

    @Test func acceptHTMLIsNotAcceptable() throws {
        let response = try client.post(#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#, accept: "text/html")
        #expect(response.status == 406)
        let error = try MCPTestClient.json(response)["error"]
        #expect(error?["code"] == .int(JSONRPC.invalidRequest))
        #expect(error?["message"] == "Not Acceptable: client must accept application/json or text/event-stream")
    }

    @Test func eventStreamReplyIsFramed() throws {
        let session = try client.initialize()
        let response = try client.post(
            #"{"jsonrpc":"2.0","id":5,"method":"ping"}"#, session: session, accept: MCPTestClient.bothFormats)
        #expect(response.headers["Content-Type"] == "text/event-stream")
        #expect(
            MCPTestClient.text(response) == "event: message\ndata: {\"id\":5,\"jsonrpc\":\"2.0\",\"result\":{}}\n\n")
    }

    @Test func jsonOnlyClientGetsJSON() throws {
        let session = try client.initialize()
        let response = try client.post(#"{"jsonrpc":"2.0","id":5,"method":"ping"}"#, session: session)
        #expect(response.headers["Content-Type"] == "application/json")
        #expect(try MCPTestClient.json(response)["result"] == [:])
    }

    @Test func missingSessionIsBadRequest() throws {
        let response = try client.post(#"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#)
        #expect(response.status == 400)
        #expect(try MCPTestClient.json(response)["error"]?["message"]?.stringValue?.contains("Mcp-Session-Id") == true)
    }

    @Test func unknownSessionIsNotFound() throws {
        let response = try client.post(#"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#, session: "feedface")
        #expect(response.status == 404)
        #expect(try MCPTestClient.json(response)["error"]?["code"] == .int(JSONRPC.sessionNotFound))
    }

    @Test func deleteEndsSession() throws {
        let session = try client.initialize()
        let deleted = try client.send("DELETE", headers: [("Mcp-Session-Id", session)])
        #expect(deleted.status == 204)
        let after = try client.post(#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#, session: session)
        #expect(after.status == 404)
        let again = try client.send("DELETE", headers: [("Mcp-Session-Id", session)])
        #expect(again.status == 404)
    }

    @Test func getIsMethodNotAllowed() throws {
        let response = try client.send("GET", headers: [("Accept", "text/event-stream")])
        #expect(response.status == 405)
        #expect(response.headers["Allow"] == "POST, DELETE")
    }

    @Test func unsupportedVersionHeaderIsBadRequest() throws {
        let session = try client.initialize()
        let response = try client.send(
            "POST", body: #"{"jsonrpc":"2.0","id":1,"method":"ping"}"#,
            headers: [
                ("Accept", "application/json"), ("Mcp-Session-Id", session), ("MCP-Protocol-Version", "2000-01-01"),
            ])
        #expect(response.status == 400)
        #expect(try MCPTestClient.json(response)["error"]?["message"]?.stringValue?.contains("2000-01-01") == true)
    }

    @Test func matchingVersionHeaderIsAccepted() throws {
        let session = try client.initialize(version: "2025-06-18")
        let response = try client.send(
            "POST", body: #"{"jsonrpc":"2.0","id":1,"method":"ping"}"#,
            headers: [
                ("Accept", "application/json"), ("Mcp-Session-Id", session), ("MCP-Protocol-Version", "2025-06-18"),
            ])
        #expect(response.status == 200)
    }

    @Test func foreignOriginIsForbidden() throws {
        let body = #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25"}}"#
        let forbidden = try client.send(
            "POST", body: body, headers: [("Accept", "application/json"), ("Origin", "http://evil.example")])
        #expect(forbidden.status == 403)
        #expect(forbidden.headers["Mcp-Session-Id"] == nil)
        let local = try client.send(
            "POST", body: body, headers: [("Accept", "application/json"), ("Origin", "http://localhost:3000")])
        #expect(local.status == 200)
    }

    @Test func originCheckAllowsOnlyLoopback() {
        #expect(MCPRequestChecks.allowsOrigin(nil))
        #expect(MCPRequestChecks.allowsOrigin("http://localhost"))
        #expect(MCPRequestChecks.allowsOrigin("http://app.localhost:8080"))
        #expect(MCPRequestChecks.allowsOrigin("http://127.0.0.1:7760"))
        #expect(MCPRequestChecks.allowsOrigin("https://127.1.2.3"))
        #expect(MCPRequestChecks.allowsOrigin("http://[::1]:8091"))
        #expect(!MCPRequestChecks.allowsOrigin("null"))
        #expect(!MCPRequestChecks.allowsOrigin("http://127.0.0.1.evil.example"))
        #expect(!MCPRequestChecks.allowsOrigin("http://localhost.evil.example"))
        #expect(!MCPRequestChecks.allowsOrigin("http://10.0.0.1"))
        #expect(!MCPRequestChecks.allowsOrigin("http://[::2]"))
    }

    @Test func acceptHeaderParsing() {
        func acceptance(_ value: String?) -> MCPRequestChecks.Acceptance {
            var headers = HTTPHeaders()
            if let value { headers.add("Accept", value) }
            return MCPRequestChecks.acceptance(headers)
        }
        #expect(acceptance(nil) == .init(json: true, eventStream: false))
        #expect(acceptance("*/*") == .init(json: true, eventStream: false))
        #expect(acceptance("application/json, text/event-stream") == .init(json: true, eventStream: true))
        #expect(acceptance("text/event-stream") == .init(json: false, eventStream: true))
        #expect(acceptance("application/json;q=0.5") == .init(json: true, eventStream: false))
        #expect(acceptance("application/json;q=0, text/html") == .init(json: false, eventStream: false))
    }

    @Test func batchUnder20250326() throws {
        let session = try client.initialize(version: "2025-03-26")
        let body =
            #"[{"jsonrpc":"2.0","id":1,"method":"ping"},{"jsonrpc":"2.0","method":"notifications/initialized"},7]"#
        let response = try client.post(body, session: session)
        #expect(response.status == 200)
        guard case .array(let replies) = try MCPTestClient.json(response) else {
            Issue.record("a batch reply must be an array")
            return
        }
        #expect(replies.count == 2)
        #expect(replies.first?["result"] == [:])
        #expect(replies.last?["error"]?["code"] == .int(JSONRPC.invalidRequest))
    }

    @Test func batchUnder20251125IsRejected() throws {
        let session = try client.initialize(version: "2025-11-25")
        let response = try client.post(#"[{"jsonrpc":"2.0","id":1,"method":"ping"}]"#, session: session)
        #expect(response.status == 400)
        #expect(try MCPTestClient.json(response)["error"]?["message"]?.stringValue?.contains("batches") == true)
    }

    @Test func aliasPathServesTheSameSession() throws {
        let session = try client.initialize()
        let response = try client.send(
            "POST", "/v1/mcp", body: #"{"jsonrpc":"2.0","id":1,"method":"ping"}"#,
            headers: [("Accept", "application/json"), ("Mcp-Session-Id", session)])
        #expect(response.status == 200)
    }
}
