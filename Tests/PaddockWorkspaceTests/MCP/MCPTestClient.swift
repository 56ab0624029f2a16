import Foundation
import PaddockCore
import PaddockHTTP

@testable import PaddockWorkspace

/// Sends requests to a whole workspace router in-process, the way the MCP tests need them.
struct MCPTestClient {
    let router: WorkspaceRouter
    let workspace: String

    init() throws {
        workspace = FileManager.default.temporaryDirectory.appendingPathComponent("mcp-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: workspace, withIntermediateDirectories: true)
        let context = WorkspaceContext(workspace: workspace, logger: Logger(label: "test"), version: "test")
        router = WorkspaceRouter(routes: WorkspaceRoutes.all(context))
    }

    static let bothFormats = "application/json, text/event-stream"

    func send(
        _ method: String, _ target: String = "/mcp", body: String = "", headers extra: [(String, String)] = []
    ) throws -> HTTPResponse {
        var headers: HTTPHeaders = ["Host": "localhost", "Content-Length": String(body.utf8.count)]
        for (name, value) in extra { headers.add(name, value) }
        let head = try HTTPRequestHead(method: method, target: target, headers: headers)
        let context = HTTPRequestContext(peer: .unix(nil), requestID: "test", logger: Logger(label: "test"))
        return router.handle(HTTPRequest(head: head, body: HTTPBody(bytes: Array(body.utf8))), context)
    }

    /// POSTs a JSON body that accepts JSON only, with a session when given.
    func post(_ body: String, session: String? = nil, accept: String = "application/json") throws -> HTTPResponse {
        var headers = [("Accept", accept), ("Content-Type", "application/json")]
        if let session { headers.append(("Mcp-Session-Id", session)) }
        return try send("POST", body: body, headers: headers)
    }

    /// Opens a session at `version` and returns its id.
    func initialize(version: String = "2025-11-25") throws -> String {
        let response = try post(
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"\#(version)","#
                + #""capabilities":{},"clientInfo":{"name":"tests","version":"1.0"}}}"#)
        return response.headers["Mcp-Session-Id"] ?? ""
    }

    /// Calls a tool through `tools/call` and returns the JSON-RPC response.
    func callTool(_ name: String, _ arguments: String, session: String) throws -> PaddockWorkspace.JSONValue {
        let body =
            #"{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"\#(name)","arguments":\#(arguments)}}"#
        return try Self.json(post(body, session: session))
    }

    static func bytes(_ response: HTTPResponse) -> [UInt8] {
        switch response.body {
        case .bytes(let bytes): return bytes
        case .data(let data): return Array(data)
        default: return []
        }
    }

    static func text(_ response: HTTPResponse) -> String {
        String(decoding: bytes(response), as: UTF8.self)
    }

    static func json(_ response: HTTPResponse) throws -> PaddockWorkspace.JSONValue {
        try PaddockWorkspace.JSONValue.parse(bytes(response))
    }
}
