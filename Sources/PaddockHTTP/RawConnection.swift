import Foundation
import Synchronization

/// A connection taken over from the HTTP layer after an upgrade or CONNECT: the socket plus any
/// bytes that arrived after the message head and were already read into the HTTP layer's buffer.
///
/// Reads return those buffered bytes first. One thread may read while another writes.
public final class RawConnection: Sendable, CustomStringConvertible {
    public let socket: Socket
    private let buffered: Mutex<[UInt8]>

    public init(socket: Socket, leftover: [UInt8] = []) {
        self.socket = socket
        buffered = Mutex(leftover)
    }

    public var description: String { socket.label }

    /// Removes and returns the bytes read past the HTTP head that no read has returned yet.
    public func takeLeftover() -> [UInt8] {
        buffered.withLock { bytes in
            defer { bytes = [] }
            return bytes
        }
    }

    /// Reads up to `buffer.count` bytes, buffered ones first; returns 0 at end of stream.
    public func read(into buffer: UnsafeMutableRawBufferPointer, timeout: Duration? = nil) throws -> Int {
        let copied = buffered.withLock { bytes -> Int in
            guard !bytes.isEmpty else { return 0 }
            let count = min(bytes.count, buffer.count)
            bytes.withUnsafeBytes { source in
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[0..<count]))
            }
            bytes.removeFirst(count)
            return count
        }
        if copied > 0 { return copied }
        return try socket.read(into: buffer, timeout: timeout)
    }

    /// Reads up to `maxBytes` bytes into a new array; empty at end of stream.
    public func read(maxBytes: Int, timeout: Duration? = nil) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: maxBytes)
        let count = try bytes.withUnsafeMutableBytes { try read(into: $0, timeout: timeout) }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// Writes every byte; see `Socket.writeAll(_:timeout:)`.
    public func writeAll(_ bytes: [UInt8], timeout: Duration? = nil) throws {
        try socket.writeAll(bytes, timeout: timeout)
    }

    /// Writes every byte of `buffer`; see `Socket.writeAll(_:timeout:)`.
    public func writeAll(_ buffer: UnsafeRawBufferPointer, timeout: Duration? = nil) throws {
        try socket.writeAll(buffer, timeout: timeout)
    }

    /// Ends one or both directions; see `Socket.shutdown(_:)`.
    public func shutdown(_ direction: Socket.Direction = .both) {
        socket.shutdown(direction)
    }

    public func close() {
        socket.close()
    }
}
