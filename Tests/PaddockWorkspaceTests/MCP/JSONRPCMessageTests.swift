import Testing

@testable import PaddockWorkspace

@Suite struct JSONRPCMessageTests {
    @Test func requestNotificationAndResponse() throws {
        let request = try JSONRPCMessage.parse(["jsonrpc": "2.0", "id": 3, "method": "ping"])
        #expect(request == .request(id: 3, method: "ping", params: nil))
        let notification = try JSONRPCMessage.parse(["jsonrpc": "2.0", "method": "notifications/initialized"])
        #expect(notification == .notification(method: "notifications/initialized", params: nil))
        let response = try JSONRPCMessage.parse(["jsonrpc": "2.0", "id": "a", "result": [:]])
        #expect(response == .response(id: "a"))
    }

    @Test func invalidMessagesAreRejected() {
        let cases: [(PaddockWorkspace.JSONValue, String)] = [
            (42, "must be an object"),
            (["id": 1, "method": "ping"], "\"jsonrpc\": \"2.0\""),
            (["jsonrpc": "1.0", "id": 1, "method": "ping"], "\"jsonrpc\": \"2.0\""),
            (["jsonrpc": "2.0", "id": true, "method": "ping"], "id must be a string or an integer"),
            (["jsonrpc": "2.0", "id": nil, "method": "ping"], "id must be a string or an integer"),
            (["jsonrpc": "2.0", "id": 1, "method": 5], "method must be a string"),
            (["jsonrpc": "2.0", "id": 1, "method": "ping", "params": "x"], "params must be an object or an array"),
            (["jsonrpc": "2.0", "id": 1], "no method"),
        ]
        for (value, reason) in cases {
            #expect(throws: JSONRPCMessage.Invalid.self) { try JSONRPCMessage.parse(value) }
            do {
                _ = try JSONRPCMessage.parse(value)
            } catch {
                #expect(error.reason.contains(reason), "\(error.reason)")
            }
        }
    }

    @Test func invalidMessageKeepsItsID() {
        do {
            _ = try JSONRPCMessage.parse(["jsonrpc": "2.0", "id": 9, "method": 1])
            Issue.record("parse accepted a numeric method")
        } catch {
            #expect(error.id == 9)
        }
    }

    @Test func versionNegotiation() {
        #expect(MCPProtocolVersion.negotiate("2025-06-18") == "2025-06-18")
        #expect(MCPProtocolVersion.negotiate("2024-11-05") == "2024-11-05")
        #expect(MCPProtocolVersion.negotiate("2026-07-28") == MCPProtocolVersion.latest)
        #expect(MCPProtocolVersion.negotiate("not-a-version") == MCPProtocolVersion.latest)
        #expect(MCPProtocolVersion.latest == "2025-11-25")
    }

    @Test func batchesOnlyBefore20250618() {
        #expect(MCPProtocolVersion.allowsBatches("2025-03-26"))
        #expect(MCPProtocolVersion.allowsBatches("2024-11-05"))
        #expect(!MCPProtocolVersion.allowsBatches("2025-06-18"))
        #expect(!MCPProtocolVersion.allowsBatches("2025-11-25"))
        #expect(!MCPProtocolVersion.allowsBatches("unknown"))
    }

    @Test func sseEventFraming() {
        #expect(ServerSentEvents.event("message", data: #"{"a":1}"#) == "event: message\ndata: {\"a\":1}\n\n")
        #expect(
            ServerSentEvents.event("message", data: "one\ntwo\r\nthree")
                == "event: message\ndata: one\ndata: two\ndata: three\n\n")
    }
}
