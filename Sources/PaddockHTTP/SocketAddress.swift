@preconcurrency import Glibc
import CShim  // Without it, whole-module builds of this file cannot find SOCK_STREAM.
import PaddockCore

/// The address of a stream socket: a TCP host and port, or a Unix-domain socket path.
public enum SocketAddress: Sendable, Hashable, CustomStringConvertible {
    /// A host name or numeric IPv4 or IPv6 address (without brackets) and a port. When listening,
    /// port 0 lets the kernel pick a free port.
    case tcp(host: String, port: Int)
    case unix(path: String)

    /// The address as `host:port`, `[v6]:port` or `unix:PATH`, for messages and logs.
    public var description: String {
        switch self {
        case .tcp(let host, let port):
            return host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        case .unix(let path):
            return "unix:\(path)"
        }
    }

    /// Resolves a TCP address into the socket addresses to try, in the resolver's order.
    func resolve(passive: Bool) throws -> [ResolvedAddress] {
        guard case .tcp(let host, let port) = self else {
            throw PaddockError(.invalidArgument, "\(self) is not a TCP address")
        }
        guard (0...65535).contains(port) else {
            throw PaddockError(.invalidArgument, "port \(port) of \(self) is out of range; use 0 to 65535")
        }

        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_NUMERICSERV | (passive ? AI_PASSIVE : 0)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host.isEmpty ? nil : host, String(port), &hints, &list)
        guard status == 0, let list else {
            let reason = String(cString: gai_strerror(status))
            throw PaddockError(.invalidArgument, "cannot resolve host of \(self): \(reason)")
        }
        defer { freeaddrinfo(list) }

        var addresses: [ResolvedAddress] = []
        var entry: UnsafeMutablePointer<addrinfo>? = list
        while let current = entry {
            if let address = current.pointee.ai_addr {
                addresses.append(ResolvedAddress(address, length: current.pointee.ai_addrlen))
            }
            entry = current.pointee.ai_next
        }
        return addresses
    }

    /// Converts a kernel socket address into a `SocketAddress`.
    static func from(_ storage: UnsafePointer<sockaddr>, length: socklen_t) -> SocketAddress {
        switch Int32(storage.pointee.sa_family) {
        case AF_INET:
            return storage.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { address in
                var ip = address.pointee.sin_addr
                return .tcp(host: numericHost(AF_INET, &ip), port: Int(UInt16(bigEndian: address.pointee.sin_port)))
            }
        case AF_INET6:
            return storage.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { address in
                var ip = address.pointee.sin6_addr
                return .tcp(
                    host: numericHost(AF_INET6, &ip), port: Int(UInt16(bigEndian: address.pointee.sin6_port)))
            }
        case AF_UNIX:
            return storage.withMemoryRebound(to: sockaddr_un.self, capacity: 1) { address in
                let pathLength = Int(length) - MemoryLayout<sa_family_t>.size
                guard pathLength > 0 else { return .unix(path: "") }
                return withUnsafeBytes(of: address.pointee.sun_path) { raw in
                    let bytes = raw.prefix(pathLength).prefix { $0 != 0 }
                    return .unix(path: String(decoding: bytes, as: UTF8.self))
                }
            }
        default:
            return .unix(path: "")
        }
    }

    private static func numericHost(_ family: Int32, _ address: UnsafeMutableRawPointer) -> String {
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        guard inet_ntop(family, address, &text, socklen_t(text.count)) != nil else { return "?" }
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// A socket address in kernel form, copied out of getaddrinfo's list.
struct ResolvedAddress {
    var storage = sockaddr_storage()
    var length: socklen_t

    init(_ address: UnsafePointer<sockaddr>, length: socklen_t) {
        self.length = length
        withUnsafeMutableBytes(of: &storage) { target in
            target.copyMemory(from: UnsafeRawBufferPointer(start: address, count: Int(length)))
        }
    }

    var family: Int32 { Int32(storage.ss_family) }

    func withSockaddr<T>(_ body: (UnsafePointer<sockaddr>, socklen_t) throws -> T) rethrows -> T {
        try withUnsafeBytes(of: storage) { raw in
            try body(raw.baseAddress!.assumingMemoryBound(to: sockaddr.self), length)
        }
    }
}

/// A Unix-domain socket address in kernel form.
struct UnixAddress {
    var address = sockaddr_un()

    init(path: String) throws {
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard !bytes.isEmpty, bytes.count < capacity, !bytes.contains(0) else {
            throw PaddockError(
                .invalidArgument,
                "Unix socket path \"\(path)\" must be 1 to \(capacity - 1) bytes without NUL; use a shorter path")
        }
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { target in
            target.copyBytes(from: bytes)
        }
    }

    func withSockaddr<T>(_ body: (UnsafePointer<sockaddr>, socklen_t) throws -> T) rethrows -> T {
        try withUnsafeBytes(of: address) { raw in
            try body(raw.baseAddress!.assumingMemoryBound(to: sockaddr.self), socklen_t(MemoryLayout<sockaddr_un>.size))
        }
    }
}
