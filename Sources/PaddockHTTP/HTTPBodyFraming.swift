/// The delimitation of a message body: the rule that finds its end (RFC 9112, section 6.3).
public enum HTTPBodyFraming: Sendable, Equatable {
    /// No body: a request without Content-Length or Transfer-Encoding, or a response to HEAD, a 1xx,
    /// 204 or 304 response, or a 2xx response to CONNECT.
    case none
    /// Exactly this many bytes, from Content-Length.
    case length(Int)
    /// The chunked transfer coding.
    case chunked
    /// Everything until the connection closes; only responses use this.
    case untilClose
}
