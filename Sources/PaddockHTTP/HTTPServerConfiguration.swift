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

    public init(
        listeners: [SocketAddress],
        unixSocketMode: mode_t = 0o600,
        limits: HTTPLimits = HTTPLimits(),
        logger: Logger = Logger(label: "http"),
        shutdownTimeout: Duration = .seconds(5),
        maxConnections: Int = 1024
    ) {
        self.listeners = listeners
        self.unixSocketMode = unixSocketMode
        self.limits = limits
        self.logger = logger
        self.shutdownTimeout = shutdownTimeout
        self.maxConnections = maxConnections
    }
}
