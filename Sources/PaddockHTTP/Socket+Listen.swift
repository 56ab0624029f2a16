@preconcurrency import Glibc
import CShim
import PaddockCore

extension Socket {
    /// Creates a listening socket on a TCP or Unix-domain address.
    ///
    /// A TCP port of 0 binds a free port; read it back with `localAddress()`. An IPv6 listener accepts
    /// IPv6 only. A Unix socket file is created with `mode`. A stale socket file from a process that
    /// exited is removed first, but a live one, or a file that is not a socket, makes this fail.
    public static func listen(on address: SocketAddress, backlog: Int32 = 512, mode: mode_t = 0o600) throws -> Socket {
        switch address {
        case .tcp:
            guard let resolved = try address.resolve(passive: true).first else {
                throw PaddockError(.invalidArgument, "\(address) resolved to no address")
            }
            return try listenTCP(resolved, label: address.description, backlog: backlog)
        case .unix(let path):
            return try listenUnix(path: path, label: address.description, backlog: backlog, mode: mode)
        }
    }

    private static func listenTCP(_ resolved: ResolvedAddress, label: String, backlog: Int32) throws -> Socket {
        let descriptor = try systemCall("socket", subject: label) {
            csh_socket(resolved.family, Int32(SOCK_STREAM.rawValue), 0)
        }
        let socket = Socket(descriptor: descriptor, label: label)
        try systemCall("setsockopt(SO_REUSEADDR)", subject: label) { csh_set_reuse_address(descriptor) }
        if resolved.family == AF_INET6 {
            try systemCall("setsockopt(IPV6_V6ONLY)", subject: label) { csh_set_ipv6_only(descriptor) }
        }
        try resolved.withSockaddr { address, length in
            _ = try systemCall("bind", subject: label) { bind(descriptor, address, length) }
        }
        try systemCall("listen", subject: label) { Glibc.listen(descriptor, backlog) }
        return socket
    }

    private static func listenUnix(path: String, label: String, backlog: Int32, mode: mode_t) throws -> Socket {
        _ = try UnixAddress(path: path)
        try removeStaleSocketFile(path)

        let descriptor = try systemCall("socket", subject: label) {
            csh_socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        }
        let socket = Socket(descriptor: descriptor, label: label)

        // Bind under a temporary name, set the mode, then rename into place, so that the socket is never
        // reachable at `path` with the looser mode that the umask would give it.
        let temporary = temporaryName(for: path)
        // NOTE: when the temporary name does not fit in sun_path, the socket is bound at `path` and its
        // mode is set after bind, so it is briefly reachable with the umask's mode.
        let bindPath = (try? UnixAddress(path: temporary)) != nil ? temporary : path
        try UnixAddress(path: bindPath).withSockaddr { address, length in
            _ = try systemCall("bind", subject: bindPath) { bind(descriptor, address, length) }
        }
        do {
            try systemCall("chmod", subject: bindPath) { chmod(bindPath, mode) }
            if bindPath != path {
                try systemCall("rename", subject: "\(bindPath) to \(path)") { rename(bindPath, path) }
            }
            try systemCall("listen", subject: label) { Glibc.listen(descriptor, backlog) }
        } catch {
            unlink(bindPath)
            throw error
        }
        return socket
    }

    private static func temporaryName(for path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        return "\(directory).\(name).\(suffix)"
    }

    /// Removes a socket file that no process listens on; rejects a live socket or a file of another type.
    private static func removeStaleSocketFile(_ path: String) throws {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        guard status.st_mode & S_IFMT == S_IFSOCK else {
            throw PaddockError(
                .alreadyExists, "\(path) exists and is not a socket; remove it or choose another socket path")
        }
        do {
            let probe = try connect(to: .unix(path: path))
            probe.close()
            throw PaddockError(
                .alreadyExists, "another process is listening on \(path); stop it or choose another socket path")
        } catch let error as SystemCallError where error.errno == ECONNREFUSED {
            try systemCall("unlink", subject: path) { unlink(path) }
        }
    }

    /// Accepts one pending connection.
    ///
    /// - Returns: the connection, or nil when none is pending or it was aborted before it was accepted.
    /// - Throws: `SystemCallError` for other failures, such as EMFILE when descriptors run out.
    public func accept() throws -> Socket? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let connection: Int32
        do {
            connection = try withUnsafeMutablePointer(to: &storage) { pointer in
                try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                    try systemCall("accept4") { csh_accept(descriptor, address, &length) }
                }
            }
        } catch let error as SystemCallError {
            if [EAGAIN, EWOULDBLOCK, ECONNABORTED].contains(error.errno) { return nil }
            throw SystemCallError("accept4", errno: error.errno, subject: label)
        }

        let family = Int32(storage.ss_family)
        guard family == AF_INET || family == AF_INET6 else {
            return Socket(descriptor: connection, label: label)
        }
        let peer = withUnsafePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { SocketAddress.from($0, length: length) }
        }
        // A failure here only costs latency, so the connection is served either way.
        _ = csh_set_tcp_nodelay(connection)
        return Socket(descriptor: connection, label: peer.description)
    }
}
