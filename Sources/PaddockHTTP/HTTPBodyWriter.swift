import Foundation

/// The writer that a streaming response body writes through.
///
/// Each write is sent at once (as one chunk to an HTTP/1.1 client), so log lines and server-sent
/// events reach the client without waiting for more output. A write throws when the client has gone,
/// which is the signal for the stream to stop.
public final class HTTPBodyWriter {
    private let socket: Socket
    private let chunked: Bool
    private let timeout: Duration
    /// The bytes written so far, not counting chunk framing.
    public private(set) var bytesWritten = 0

    init(socket: Socket, chunked: Bool, timeout: Duration) {
        self.socket = socket
        self.chunked = chunked
        self.timeout = timeout
    }

    /// Sends `bytes` to the client; an empty array sends nothing.
    public func write(_ bytes: [UInt8]) throws {
        guard !bytes.isEmpty else { return }
        try socket.writeAll(chunked ? ChunkedEncoder.chunk(bytes) : bytes, timeout: timeout)
        bytesWritten += bytes.count
    }

    /// Sends `data` to the client.
    public func write(_ data: Data) throws {
        try write([UInt8](data))
    }

    /// Sends `text` as UTF-8.
    public func write(_ text: String) throws {
        try write(Array(text.utf8))
    }

    /// Sends the last chunk, ending the body; the server calls it when the stream closure returns.
    func finish() throws {
        guard chunked else { return }
        try socket.writeAll(ChunkedEncoder.lastChunk(), timeout: timeout)
    }
}
