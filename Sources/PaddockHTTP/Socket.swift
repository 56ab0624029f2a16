@preconcurrency import Glibc
import CShim
import Foundation
import PaddockCore
import Synchronization

/// A stream socket that owns its file descriptor and closes it exactly once.
///
/// The descriptor is non-blocking and close-on-exec, but every call here blocks the calling thread
/// until it completes or its timeout passes, waiting in poll(2). That way `shutdown` from another
/// thread wakes a blocked reader, and timeouts need no signals. Reads and writes may run on two threads
/// at once; `shutdown` and `close` may be called from any thread.
public final class Socket: Sendable, CustomStringConvertible {
    /// The directions that `shutdown` ends.
    public enum Direction: Sendable {
        case read, write, both

        var value: Int32 {
            switch self {
            case .read: return Int32(SHUT_RD)
            case .write: return Int32(SHUT_WR)
            case .both: return Int32(SHUT_RDWR)
            }
        }
    }

    /// The descriptor number; valid until `close`.
    public let descriptor: Int32
    /// The address the socket is connected to or listens on, for messages.
    public let label: String
    private let open: Mutex<Bool>

    init(descriptor: Int32, label: String) {
        self.descriptor = descriptor
        self.label = label
        open = Mutex(true)
    }

    deinit {
        close()
    }

    public var description: String { label }

    /// Whether `close` has not been called yet.
    public var isOpen: Bool { open.withLock { $0 } }

    /// Closes the descriptor; later calls do nothing.
    public func close() {
        open.withLock { isOpen in
            guard isOpen else { return }
            isOpen = false
            // close(2) must not be retried on EINTR on Linux: the descriptor is already released.
            _ = Glibc.close(descriptor)
        }
    }

    /// Ends one or both directions of the connection and wakes any thread blocked on it.
    ///
    /// Errors such as ENOTCONN, from a peer that already left, are ignored because the goal is met.
    public func shutdown(_ direction: Direction = .both) {
        open.withLock { isOpen in
            guard isOpen else { return }
            _ = Glibc.shutdown(descriptor, direction.value)
        }
    }

    /// Reads up to `buffer.count` bytes, waiting at most `timeout` (forever when nil) for any to arrive.
    ///
    /// - Returns: the number of bytes read, 0 at end of stream.
    /// - Throws: `SocketTimeoutError` when the wait times out, `SystemCallError` when the read fails.
    public func read(into buffer: UnsafeMutableRawBufferPointer, timeout: Duration? = nil) throws -> Int {
        while true {
            do {
                return try systemCall("read") { Glibc.read(descriptor, buffer.baseAddress, buffer.count) }
            } catch {
                guard error.errno == EAGAIN || error.errno == EWOULDBLOCK else {
                    throw SystemCallError("read", errno: error.errno, subject: label)
                }
            }
            guard try wait(for: Int16(POLLIN), timeout: timeout) else {
                throw SocketTimeoutError(operation: "read", subject: label, timeout: timeout ?? .zero)
            }
        }
    }

    /// Reads up to `maxBytes` bytes into a new array; empty at end of stream.
    public func read(maxBytes: Int, timeout: Duration? = nil) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: maxBytes)
        let count = try bytes.withUnsafeMutableBytes { try read(into: $0, timeout: timeout) }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// Writes every byte of `buffer`, waiting at most `timeout` each time the peer stops accepting.
    ///
    /// - Throws: `SocketTimeoutError`, or `SystemCallError` (EPIPE or ECONNRESET when the peer left).
    ///   SIGPIPE is never raised.
    public func writeAll(_ buffer: UnsafeRawBufferPointer, timeout: Duration? = nil) throws {
        var offset = 0
        while offset < buffer.count {
            do {
                offset += try systemCall("send") {
                    csh_send(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                }
                continue
            } catch {
                guard error.errno == EAGAIN || error.errno == EWOULDBLOCK else {
                    throw SystemCallError("send", errno: error.errno, subject: label)
                }
            }
            guard try wait(for: Int16(POLLOUT), timeout: timeout) else {
                throw SocketTimeoutError(operation: "write", subject: label, timeout: timeout ?? .zero)
            }
        }
    }

    /// Writes every byte of `bytes`; see `writeAll(_:timeout:)` for the contract.
    public func writeAll(_ bytes: [UInt8], timeout: Duration? = nil) throws {
        try bytes.withUnsafeBytes { try writeAll($0, timeout: timeout) }
    }

    /// Writes every byte of `data`; see `writeAll(_:timeout:)` for the contract.
    public func writeAll(_ data: Data, timeout: Duration? = nil) throws {
        try data.withUnsafeBytes { try writeAll($0, timeout: timeout) }
    }

    /// Waits until the socket is readable (data, end of stream or error) or `timeout` passes.
    ///
    /// - Returns: false when the timeout passed first.
    public func waitUntilReadable(timeout: Duration?) throws -> Bool {
        try wait(for: Int16(POLLIN), timeout: timeout)
    }

    /// Waits for `events` with poll(2); returns false on timeout. Errors and hang-ups count as ready,
    /// so that the next read or write reports them.
    func wait(for events: Int16, timeout: Duration?) throws -> Bool {
        let deadline = timeout.map { ContinuousClock.now + $0 }
        while true {
            var descriptorSet = pollfd(fd: descriptor, events: events, revents: 0)
            let milliseconds = deadline.map { (ContinuousClock.now.duration(to: $0)).pollMilliseconds } ?? -1
            let ready: Int32
            do {
                ready = try systemCall("poll", subject: label) { Glibc.poll(&descriptorSet, 1, milliseconds) }
            }
            if ready > 0 { return true }
            if let deadline, ContinuousClock.now >= deadline { return false }
        }
    }

    /// Returns the local address, such as the bound port of a TCP listener created with port 0.
    public func localAddress() throws -> SocketAddress {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        try withUnsafeMutablePointer(to: &storage) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                _ = try systemCall("getsockname", subject: label) { getsockname(descriptor, address, &length) }
            }
        }
        return withUnsafePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { SocketAddress.from($0, length: length) }
        }
    }

    /// Returns the address of the connected peer.
    public func peerAddress() throws -> SocketAddress {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        try withUnsafeMutablePointer(to: &storage) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                _ = try systemCall("getpeername", subject: label) { getpeername(descriptor, address, &length) }
            }
        }
        return withUnsafePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { SocketAddress.from($0, length: length) }
        }
    }

    /// Returns the process, user and group of the peer of a Unix-domain socket.
    public func peerCredentials() throws -> PeerCredentials {
        var credentials = PeerCredentials(pid: 0, uid: 0, gid: 0)
        try systemCall("getsockopt(SO_PEERCRED)", subject: label) {
            csh_peer_credentials(descriptor, &credentials.pid, &credentials.uid, &credentials.gid)
        }
        return credentials
    }
}
