import Foundation
import PaddockCore
import Synchronization

/// One streamed exec over a WebSocket: the request, then framed standard input, output and control
/// messages. Sends are serialised, so standard input and resizes may be sent from different threads
/// while another thread waits in `nextFrame()`.
final class ExecChannel: Sendable {
    /// The largest standard input payload sent in one message.
    static let maximumInputChunk = 64 * 1024

    let socket: any GatewayWebSocket
    private let sendLock = Mutex(())

    init(socket: any GatewayWebSocket) {
        self.socket = socket
    }

    /// Sends the exec request, the first message of the session.
    func start(_ request: ExecRequest) throws {
        let text = String(decoding: try GatewayClient.encode(request), as: UTF8.self)
        try sendLock.withLock { _ in try socket.sendText(text) }
    }

    /// Sends standard input bytes, split into messages of at most `maximumInputChunk` bytes.
    func sendInput(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let end = min(offset + Self.maximumInputChunk, bytes.count)
            try send(.input(Array(bytes[offset..<end])))
            offset = end
        }
    }

    /// Tells the server that standard input ended.
    func sendEndOfInput() throws {
        try send(.control(.endOfInput))
    }

    /// Tells the server the terminal's new size.
    func sendResize(_ size: TerminalSize) throws {
        try send(.control(.resize(rows: size.rows, columns: size.columns)))
    }

    /// Returns the next frame from the server, or nil when the connection closed. Text messages,
    /// which the protocol does not use after the request, are skipped.
    func nextFrame() throws -> ExecFrame? {
        while let message = try socket.receive() {
            guard case .binary(let bytes) = message else { continue }
            return try ExecFrame.decode(bytes)
        }
        return nil
    }

    func close() {
        socket.close()
    }

    /// The server's reason for closing, when it closed other than normally.
    var closeReason: String? { socket.closeReason }

    private func send(_ frame: ExecFrame) throws {
        let bytes = try frame.encoded()
        try sendLock.withLock { _ in try socket.sendBinary(bytes) }
    }
}
