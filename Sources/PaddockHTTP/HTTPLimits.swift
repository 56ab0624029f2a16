/// Size and time limits that protect a server or client from oversized or slow peers.
///
/// Every limit has a default suited to an API server on loopback and can be overridden field by field.
/// Exceeding a size limit gets the status named on the field. A handler can raise the body limit for
/// one request through `HTTPBody.maxBytes`.
public struct HTTPLimits: Sendable, Equatable {
    /// Maximum bytes in a request line or status line (414 URI Too Long for a request).
    public var maxStartLineBytes: Int = 16 * 1024

    /// Maximum bytes in the whole head, start line included (431 Request Header Fields Too Large).
    /// Trailers of a chunked body have a header section of their own, held to the same maximum.
    public var maxHeaderBytes: Int = 64 * 1024

    /// Maximum number of header fields in the head, or in the trailers (431).
    public var maxHeaderCount: Int = 100

    /// Maximum bytes in one chunk-size line, chunk extensions included (400).
    public var maxChunkLineBytes: Int = 4096

    /// Maximum request body a handler may read unless it raises `HTTPBody.maxBytes` (413).
    public var maxBodyBytes: Int = 8 * 1024 * 1024

    /// Maximum unread body bytes the server discards after a handler returns, so that the connection
    /// can serve the next request. A larger remainder closes the connection instead.
    public var maxDrainBytes: Int = 1024 * 1024

    /// Maximum wait for the first byte of the next request on a keep-alive connection; the server then
    /// closes the connection without a response.
    public var idleTimeout: Duration = .seconds(60)

    /// Maximum time from the first byte of a request to the end of its head (408 Request Timeout).
    /// This is a deadline for the whole head, so a client that trickles bytes cannot hold it open.
    public var headerReadTimeout: Duration = .seconds(10)

    /// Maximum wait for each further piece of a body while a handler reads it (408).
    public var bodyReadTimeout: Duration = .seconds(30)

    /// Maximum wait for the peer to accept more bytes while a response or request is written.
    public var writeTimeout: Duration = .seconds(30)

    public init() {}
}
