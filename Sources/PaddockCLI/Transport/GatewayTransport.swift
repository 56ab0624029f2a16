/// The interface between the CLI and the gateway's HTTP and WebSocket client.
///
/// The `paddock` executable supplies the real implementation through `CLIHooks.transportFactory`,
/// and tests supply a fake that records requests. A transport adds the `Host` header and framing,
/// and the CLI adds `Authorization` and `Content-Type`.

/// An HTTP response from the gateway: status, headers in the order received, and the whole body.
public struct GatewayResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int, headers: [(String, String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Returns the first value of the header `name`, compared without regard to case.
    public func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }
}

/// A WebSocket connection to the gateway.
///
/// The CLI calls `receive()` on one thread while it calls `sendText` and `sendBinary` from others
/// (standard input and terminal resizes), so an implementation must allow a send during a blocked
/// receive. The CLI serialises its own sends.
public protocol GatewayWebSocket: AnyObject, Sendable {
    func sendText(_ text: String) throws
    func sendBinary(_ bytes: [UInt8]) throws
    /// Returns the next message, or nil when the connection closed.
    func receive() throws -> GatewayWebSocketMessage?
    func close()
    /// The reason in the peer's close frame when it closed with a status other than 1000 (normal).
    var closeReason: String? { get }
}

extension GatewayWebSocket {
    public var closeReason: String? { nil }
}

/// One WebSocket message.
public enum GatewayWebSocketMessage: Sendable {
    case text(String), binary([UInt8])
}

/// A connection to one gateway, by URL.
public protocol GatewayTransport: Sendable {
    func request(method: String, path: String, headers: [(String, String)], body: [UInt8]?) throws -> GatewayResponse
    /// Streams the request body from `source` (nil = end) and returns the response.
    func upload(method: String, path: String, headers: [(String, String)], source: () throws -> [UInt8]?) throws
        -> GatewayResponse
    /// Streams the response body to `sink`, returning the status and headers once done.
    func download(path: String, headers: [(String, String)], sink: ([UInt8]) throws -> Void) throws -> GatewayResponse
    func webSocket(path: String, headers: [(String, String)]) throws -> any GatewayWebSocket
}

/// A maker of transports for gateway URLs such as `http://127.0.0.1:7760` or
/// `unix:///var/lib/paddock/gateway.sock`.
public protocol GatewayTransportFactory: Sendable {
    func transport(for url: String) throws -> any GatewayTransport
}
