import Foundation
import PaddockCore
import PaddockHTTP
import PaddockRuntime
import PaddockStore

/// The gateway's REST API. Every request must carry the bearer token; see docs/gateway-api.md.
struct GatewayRoutes: Sendable {
    let manager: SandboxManager
    let token: String
    let version: String
    let preflight: @Sendable () -> PreflightReport

    func handle(_ request: HTTPRequest, _ context: HTTPRequestContext) throws -> HTTPResponse {
        try authenticate(request)
        let segments = request.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if segments.count >= 2, segments[0] == "sandboxes" {
            return try WorkspaceRelay(manager: manager).relay(request, name: segments[1])
        }
        guard segments.first == "v1" else {
            throw PaddockError(.notFound, "no route for \(request.method) \(request.path); the API is under /v1")
        }
        let route = Array(segments.dropFirst())
        if route == ["forwards"] {
            return try ForwardRoutes(manager: manager).handleAll(request)
        }
        if route.count >= 3, route[0] == "sandboxes", route[2] == "forwards" {
            return try ForwardRoutes(manager: manager).handle(
                request, sandbox: route[1], rest: route.dropFirst(3).joined(separator: "/"))
        }
        if route.first == "images" {
            return try ImageRoutes(manager: manager).handle(request, route: Array(route.dropFirst()))
        }
        if route.first == "providers" {
            return try ProviderRoutes(registry: manager.providers).handle(request, route: Array(route.dropFirst()))
        }
        if route.count >= 2, route[0] == "sandboxes" {
            return try handleSandbox(request, context, name: route[1], action: route.dropFirst(2).joined(separator: "/"))
        }
        switch (request.method, route.joined(separator: "/")) {
        case ("GET", "health"):
            return try .json(["status": "ok", "version": version])
        case ("GET", "doctor"):
            let json = try preflight().renderJSON()
            return HTTPResponse(headers: ["Content-Type": "application/json"], body: .bytes(Array(json.utf8)))
        case ("GET", "sandboxes"):
            return try .json(SandboxList(sandboxes: try manager.list().map { try view($0) }))
        case ("POST", "sandboxes"):
            let bytes = try request.body.readAll(limit: 2 * 1024 * 1024)
            let body = try CreateSandboxRequest.fields.decode(CreateSandboxRequest.self, from: bytes)
            return try .json(try view(manager.create(body)), status: 201)
        default:
            throw PaddockError(.notFound, "no route for \(request.method) \(request.path)")
        }
    }

    private func handleSandbox(
        _ request: HTTPRequest, _ context: HTTPRequestContext, name: String, action: String
    ) throws -> HTTPResponse {
        switch (request.method, action) {
        case ("GET", ""):
            return try .json(try view(manager.record(named: name)))
        case ("DELETE", ""):
            try manager.delete(name: name)
            return try .json(["deleted": name])
        case ("POST", "stop"):
            return try .json(try view(manager.stop(name: name)))
        case ("POST", "start"):
            return try .json(try view(manager.start(name: name)))
        case ("POST", "exec"):
            return try forward(request, to: name, target: "/v1/exec", cancelWhenGone: context)
        case ("GET", "exec/ws"):
            return try relayUpgrade(request, to: name, target: "/v1/exec/ws", isMainCommand: request.query("main") == "true")
        case ("PUT", "files"), ("GET", "files"):
            return try forward(request, to: name, target: "/v1/files?" + query(request))
        case ("GET", "logs"):
            return try LogRoutes(manager: manager).handle(request, sandbox: name)
        case (_, "policy"), (_, "policy/revisions"):
            let routes = PolicyRoutes(manager: manager)
            guard let response = try routes.handle(request, sandbox: name, action: action) else {
                throw PaddockError(.notFound, "no route for \(request.method) \(request.path)")
            }
            return response
        default:
            throw PaddockError(.notFound, "no route for \(request.method) \(request.path)")
        }
    }

    private func authenticate(_ request: HTTPRequest) throws {
        guard let header = request.headers["Authorization"], header.hasPrefix("Bearer ") else {
            throw PaddockError(
                .unauthenticated, "missing bearer token: send Authorization: Bearer <the token file in the state directory>")
        }
        guard TokenFile.matches(String(header.dropFirst("Bearer ".count)), token) else {
            throw PaddockError(.unauthenticated, "invalid bearer token")
        }
    }

    private func view(_ record: SandboxRecord) throws -> SandboxView {
        SandboxView(
            record: record, spec: try manager.spec(of: record),
            providers: try manager.store.sandboxProviders(sandboxID: record.id))
    }

    private func query(_ request: HTTPRequest) -> String {
        guard let mark = request.target.firstIndex(of: "?") else { return "" }
        return String(request.target[request.target.index(after: mark)...])
    }

    /// Sends the request on to the sandbox's supervisor and streams its response back. With
    /// `cancelWhenGone`, a client that goes away before the response head arrives closes the
    /// connection to the supervisor, which then ends the command.
    private func forward(
        _ request: HTTPRequest, to name: String, target: String, cancelWhenGone context: HTTPRequestContext? = nil
    ) throws -> HTTPResponse {
        let client = HTTPClient(address: .unix(path: try manager.controlSocket(of: name)), readTimeout: nil)
        request.body.maxBytes = .max
        var headers = HTTPHeaders()
        if let type = request.headers["Content-Type"] { headers.set("Content-Type", type) }
        let body: HTTPClientRequest.Body =
            request.method == "GET"
            ? .empty
            : .stream(length: request.body.declaredLength) { try request.body.read(maxBytes: 256 * 1024) }
        let watch = context.map { context in PeerWatch(context) { client.cancelInFlight() } }
        let response: HTTPClientResponse
        do {
            defer { watch?.stop() }
            response = try client.request(request.method, target, headers: headers, body: body)
        }
        var responseHeaders = HTTPHeaders()
        if let type = response.headers["Content-Type"] { responseHeaders.set("Content-Type", type) }
        return HTTPResponse(status: response.status, headers: responseHeaders, body: .stream { writer in
            defer { client.close() }
            while let piece = try response.body.read(maxBytes: 256 * 1024) {
                try writer.write(piece)
            }
        })
    }

    /// Relays a WebSocket upgrade to the supervisor: after both sides switch protocols the gateway
    /// copies bytes both ways without looking at them.
    /// With `isMainCommand`, the end of the relay is the end of the sandbox's main command, for any
    /// reason including a client that went away, which removes a `remove_on_exit` sandbox.
    private func relayUpgrade(
        _ request: HTTPRequest, to name: String, target: String, isMainCommand: Bool = false
    ) throws -> HTTPResponse {
        let client = HTTPClient(address: .unix(path: try manager.controlSocket(of: name)), readTimeout: nil)
        var headers = HTTPHeaders()
        for field in request.headers {
            let lower = field.name.lowercased()
            if lower.hasPrefix("sec-websocket") || lower == "upgrade" || lower == "connection" {
                headers.add(field.name, field.value)
            }
        }
        let (head, upstream) = try client.upgrade("GET", target, headers: headers)
        var responseHeaders = HTTPHeaders()
        for field in head.headers where field.name.lowercased() != "content-length" {
            responseHeaders.add(field.name, field.value)
        }
        return HTTPResponse(status: 101, headers: responseHeaders, body: .upgrade { downstream in
            defer { if isMainCommand { manager.mainCommandEnded(in: name, exitCode: nil) } }
            splice(downstream, upstream) {
                if let reason = interruption(of: name) {
                    try? downstream.writeAll(WebSocketFrame.close(code: WebSocketCloseCode.goingAway, reason: reason))
                }
            }
        })
    }

    /// Returns why the supervisor of sandbox `name` closed an exec connection, when the reason is a
    /// delete, a stop or the supervisor's exit rather than the end of the command.
    private func interruption(of name: String) -> String? {
        guard let record = try? manager.record(named: name) else {
            return "sandbox '\(name)' was deleted while the command ran"
        }
        switch record.phase {
        case .deleting: return "sandbox '\(name)' was deleted while the command ran"
        case .stopping, .stopped: return "sandbox '\(name)' was stopped while the command ran"
        default: break
        }
        // A killed supervisor's socket closes while the process still exits, so "exiting" counts as gone.
        guard manager.isSupervisorAlive(record), let pid = record.supervisorPID, !ProcessStartTime.isExiting(pid) else {
            return "the supervisor of sandbox '\(name)' exited while the command ran; see `paddock sandbox get \(name)`"
        }
        return nil
    }

    /// Decodes a request body for routes that have no `JSONRequestFields` list yet. An empty body
    /// counts as `{}`.
    static func decode<T: Decodable>(_ type: T.Type, from request: HTTPRequest) throws -> T {
        let body = try request.body.readAll(limit: 2 * 1024 * 1024)
        do {
            return try JSONDecoder().decode(type, from: Data(body.isEmpty ? Array("{}".utf8) : body))
        } catch let error as DecodingError {
            throw PaddockError(.invalidArgument, "invalid request body: \(Self.describe(error))")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map(\.stringValue).joined(separator: ".")
        }
        switch error {
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let subject = context.codingPath.isEmpty ? "the request body" : "field '\(path(context))'"
            return "\(subject) must be \(typePhrase(type))"
        case .keyNotFound(let key, _):
            return "missing field '\(key.stringValue)'"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "the body is not valid JSON" : "field '\(path(context))' is invalid"
        @unknown default:
            return "the body does not match the expected fields"
        }
    }

    /// Names a Swift type the way the JSON it decodes from is described to a client.
    private static func typePhrase(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Int") || name.hasPrefix("UInt") { return "an integer" }
        if name == "Double" || name == "Float" { return "a number" }
        if name == "String" { return "a string" }
        if name == "Bool" { return "true or false" }
        if name.hasPrefix("Array") { return "an array" }
        if name.hasPrefix("Dictionary") { return "a JSON object" }
        return "a different type"
    }
}
