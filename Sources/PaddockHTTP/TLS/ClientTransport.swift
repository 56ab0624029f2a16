/// The byte stream under an HTTP client connection: a plain socket or a TLS session over one.
protocol ClientTransport: AnyObject {
    /// The underlying socket, for shutting it down and for messages.
    var socket: Socket { get }
    func read(into buffer: UnsafeMutableRawBufferPointer, timeout: Duration?) throws -> Int
    func writeAll(_ bytes: [UInt8], timeout: Duration?) throws
    /// Whether a read would return at once: buffered bytes, data, end of stream or an error.
    func isReadable() -> Bool
    func close()
}

/// A plain TCP or Unix-domain connection.
final class PlainTransport: ClientTransport {
    let socket: Socket

    init(socket: Socket) {
        self.socket = socket
    }

    func read(into buffer: UnsafeMutableRawBufferPointer, timeout: Duration?) throws -> Int {
        try socket.read(into: buffer, timeout: timeout)
    }

    func writeAll(_ bytes: [UInt8], timeout: Duration?) throws {
        try socket.writeAll(bytes, timeout: timeout)
    }

    func isReadable() -> Bool {
        (try? socket.waitUntilReadable(timeout: .zero)) ?? true
    }

    func close() {
        socket.close()
    }
}

extension ConnectionBuffer {
    /// Reads more bytes from `transport`; returns false at end of stream. See `fill(from:timeout:)`.
    mutating func fill(from transport: any ClientTransport, timeout: Duration?) throws -> Bool {
        try fill(timeout: timeout) { raw, timeout in try transport.read(into: raw, timeout: timeout) }
    }
}
