import COpenSSL
import Foundation
import PaddockCore

/// The WebSocket opening handshake (RFC 6455, section 4) for both sides.
public enum WebSocket {
    /// The GUID that RFC 6455 appends to the client's key before hashing.
    static let guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

    /// Computes `Sec-WebSocket-Accept` for a `Sec-WebSocket-Key`: base64(SHA-1(key + GUID)).
    public static func acceptValue(forKey key: String) -> String {
        let input = Array((key + guid).utf8)
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let status = EVP_Digest(input, input.count, &digest, &length, EVP_sha1(), nil)
        precondition(status == 1, "EVP_Digest with SHA-1 failed; libcrypto cannot hash")
        return Data(digest[0..<Int(length)]).base64EncodedString()
    }

    /// Returns a new random `Sec-WebSocket-Key`: 16 random bytes in base64.
    public static func makeKey() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString()
    }

    /// Checks a client's opening handshake and returns the 101 response that hands the connection, as
    /// a server-side `WebSocketConnection`, to `handler`.
    ///
    /// - Throws: `PaddockError` with code `invalidArgument` (400) naming the missing or invalid
    ///   handshake field.
    public static func upgradeResponse(
        for request: HTTPRequest, maxMessageBytes: Int = 16 * 1024 * 1024,
        handler: @escaping (WebSocketConnection) throws -> Void
    ) throws -> HTTPResponse {
        guard request.method == "GET" else {
            throw PaddockError(.invalidArgument, "WebSocket handshake must use GET, not \(request.method)")
        }
        guard request.head.upgradeProtocols.contains("websocket") else {
            throw PaddockError(
                .invalidArgument, "request needs Connection: Upgrade and Upgrade: websocket to open a WebSocket")
        }
        guard request.headers["Sec-WebSocket-Version"]?.trimmingWhitespace() == "13" else {
            throw PaddockError(.invalidArgument, "Sec-WebSocket-Version must be 13")
        }
        guard let key = request.headers["Sec-WebSocket-Key"]?.trimmingWhitespace(),
            Data(base64Encoded: key)?.count == 16
        else {
            throw PaddockError(.invalidArgument, "Sec-WebSocket-Key must be 16 bytes in base64")
        }

        let headers: HTTPHeaders = [
            "Upgrade": "websocket",
            "Connection": "Upgrade",
            "Sec-WebSocket-Accept": acceptValue(forKey: key),
        ]
        return HTTPResponse(
            status: 101, headers: headers,
            body: .upgrade { raw in
                let socket = WebSocketConnection(connection: raw, role: .server, maxMessageBytes: maxMessageBytes)
                try handler(socket)
            })
    }

    /// Opens a WebSocket to `target` on the client's server and returns the client-side connection.
    ///
    /// - Throws: `PaddockError` when the server rejects the handshake or sends a wrong
    ///   `Sec-WebSocket-Accept`.
    public static func connect(
        _ client: HTTPClient, target: String, headers: HTTPHeaders = [:], maxMessageBytes: Int = 16 * 1024 * 1024
    ) throws -> WebSocketConnection {
        let key = makeKey()
        var requestHeaders = headers
        requestHeaders.set("Upgrade", "websocket")
        requestHeaders.set("Connection", "Upgrade")
        requestHeaders.set("Sec-WebSocket-Version", "13")
        requestHeaders.set("Sec-WebSocket-Key", key)

        let (head, raw) = try client.upgrade("GET", target, headers: requestHeaders)
        guard head.headers["Sec-WebSocket-Accept"] == acceptValue(forKey: key),
            head.headers.tokens(for: "Upgrade").contains("websocket")
        else {
            raw.close()
            throw PaddockError(
                .unavailable,
                "server at \(client.address) answered the WebSocket handshake with a wrong Sec-WebSocket-Accept")
        }
        return WebSocketConnection(connection: raw, role: .client, maxMessageBytes: maxMessageBytes)
    }
}
