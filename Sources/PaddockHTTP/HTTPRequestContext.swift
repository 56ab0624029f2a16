import Glibc
import PaddockCore

/// The connection facts and request-scoped tools passed to a handler with each request.
public struct HTTPRequestContext: Sendable {
    public let peer: HTTPPeer
    /// The request id: the client's `X-Request-Id` when it is a short token, otherwise one the server
    /// made, unique within the process.
    public let requestID: String
    /// The server's logger with `request.id` set.
    public let logger: Logger

    /// The connection's socket descriptor, for `isPeerGone`; -1 when there is none.
    let descriptor: Int32

    public init(peer: HTTPPeer, requestID: String, logger: Logger, descriptor: Int32 = -1) {
        self.peer = peer
        self.requestID = requestID
        self.logger = logger
        self.descriptor = descriptor
    }

    /// Checks without blocking whether the client closed or reset the connection, for handlers
    /// that run a long job before they respond. Bytes the client sent after the request, such as
    /// a pipelined request, stay unread.
    /// NOTE: a client that shuts down only its sending side, waiting for the response, counts as
    /// gone too.
    public func isPeerGone() -> Bool {
        guard descriptor >= 0 else { return false }
        var byte: UInt8 = 0
        let count = recv(descriptor, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
        if count == 0 { return true }
        return count < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR
    }
}
