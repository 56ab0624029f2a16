import PaddockCore

/// The connection facts and request-scoped tools passed to a handler with each request.
public struct HTTPRequestContext: Sendable {
    public let peer: HTTPPeer
    /// The request id: the client's `X-Request-Id` when it is a short token, otherwise one the server
    /// made, unique within the process.
    public let requestID: String
    /// The server's logger with `request.id` set.
    public let logger: Logger

    public init(peer: HTTPPeer, requestID: String, logger: Logger) {
        self.peer = peer
        self.requestID = requestID
        self.logger = logger
    }
}
