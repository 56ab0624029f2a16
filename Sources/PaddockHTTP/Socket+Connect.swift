@preconcurrency import Glibc
import CShim
import PaddockCore

extension Socket {
    /// Connects to a TCP or Unix-domain address, trying each resolved address of a host in turn.
    ///
    /// TCP sockets get TCP_NODELAY, so small requests are not held back by Nagle's algorithm.
    /// - Throws: `SystemCallError` naming the address (ECONNREFUSED, ENOENT for a missing socket
    ///   file), `SocketTimeoutError`, or `PaddockError` for an address that cannot be resolved.
    public static func connect(to address: SocketAddress, timeout: Duration? = nil) throws -> Socket {
        switch address {
        case .unix(let path):
            return try connectUnix(path: path, label: address.description)
        case .tcp:
            var lastError: any Error = PaddockError(.unavailable, "\(address) resolved to no address")
            for resolved in try address.resolve(passive: false) {
                do {
                    return try connectTCP(resolved, label: address.description, timeout: timeout)
                } catch {
                    lastError = error
                }
            }
            throw lastError
        }
    }

    private static func connectUnix(path: String, label: String) throws -> Socket {
        let unixAddress = try UnixAddress(path: path)
        let descriptor = try systemCall("socket", subject: label) {
            csh_socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        }
        let socket = Socket(descriptor: descriptor, label: label)

        // A non-blocking connect to a Unix socket fails with EAGAIN when the backlog is full, instead
        // of waiting, so connect in blocking mode and switch back afterwards.
        try socket.setBlocking(true)
        try unixAddress.withSockaddr { address, length in
            _ = try systemCall("connect", subject: label) { Glibc.connect(descriptor, address, length) }
        }
        try socket.setBlocking(false)
        return socket
    }

    private static func connectTCP(_ resolved: ResolvedAddress, label: String, timeout: Duration?) throws -> Socket {
        let descriptor = try systemCall("socket", subject: label) {
            csh_socket(resolved.family, Int32(SOCK_STREAM.rawValue), 0)
        }
        let socket = Socket(descriptor: descriptor, label: label)
        do {
            try resolved.withSockaddr { address, length in
                _ = try systemCall("connect", subject: label) { Glibc.connect(descriptor, address, length) }
            }
        } catch let error as SystemCallError {
            // A non-blocking connect continues in the background; EALREADY follows a retry after EINTR.
            guard error.errno == EINPROGRESS || error.errno == EALREADY else { throw error }
            guard try socket.wait(for: Int16(POLLOUT), timeout: timeout) else {
                throw SocketTimeoutError(operation: "connect", subject: label, timeout: timeout ?? .zero)
            }
            let pending = csh_socket_error(descriptor)
            if pending != 0 {
                throw SystemCallError("connect", errno: pending < 0 ? errno : pending, subject: label)
            }
        }
        try systemCall("setsockopt(TCP_NODELAY)", subject: label) { csh_set_tcp_nodelay(descriptor) }
        return socket
    }

    /// Creates a connected pair of Unix-domain stream sockets, as socketpair(2) does.
    public static func pair() throws -> (Socket, Socket) {
        var descriptors: [Int32] = [-1, -1]
        try systemCall("socketpair") { csh_socketpair(&descriptors) }
        return (
            Socket(descriptor: descriptors[0], label: "socketpair[0]"),
            Socket(descriptor: descriptors[1], label: "socketpair[1]")
        )
    }

    func setBlocking(_ blocking: Bool) throws {
        let flags = try systemCall("fcntl(F_GETFL)", subject: label) { fcntl(descriptor, F_GETFL) }
        let updated = blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK
        try systemCall("fcntl(F_SETFL)", subject: label) { fcntl(descriptor, F_SETFL, updated) }
    }
}
