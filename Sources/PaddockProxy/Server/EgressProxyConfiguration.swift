import PaddockCore
import PaddockHTTP
import PaddockRuntime

/// The settings of an `EgressProxy`: its addresses, namespaces, CA and logs.
public struct EgressProxyConfiguration: Sendable {
    public var sandboxName: String
    /// The listening address, `127.0.0.1:3128` in a sandbox; port 0 picks a free port.
    public var listenAddress: SocketAddress
    /// The namespaces to listen in (the sandbox's) and dial from (the host's), or nil to do both in
    /// the calling thread's namespace, as tests do.
    public var network: NetworkNamespace?
    /// A directory fd of the host's root for name lookups, or nil to use the process's root.
    public var hostRoot: Int32?
    /// The procfs that shows the clients' processes.
    public var procRoot: String
    /// The CA that signs certificates for intercepted TLS, or nil to refuse inspected CONNECTs.
    public var certificateAuthority: CertificateAuthority?
    public var logger: Logger
    public var audit: AuditLog
    /// The time allowed to connect to an upstream.
    public var connectTimeout: Duration

    public init(
        sandboxName: String, listenAddress: SocketAddress, network: NetworkNamespace? = nil, hostRoot: Int32? = nil,
        procRoot: String = "/proc", certificateAuthority: CertificateAuthority? = nil, logger: Logger,
        audit: AuditLog, connectTimeout: Duration = .seconds(10)
    ) {
        self.sandboxName = sandboxName
        self.listenAddress = listenAddress
        self.network = network
        self.hostRoot = hostRoot
        self.procRoot = procRoot
        self.certificateAuthority = certificateAuthority
        self.logger = logger
        self.audit = audit
        self.connectTimeout = connectTimeout
    }
}
