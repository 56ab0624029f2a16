/// The other end of a server connection.
public enum HTTPPeer: Sendable, Hashable, CustomStringConvertible {
    case tcp(host: String, port: Int)
    /// A Unix-domain peer with its credentials; nil when the kernel did not report them.
    case unix(PeerCredentials?)

    public var description: String {
        switch self {
        case .tcp(let host, let port):
            return SocketAddress.tcp(host: host, port: port).description
        case .unix(let credentials):
            return credentials.map { "unix(\($0))" } ?? "unix"
        }
    }
}
