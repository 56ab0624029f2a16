import Foundation
import Synchronization

@testable import PaddockCLI

/// A request that `FakeTransport` received.
struct RecordedRequest: Sendable {
    var method: String
    var path: String
    var headers: [(String, String)]
    var body: [UInt8]?

    var bodyText: String { String(decoding: body ?? [], as: UTF8.self) }

    /// Returns the body decoded as a JSON object.
    func jsonBody() -> [String: Any]? {
        guard let body else { return nil }
        return (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any]
    }

    func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }
}

/// A transport that records requests and answers them from a routing closure.
final class FakeTransport: GatewayTransport, GatewayTransportFactory {
    typealias Route = @Sendable (RecordedRequest) throws -> GatewayResponse

    private struct Setup {
        var route: Route = { _ in GatewayResponse(status: 404, body: Array("{}".utf8)) }
        var downloadChunks: [[UInt8]] = []
        var downloadStatus = 200
        var sockets: [FakeWebSocket] = []
    }

    private let recorded = Mutex([RecordedRequest]())
    private let urls = Mutex([String]())
    private let setup = Mutex(Setup())

    /// Answers `request` and `upload` calls.
    var route: Route {
        get { setup.withLock { $0.route } }
        set { setup.withLock { $0.route = newValue } }
    }

    /// Chunks that `download` passes to the sink, in order.
    var downloadChunks: [[UInt8]] {
        get { setup.withLock { $0.downloadChunks } }
        set { setup.withLock { $0.downloadChunks = newValue } }
    }

    /// The status that `download` returns.
    var downloadStatus: Int {
        get { setup.withLock { $0.downloadStatus } }
        set { setup.withLock { $0.downloadStatus = newValue } }
    }

    /// The WebSockets that `webSocket` hands out, in order.
    var sockets: [FakeWebSocket] {
        get { setup.withLock { $0.sockets } }
        set { setup.withLock { $0.sockets = newValue } }
    }

    var requests: [RecordedRequest] { recorded.withLock { $0 } }
    var requestedURLs: [String] { urls.withLock { $0 } }

    func transport(for url: String) throws -> any GatewayTransport {
        urls.withLock { $0.append(url) }
        return self
    }

    func request(
        method: String, path: String, headers: [(String, String)], body: [UInt8]?
    ) throws -> GatewayResponse {
        let request = RecordedRequest(method: method, path: path, headers: headers, body: body)
        recorded.withLock { $0.append(request) }
        return try route(request)
    }

    func upload(
        method: String, path: String, headers: [(String, String)], source: () throws -> [UInt8]?
    ) throws -> GatewayResponse {
        var body: [UInt8] = []
        var chunks = 0
        while let chunk = try source() {
            body += chunk
            chunks += 1
        }
        var request = RecordedRequest(method: method, path: path, headers: headers, body: body)
        request.headers.append(("X-Test-Chunks", String(chunks)))
        recorded.withLock { $0.append(request) }
        return try route(request)
    }

    func download(path: String, headers: [(String, String)], sink: ([UInt8]) throws -> Void) throws -> GatewayResponse {
        recorded.withLock { $0.append(RecordedRequest(method: "GET", path: path, headers: headers, body: nil)) }
        for chunk in downloadChunks {
            try sink(chunk)
        }
        return GatewayResponse(status: downloadStatus)
    }

    func webSocket(path: String, headers: [(String, String)]) throws -> any GatewayWebSocket {
        recorded.withLock { $0.append(RecordedRequest(method: "WEBSOCKET", path: path, headers: headers, body: nil)) }
        let socket = setup.withLock { $0.sockets.isEmpty ? nil : $0.sockets.removeFirst() }
        guard let socket else {
            throw FakeTransportError.noSocket
        }
        return socket
    }
}

enum FakeTransportError: Error {
    case noSocket
    case refused
}

/// Response helpers for routes.
enum Respond {
    static func json(_ text: String, status: Int = 200) -> GatewayResponse {
        GatewayResponse(status: status, headers: [("Content-Type", "application/json")], body: Array(text.utf8))
    }

    static func error(_ code: String, _ message: String, status: Int) -> GatewayResponse {
        json(#"{"error": {"code": "\#(code)", "message": "\#(message)"}}"#, status: status)
    }

    /// A sandbox object as the API documents it, with the given name and phase.
    static func sandbox(_ name: String, phase: String = "running", expires: String = "null") -> String {
        """
        {"id": "sb-\(name)", "name": "\(name)", "phase": "\(phase)", "image": "host", \
        "created_at": "2026-12-04T10:00:00Z", "expires_at": \(expires), \
        "limits": {"memory_bytes": 536870912, "cpus": 1.5, "pids": 512}, "env": {"K": "V"}, \
        "command": ["python3", "app.py"], "remove_on_exit": false, "exit_code": null, "last_error": null, \
        "workspace": "/sandbox", "user": {"uid": 1000, "gid": 1000, "name": "sandbox"}}
        """
    }
}
