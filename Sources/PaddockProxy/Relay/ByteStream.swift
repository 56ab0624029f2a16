import PaddockHTTP

/// A bidirectional byte stream: a plain socket or a TLS session over one.
public protocol ByteStream: AnyObject, Sendable {
    /// Reads up to `buffer.count` bytes; returns 0 at end of stream.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
    /// Writes every byte of `buffer`.
    func write(_ buffer: UnsafeRawBufferPointer) throws
    /// Ends both directions and wakes a thread blocked on the stream.
    func shutdown()
}

extension ByteStream {
    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }
}

/// A socket as a `ByteStream`, with one timeout for every wait.
public final class SocketStream: ByteStream {
    public let socket: Socket
    let timeout: Duration?

    public init(_ socket: Socket, timeout: Duration? = .seconds(300)) {
        self.socket = socket
        self.timeout = timeout
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        try socket.read(into: buffer, timeout: timeout)
    }

    public func write(_ buffer: UnsafeRawBufferPointer) throws {
        try socket.writeAll(buffer, timeout: timeout)
    }

    public func shutdown() {
        socket.shutdown()
    }
}
