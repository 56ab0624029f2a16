import CShim
import Foundation
import Glibc
import PaddockCore
import PaddockHTTP
import PaddockRuntime

/// Serves a sandbox's workspace server at `/sandboxes/NAME/...` on the gateway's port: the request
/// goes on without the prefix and without the gateway's token, and the response, Server-Sent Events
/// and WebSocket upgrades included, streams back unchanged.
struct WorkspaceRelay: Sendable {
    let manager: SandboxManager

    /// Header fields that describe one connection and are not passed on (RFC 9110, section 7.6.1),
    /// plus the gateway's own credentials and the framing that the HTTP layer sets itself.
    static let connectionFields: Set<String> = [
        "connection", "keep-alive", "proxy-connection", "proxy-authenticate", "proxy-authorization", "te",
        "trailer", "transfer-encoding", "upgrade", "content-length", "host", "authorization",
    ]
    static let pieceBytes = 256 * 1024

    /// Relays `request`, whose path starts with `/sandboxes/NAME`.
    func relay(_ request: HTTPRequest, name: String) throws -> HTTPResponse {
        let target = Self.innerTarget(request.target, name: name)
        let socket = try WorkspaceSocket.open(try manager.workspaceSocketPath(of: name), sandbox: name)
        if request.head.upgradeProtocols.contains("websocket") {
            return try relayUpgrade(request, target: target, socket: socket, name: name)
        }
        let client = HTTPClient(address: socket.address, readTimeout: nil)
        var headers = HTTPHeaders()
        for field in request.headers where !Self.connectionFields.contains(field.name.lowercased()) {
            headers.add(field.name, field.value)
        }
        Self.addForwardedFields(&headers, from: request, name: name)
        request.body.maxBytes = .max
        let hasBody = !request.body.isComplete || (request.body.declaredLength ?? 0) > 0
        let requestPieces = PieceReader(request.body, pieceBytes: Self.pieceBytes)
        let body: HTTPClientRequest.Body =
            hasBody ? .stream(length: request.body.declaredLength) { try requestPieces.next() } : .empty
        let response: HTTPClientResponse
        do {
            response = try client.request(request.method, target, headers: headers, body: body)
        } catch {
            socket.close()
            throw Self.unreachable(name, error)
        }
        var responseHeaders = HTTPHeaders()
        for field in response.headers where !Self.connectionFields.contains(field.name.lowercased()) {
            responseHeaders.add(field.name, field.value)
        }
        return HTTPResponse(
            status: response.status, reason: response.head.reason, headers: responseHeaders,
            body: .stream { writer in
                defer {
                    client.close()
                    socket.close()
                }
                let pieces = PieceReader(response.body, pieceBytes: Self.pieceBytes)
                while let piece = try pieces.next() {
                    try writer.write(piece)
                }
            })
    }

    private func relayUpgrade(
        _ request: HTTPRequest, target: String, socket: WorkspaceSocket, name: String
    ) throws -> HTTPResponse {
        let client = HTTPClient(address: socket.address, readTimeout: nil)
        var headers = HTTPHeaders()
        for field in request.headers where !["host", "authorization"].contains(field.name.lowercased()) {
            headers.add(field.name, field.value)
        }
        Self.addForwardedFields(&headers, from: request, name: name)
        let upgraded: (head: HTTPResponseHead, connection: RawConnection)
        do {
            upgraded = try client.upgrade("GET", target, headers: headers)
        } catch {
            socket.close()
            throw error
        }
        socket.close()
        var responseHeaders = HTTPHeaders()
        for field in upgraded.head.headers where field.name.lowercased() != "content-length" {
            responseHeaders.add(field.name, field.value)
        }
        return HTTPResponse(status: 101, headers: responseHeaders, body: .upgrade { downstream in
            defer { upgraded.connection.close() }
            splice(downstream, upgraded.connection)
        })
    }

    /// Sets the fields that tell the workspace server how the client addressed it, so that URLs in
    /// its replies (the CDP relay's WebSocket URLs) lead back through the gateway. Values that the
    /// client sent in these fields are replaced: the gateway is the edge that the client reached.
    static func addForwardedFields(_ headers: inout HTTPHeaders, from request: HTTPRequest, name: String) {
        headers.remove("X-Forwarded-Host")
        if let host = request.headers["Host"], !host.isEmpty { headers.set("X-Forwarded-Host", host) }
        headers.set("X-Forwarded-Proto", "http")
        headers.set("X-Forwarded-Prefix", "/sandboxes/" + name)
    }

    /// The request target without `/sandboxes/NAME`; `/` when nothing follows the name.
    static func innerTarget(_ target: String, name: String) -> String {
        let prefix = "/sandboxes/" + name
        guard target.hasPrefix(prefix) else { return target }
        let rest = String(target.dropFirst(prefix.count))
        if rest.isEmpty { return "/" }
        return rest.hasPrefix("?") ? "/" + rest : rest
    }

    private static func unreachable(_ name: String, _ error: any Error) -> PaddockError {
        if let error = error as? PaddockError, error.code != .unavailable { return error }
        return PaddockError(
            .unavailable,
            "the workspace server of sandbox '\(name)' is not reachable; it may still be starting, retry in a moment",
            cause: error)
    }
}

/// Reads a body in pieces through one reused buffer. `HTTPBody.read(maxBytes:)` allocates and
/// zeroes a buffer of `maxBytes` on every call, which dominated the relay's time for large files.
final class PieceReader {
    private let body: HTTPBody
    private var buffer: [UInt8]

    init(_ body: HTTPBody, pieceBytes: Int) {
        self.body = body
        buffer = [UInt8](repeating: 0, count: pieceBytes)
    }

    /// Returns the next piece, or nil at the end of the body.
    func next() throws -> [UInt8]? {
        let count = try buffer.withUnsafeMutableBytes { try body.read(into: $0) }
        return count > 0 ? Array(buffer[0..<count]) : nil
    }
}

/// The workspace server's socket file, opened without following a symbolic link.
///
/// The directory that contains it is writable from inside the sandbox, so a sandbox process could put
/// a link there that points at another socket of the host. Connecting through `/proc/self/fd` to a
/// descriptor opened with `O_NOFOLLOW` reaches only the socket file itself.
final class WorkspaceSocket: Sendable {
    let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    static func open(_ path: String, sandbox: String) throws -> WorkspaceSocket {
        let descriptor = Glibc.open(path, CSH_O_PATH | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw PaddockError(
                .unavailable,
                "the workspace server of sandbox '\(sandbox)' is not listening yet; retry in a moment",
                cause: SystemCallError("open", errno: errno))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFSOCK else {
            Glibc.close(descriptor)
            throw PaddockError(
                .unavailable, "the workspace socket of sandbox '\(sandbox)' is not a socket; restart the sandbox")
        }
        return WorkspaceSocket(descriptor: descriptor)
    }

    var address: SocketAddress { .unix(path: "/proc/self/fd/\(descriptor)") }

    func close() {
        Glibc.close(descriptor)
    }
}

extension SandboxManager {
    /// The host path of the workspace server's socket of a running sandbox.
    func workspaceSocketPath(of name: String) throws -> String {
        let control = try controlSocket(of: name)
        let directory = (control as NSString).deletingLastPathComponent
        return SandboxLayout(directory: directory).workspaceSocket
    }
}
