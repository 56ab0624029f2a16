@preconcurrency import Glibc
import PaddockCore

/// The settings of an `HTTPServer`.
public struct HTTPServerConfiguration: Sendable {
    /// The TCP and Unix-domain addresses to listen on; a TCP port of 0 binds a free port.
    public var listeners: [SocketAddress]
    /// The file mode of Unix socket files, 0600 (owner only) by default.
    public var unixSocketMode: mode_t
    public var limits: HTTPLimits
    public var logger: Logger
    /// Maximum wait in `stop()` for connection threads to finish after they were shut down.
    public var shutdownTimeout: Duration
    /// Maximum open connections, each with its own thread; further connections are closed at once.
    public var maxConnections: Int
    /// The renderer of responses to requests that the server rejects before any handler runs
    /// (malformed, too large, too slow), so that each API can send them in its own error format.
    public var parseErrorRenderer: @Sendable (HTTPParseError) -> HTTPResponse

    public init(
        listeners: [SocketAddress],
        unixSocketMode: mode_t = 0o600,
        limits: HTTPLimits = HTTPLimits(),
        logger: Logger = Logger(label: "http"),
        shutdownTimeout: Duration = .seconds(5),
        maxConnections: Int = 1024,
        parseErrorRenderer: @escaping @Sendable (HTTPParseError) -> HTTPResponse = HTTPServerConfiguration.plainTextErrors
    ) {
        self.listeners = listeners
        self.unixSocketMode = unixSocketMode
        self.limits = limits
        self.logger = logger
        self.shutdownTimeout = shutdownTimeout
        self.maxConnections = maxConnections
        self.parseErrorRenderer = parseErrorRenderer
    }

    /// Renders a rejected request as a `text/plain` message.
    public static let plainTextErrors: @Sendable (HTTPParseError) -> HTTPResponse = { error in
        .text(error.message + "\n", status: error.status)
    }

    /// Renders a rejected request as the JSON error body of `HTTPResponse.error`, with the parse
    /// error's own status: `too_large` for 413, `timeout` for 408 and `invalid_argument` otherwise.
    public static let jsonErrors: @Sendable (HTTPParseError) -> HTTPResponse = { error in
        let code: PaddockError.Code
        switch error.status {
        case 413: code = .tooLarge
        case 408: code = .timeout
        default: code = .invalidArgument
        }
        var response = HTTPResponse.error(PaddockError(code, error.message))
        response.status = error.status
        response.reason = HTTPStatus.reason(for: error.status)
        return response
    }
}
