@preconcurrency import Glibc
import CShim
import Foundation
import PaddockCore
import Synchronization

/// Resolves upstream host names for the proxy.
///
/// The supervisor's root is the sandbox's, whose resolver configuration names no server, so names
/// are looked up on one thread whose root is the host's (`csh_thread_chroot`), where the host's
/// `/etc/resolv.conf` and `/etc/hosts` apply. Address literals and host overrides skip the lookup.
///
/// NOTE: lookups run one at a time, so a slow name server delays every connection that needs DNS.
public final class UpstreamResolver: Sendable {
    private struct Job: Sendable {
        let host: String
        let finish: @Sendable (Result<[String], PaddockError>) -> Void
    }

    /// The pending lookups, shared with the lookup thread.
    private final class Queue: Sendable {
        let jobs = Mutex<[Job]>([])
        let pending = DispatchSemaphore(value: 0)
    }

    private let queue = Queue()

    /// Starts the lookup thread. `hostRoot` is a directory fd of the host's root, or nil to use the
    /// process's own root (in tests).
    public init(hostRoot: Int32?, logger: Logger) {
        let thread = Thread { [queue] in
            if let hostRoot, csh_thread_chroot(hostRoot) != 0 {
                logger.error("name lookups use the sandbox's root", ["errno": String(errno)])
            }
            while true {
                queue.pending.wait()
                guard let job = queue.jobs.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) else { continue }
                job.finish(Self.lookUp(job.host))
            }
        }
        thread.name = "egress-resolver"
        thread.start()
    }

    /// Returns the addresses of `host`: the override, the literal itself, or what DNS returns.
    /// - Throws: `PaddockError` when the name does not resolve.
    public func resolve(_ host: String, overrides: [String: String]) throws -> [String] {
        var key = host.lowercased()
        if key.hasSuffix(".") { key.removeLast() }
        if let address = overrides[key] { return [address] }
        if Self.isAddressLiteral(host) { return [host] }

        let result = Mutex<Result<[String], PaddockError>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let job = Job(host: host) { outcome in
            result.withLock { $0 = outcome }
            done.signal()
        }
        queue.jobs.withLock { $0.append(job) }
        queue.pending.signal()
        done.wait()
        return try result.withLock { $0! }.get()
    }

    static func isAddressLiteral(_ host: String) -> Bool {
        var v4 = in_addr()
        var v6 = in6_addr()
        return inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1
    }

    private static func lookUp(_ host: String) -> Result<[String], PaddockError> {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, nil, &hints, &list)
        guard status == 0, let list else {
            let reason = String(cString: gai_strerror(status))
            return .failure(PaddockError(.unavailable, "cannot resolve \(host): \(reason)"))
        }
        defer { freeaddrinfo(list) }
        var addresses: [String] = []
        var entry: UnsafeMutablePointer<addrinfo>? = list
        while let current = entry {
            if let address = current.pointee.ai_addr, let text = numericHost(address, current.pointee.ai_addrlen),
                !addresses.contains(text)
            {
                addresses.append(text)
            }
            entry = current.pointee.ai_next
        }
        return addresses.isEmpty ? .failure(PaddockError(.unavailable, "\(host) resolved to no address")) : .success(addresses)
    }

    private static func numericHost(_ address: UnsafeMutablePointer<sockaddr>, _ length: socklen_t) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        guard getnameinfo(address, length, &buffer, socklen_t(buffer.count), nil, 0, NI_NUMERICHOST) == 0 else {
            return nil
        }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
