import PaddockHTTP

/// MCP's Streamable HTTP transport on `/mcp` and `/v1/mcp`: JSON-RPC messages in POST bodies,
/// replies as JSON or as Server-Sent Events, sessions named by the `Mcp-Session-Id` header, and
/// `DELETE` to end a session. The server sends no messages of its own, so `GET` (the stream for
/// server-initiated messages) returns 405.
struct MCPTransport: Sendable {
    static let sessionHeader = "Mcp-Session-Id"
    static let versionHeader = "MCP-Protocol-Version"
    /// The largest POST body accepted. It is large because a tool call may carry a whole file to write.
    static let maxBodyBytes = 64 * 1024 * 1024

    let server: MCPServer

    /// An HTTP-level rejection, sent as a JSON-RPC error with the message's id when it could be read,
    /// else null.
    private struct Rejection: Error {
        var status: Int
        var code: Int
        var message: String
        var id: JSONValue = .null
    }

    func post(_ request: RouteRequest) -> HTTPResponse {
        do {
            return try handlePost(request)
        } catch {
            return Self.reject(error, request)
        }
    }

    func get(_ request: RouteRequest) -> HTTPResponse {
        if let rejection = Self.originRejection(request) { return Self.reject(rejection, request) }
        var response = Self.reject(
            Rejection(
                status: 405, code: JSONRPC.invalidRequest,
                message: "Method Not Allowed: this server sends no server-initiated messages, so it opens no "
                    + "GET stream; send requests with POST"), request)
        response.headers.set("Allow", "POST, DELETE")
        return response
    }

    func delete(_ request: RouteRequest) -> HTTPResponse {
        do {
            if let rejection = Self.originRejection(request) { throw rejection }
            let session = try existingSession(request)
            _ = server.sessions.close(session.id)
            return HTTPResponse(status: 204)
        } catch {
            return Self.reject(error, request)
        }
    }

    private func handlePost(_ request: RouteRequest) throws(Rejection) -> HTTPResponse {
        let (acceptance, headerVersion) = try Self.checkHeaders(request)
        let body = try Self.parseBody(request)
        let (isBatch, elements) = try Self.messages(in: body)
        if !isBatch {
            do {
                if case .request(let id, "initialize", let params) = try JSONRPCMessage.parse(body) {
                    return initialize(id: id, params: params, acceptance: acceptance)
                }
            } catch {
                throw Rejection(
                    status: 400, code: JSONRPC.invalidRequest, message: "Invalid Request: \(error.reason)", id: error.id
                )
            }
        }

        let session = try existingSession(request)
        try Self.checkVersion(headerVersion, isBatch: isBatch, session: session)
        let replies = elements.compactMap { element in reply(to: element, session: session, context: request.context) }
        guard !replies.isEmpty else { return HTTPResponse(status: 202) }
        return Self.respond(isBatch ? .array(replies) : replies[0], acceptance: acceptance)
    }

    /// Checks Origin, Accept and `MCP-Protocol-Version`, and returns the accepted formats and the
    /// version header, if any.
    private static func checkHeaders(_ request: RouteRequest) throws(Rejection) -> (
        MCPRequestChecks.Acceptance, String?
    ) {
        if let rejection = originRejection(request) { throw rejection }
        let acceptance = MCPRequestChecks.acceptance(request.http.headers)
        guard acceptance.json || acceptance.eventStream else {
            throw Rejection(
                status: 406, code: JSONRPC.invalidRequest,
                message: "Not Acceptable: client must accept application/json or text/event-stream")
        }
        let headerVersion = request.http.headers[versionHeader]
        if let headerVersion, !MCPProtocolVersion.supported.contains(headerVersion) {
            throw Rejection(
                status: 400, code: JSONRPC.invalidRequest,
                message: "Bad Request: unsupported \(versionHeader) '\(headerVersion)'; supported: "
                    + MCPProtocolVersion.supported.joined(separator: ", "))
        }
        return (acceptance, headerVersion)
    }

    /// Splits a body into its messages: the elements of a batch, or the body itself.
    private static func messages(in body: JSONValue) throws(Rejection) -> (isBatch: Bool, elements: [JSONValue]) {
        guard case .array(let items) = body else { return (false, [body]) }
        guard !items.isEmpty else {
            throw Rejection(status: 400, code: JSONRPC.invalidRequest, message: "Invalid Request: the batch is empty")
        }
        return (true, items)
    }

    /// Checks that the version header, when present, is the session's version, and that a batch
    /// is allowed at that version.
    private static func checkVersion(_ headerVersion: String?, isBatch: Bool, session: MCPSession) throws(Rejection) {
        if let headerVersion, headerVersion != session.protocolVersion {
            throw Rejection(
                status: 400, code: JSONRPC.invalidRequest,
                message: "Bad Request: \(versionHeader) '\(headerVersion)' differs from the version "
                    + "'\(session.protocolVersion)' negotiated for session \(session.id)")
        }
        if isBatch && !MCPProtocolVersion.allowsBatches(session.protocolVersion) {
            throw Rejection(
                status: 400, code: JSONRPC.invalidRequest,
                message: "Invalid Request: protocol version \(session.protocolVersion) does not allow JSON-RPC "
                    + "batches; send one message per POST")
        }
    }

    private func initialize(id: JSONValue, params: JSONValue?, acceptance: MCPRequestChecks.Acceptance) -> HTTPResponse
    {
        do throws(JSONRPCFailure) {
            let (result, session) = try server.initialize(params)
            var response = Self.respond(JSONRPC.result(id: id, result), acceptance: acceptance)
            response.headers.set(Self.sessionHeader, session.id)
            return response
        } catch {
            return Self.respond(JSONRPC.error(id: id, code: error.code, message: error.message), acceptance: acceptance)
        }
    }

    /// Handles one message of a POST and returns its response, or nil for notifications and responses.
    private func reply(to element: JSONValue, session: MCPSession, context: HTTPRequestContext) -> JSONValue? {
        let message: JSONRPCMessage
        do {
            message = try JSONRPCMessage.parse(element)
        } catch {
            return JSONRPC.error(
                id: error.id, code: JSONRPC.invalidRequest, message: "Invalid Request: \(error.reason)")
        }
        guard case .request(let id, let method, let params) = message else { return nil }
        do throws(JSONRPCFailure) {
            return JSONRPC.result(id: id, try server.call(method, params, session: session, context: context))
        } catch {
            return JSONRPC.error(id: id, code: error.code, message: error.message)
        }
    }

    private func existingSession(_ request: RouteRequest) throws(Rejection) -> MCPSession {
        guard let id = request.http.headers[Self.sessionHeader] else {
            throw Rejection(
                status: 400, code: JSONRPC.invalidRequest,
                message: "Bad Request: missing \(Self.sessionHeader) header; send initialize first and repeat the "
                    + "session id it returns")
        }
        guard let session = server.sessions.use(id) else {
            throw Rejection(
                status: 404, code: JSONRPC.sessionNotFound,
                message: "Session not found: '\(id)' does not exist or has expired; send initialize to start a new one")
        }
        return session
    }

    private static func parseBody(_ request: RouteRequest) throws(Rejection) -> JSONValue {
        let bytes: [UInt8]
        do {
            bytes = try request.http.body.readAll(limit: maxBodyBytes)
        } catch {
            throw Rejection(
                status: 413, code: JSONRPC.invalidRequest,
                message: "Request body could not be read: \(error); send at most \(maxBodyBytes) bytes")
        }
        do {
            return try JSONValue.parse(bytes)
        } catch {
            throw Rejection(status: 400, code: JSONRPC.parseError, message: "Parse error: the body is not valid JSON")
        }
    }

    private static func originRejection(_ request: RouteRequest) -> Rejection? {
        let origin = request.http.headers["Origin"]
        guard !MCPRequestChecks.allowsOrigin(origin) else { return nil }
        return Rejection(
            status: 403, code: JSONRPC.forbidden,
            message: "Forbidden: Origin '\(origin ?? "")' is not a loopback origin; MCP requests from web pages "
                + "must come from localhost, 127.0.0.0/8 or [::1]")
    }

    /// Sends a reply as one SSE `message` event when the client accepts event streams, else as JSON.
    static func respond(_ reply: JSONValue, acceptance: MCPRequestChecks.Acceptance) -> HTTPResponse {
        guard acceptance.eventStream else { return Envelope.json(reply) }
        var events = ""
        let messages: [JSONValue] = if case .array(let items) = reply { items } else { [reply] }
        for message in messages {
            events += ServerSentEvents.event("message", data: String(decoding: message.serialized(), as: UTF8.self))
        }
        return HTTPResponse(
            headers: ["Content-Type": "text/event-stream", "Cache-Control": "no-cache"],
            body: .bytes(Array(events.utf8)))
    }

    /// Logs a rejected request and builds its error response.
    private static func reject(_ error: any Error, _ request: RouteRequest) -> HTTPResponse {
        let logger = request.context.logger
        guard let rejection = error as? Rejection else {
            logger.error("MCP request failed", ["method": request.http.method, "error": "\(error)"])
            return Envelope.json(
                JSONRPC.error(id: .null, code: JSONRPC.internalError, message: "Internal error: \(error)"), status: 500)
        }
        logger.info(
            "MCP request rejected",
            [
                "method": request.http.method, "status": String(rejection.status), "code": String(rejection.code),
                "error": rejection.message,
            ])
        return Envelope.json(
            JSONRPC.error(id: rejection.id, code: rejection.code, message: rejection.message), status: rejection.status)
    }
}
