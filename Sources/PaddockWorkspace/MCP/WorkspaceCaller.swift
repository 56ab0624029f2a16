import Foundation
import PaddockCore
import PaddockHTTP

/// The workspace router, set once after every route exists. The MCP routes are among the routes
/// the router dispatches to, so they cannot receive it when they are made.
final class RouterReference: @unchecked Sendable {
    private let lock = NSLock()
    private var router: WorkspaceRouter?

    func bind(_ router: WorkspaceRouter) {
        lock.withLock { self.router = router }
    }

    var current: WorkspaceRouter? { lock.withLock { router } }
}

/// Calls the workspace's own REST operations in-process for MCP tools, so that a tool and the
/// route it wraps cannot drift apart: each call builds an HTTP request and dispatches it through
/// the workspace router.
struct WorkspaceCaller {
    let router: RouterReference
    /// The context of the HTTP request that carried the tool call, whose request id and logger
    /// are reused for the in-process requests.
    let context: HTTPRequestContext
    /// The MCP session of the call, for logs, or nil for calls through the REST bridge.
    var sessionID: String? = nil

    var logger: Logger { context.logger }

    /// One reply of an in-process call.
    struct Reply {
        var status: Int
        var contentType: String
        var body: [UInt8]

        var json: JSONValue? { try? JSONValue.parse(body) }
    }

    /// Sends one request to the router and collects the reply.
    ///
    /// - Throws: `ToolFailure` when the router is not bound yet, the target is invalid, or the reply
    ///   is streamed or an upgrade, which tools cannot carry.
    func send(_ method: String, _ path: String, query: [(String, String)] = [], body: JSONValue? = nil)
        throws(ToolFailure) -> Reply
    {
        guard let router = router.current else { throw ToolFailure("the workspace router is not ready yet; retry") }
        var target = path
        if !query.isEmpty {
            target +=
                "?" + query.map { Self.percentEncode($0.0) + "=" + Self.percentEncode($0.1) }.joined(separator: "&")
        }
        let bytes = body?.serialized() ?? []
        var headers: HTTPHeaders = ["Host": "localhost", "Accept": "application/json"]
        if body != nil {
            headers.add("Content-Type", "application/json")
            headers.add("Content-Length", String(bytes.count))
        }
        let head: HTTPRequestHead
        do {
            head = try HTTPRequestHead(method: method, target: target, headers: headers)
        } catch {
            throw ToolFailure("cannot build the request \(method) \(target): \(error)")
        }
        let response = router.handle(HTTPRequest(head: head, body: HTTPBody(bytes: bytes)), context)
        let contentType = response.headers["Content-Type"] ?? ""
        switch response.body {
        case .bytes(let bytes): return Reply(status: response.status, contentType: contentType, body: bytes)
        case .data(let data): return Reply(status: response.status, contentType: contentType, body: Array(data))
        case .stream, .upgrade:
            throw ToolFailure("\(method) \(path) replied with a stream, which an MCP tool cannot return")
        }
    }

    /// Sends a request and returns the `data` of its envelope.
    ///
    /// - Throws: `ToolFailure` with the route's message when the status is not 200 (a 501 for an
    ///   operation not built yet, a 422 for invalid fields) or the envelope has `success: false`.
    func data(_ method: String, _ path: String, query: [(String, String)] = [], body: JSONValue? = nil)
        throws(ToolFailure) -> JSONValue
    {
        let reply = try send(method, path, query: query, body: body)
        try Self.check(reply, method: method, path: path)
        return reply.json?["data"] ?? .null
    }

    /// Throws the failure that a reply reports, if any.
    static func check(_ reply: Reply, method: String, path: String) throws(ToolFailure) {
        let json = reply.json
        guard reply.status == 200 else {
            throw ToolFailure("\(method) \(path) failed with HTTP \(reply.status): \(detail(json, body: reply.body))")
        }
        if json?["success"] == false {
            throw ToolFailure(json?["message"]?.stringValue ?? "\(method) \(path) reported a failure without a message")
        }
    }

    /// Returns the message of an error body: FastAPI's `detail` string, or its validation issues as
    /// `field: message` pairs.
    static func detail(_ json: JSONValue?, body: [UInt8]) -> String {
        switch json?["detail"] {
        case .string(let text)?:
            return text
        case .array(let issues)?:
            return issues.map { issue -> String in
                var location: [String] = []
                if case .array(let parts)? = issue["loc"] {
                    location = parts.dropFirst().map { part in
                        part.stringValue ?? part.intValue.map(String.init) ?? "?"
                    }
                }
                return location.joined(separator: ".") + ": " + (issue["msg"]?.stringValue ?? "invalid")
            }.joined(separator: "; ")
        default:
            if let message = json?["message"]?.stringValue { return message }
            return String(decoding: body.prefix(500), as: UTF8.self)
        }
    }

    private static func percentEncode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
