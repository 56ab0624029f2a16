import Foundation
import Synchronization

/// A WebSocket connection (RFC 6455) over a raw connection taken from the HTTP layer.
///
/// `receive` reassembles fragmented messages, replies to pings with pongs and completes the close
/// handshake. Sends take a lock, so one thread may receive while others send.
public final class WebSocketConnection: @unchecked Sendable {
    /// The side of the connection. Clients mask their frames and servers do not.
    public enum Role: Sendable {
        case client, server
    }

    public let role: Role
    public let connection: RawConnection
    /// The maximum size of a message, after reassembly (1009 Message Too Big beyond it).
    public let maxMessageBytes: Int
    private let sendState = Mutex(false)
    private var decoder: WebSocketFrameDecoder
    private var readBuffer = [UInt8](repeating: 0, count: 64 * 1024)
    private var fragments: [UInt8] = []
    private var fragmentOpcode: WebSocketOpcode?
    private var closeReceived = false
    /// The status code of the peer's close frame, once it has arrived (1005 when it had none).
    public private(set) var closeCode: UInt16?
    /// The reason of the peer's close frame, once it has arrived.
    public private(set) var closeReason = ""

    public init(connection: RawConnection, role: Role, maxMessageBytes: Int = 16 * 1024 * 1024) {
        self.connection = connection
        self.role = role
        self.maxMessageBytes = maxMessageBytes
        decoder = WebSocketFrameDecoder(expectsMaskedFrames: role == .server, maxPayloadBytes: maxMessageBytes)
    }

    // MARK: Sending

    /// Sends a message as one frame.
    public func send(_ message: WebSocketMessage) throws {
        switch message {
        case .text(let text): try send(WebSocketFrame(opcode: .text, payload: Array(text.utf8)))
        case .binary(let bytes): try send(WebSocketFrame(opcode: .binary, payload: bytes))
        }
    }

    /// Sends a text message.
    public func send(text: String) throws {
        try send(.text(text))
    }

    /// Sends a binary message.
    public func send(binary: [UInt8]) throws {
        try send(.binary(binary))
    }

    /// Sends a ping; the peer's pong is consumed by `receive`.
    public func ping(_ payload: [UInt8] = []) throws {
        try send(WebSocketFrame(opcode: .ping, payload: Array(payload.prefix(125))))
    }

    /// Starts the close handshake; `receive` returns nil once the peer's close frame arrives.
    /// Calling it again, or after the peer closed, does nothing.
    public func close(code: UInt16 = WebSocketCloseCode.normal, reason: String = "") throws {
        var payload = [UInt8(code >> 8), UInt8(code & 0xFF)]
        payload.append(contentsOf: Array(reason.utf8).prefix(123))
        try send(WebSocketFrame(opcode: .close, payload: payload))
    }

    /// Sends one frame, unless a close frame was already sent: nothing may follow one.
    public func send(_ frame: WebSocketFrame) throws {
        let key: UInt32? = role == .client ? UInt32.random(in: 0...UInt32.max) : nil
        let encoded = frame.encode(maskingKey: key)
        try sendState.withLock { closeSent in
            guard !closeSent else {
                if frame.opcode == .close { return }
                throw WebSocketError(closeCode: WebSocketCloseCode.normal, "cannot send after the close frame was sent")
            }
            try connection.writeAll(encoded)
            if frame.opcode == .close { closeSent = true }
        }
    }

    /// Whether a close frame has been sent.
    public var isCloseSent: Bool { sendState.withLock { $0 } }

    // MARK: Receiving

    /// Receives the next data message.
    ///
    /// - Returns: the message, or nil once the close handshake has finished.
    /// - Throws: `WebSocketError` for a protocol violation, after sending the matching close frame.
    ///   A `WebSocketError` with code 1006 means the connection ended without a close frame. Socket
    ///   errors pass through.
    public func receive() throws -> WebSocketMessage? {
        while !closeReceived {
            let frame: WebSocketFrame
            do {
                frame = try nextFrame()
            } catch let error as WebSocketError {
                if error.closeCode != WebSocketCloseCode.abnormal {
                    try? close(code: error.closeCode, reason: String(error.message.prefix(100)))
                }
                throw error
            }
            if let message = try handle(frame) { return message }
        }
        return nil
    }

    private func handle(_ frame: WebSocketFrame) throws -> WebSocketMessage? {
        switch frame.opcode {
        case .ping:
            if !isCloseSent { try send(WebSocketFrame(opcode: .pong, payload: frame.payload)) }
            return nil
        case .pong:
            return nil
        case .close:
            try handleClose(frame.payload)
            return nil
        case .text, .binary:
            guard fragmentOpcode == nil else {
                throw closing(.protocolError("new \(frame.opcode) message before the previous one was finished"))
            }
            if frame.fin { return try message(frame.opcode, frame.payload) }
            fragmentOpcode = frame.opcode
            fragments = frame.payload
            return nil
        case .continuation:
            guard let opcode = fragmentOpcode else {
                throw closing(.protocolError("continuation frame without a message to continue"))
            }
            guard fragments.count + frame.payload.count <= maxMessageBytes else {
                throw closing(
                    WebSocketError(
                        closeCode: WebSocketCloseCode.messageTooBig,
                        "message exceeds the limit of \(maxMessageBytes) bytes"))
            }
            fragments.append(contentsOf: frame.payload)
            guard frame.fin else { return nil }
            let payload = fragments
            fragments = []
            fragmentOpcode = nil
            return try message(opcode, payload)
        }
    }

    private func message(_ opcode: WebSocketOpcode, _ payload: [UInt8]) throws -> WebSocketMessage {
        guard opcode == .text else { return .binary(payload) }
        guard let text = String(validating: payload, as: UTF8.self) else {
            throw closing(WebSocketError(closeCode: WebSocketCloseCode.invalidData, "text message is not valid UTF-8"))
        }
        return .text(text)
    }

    private func handleClose(_ payload: [UInt8]) throws {
        var code = WebSocketCloseCode.noStatus
        var reason = ""
        if payload.count == 1 {
            throw closing(.protocolError("close frame has a one-byte payload"))
        }
        if payload.count >= 2 {
            code = UInt16(payload[0]) << 8 | UInt16(payload[1])
            guard WebSocketCloseCode.isValidReceived(code) else {
                throw closing(.protocolError("close frame has invalid status code \(code)"))
            }
            guard let text = String(validating: payload[2...], as: UTF8.self) else {
                throw closing(
                    WebSocketError(closeCode: WebSocketCloseCode.invalidData, "close reason is not valid UTF-8"))
            }
            reason = text
        }
        closeReceived = true
        closeCode = code
        closeReason = reason
        // Echo the status code, as RFC 6455 section 5.5.1 recommends, unless this side closed first.
        try? close(code: code == WebSocketCloseCode.noStatus ? WebSocketCloseCode.normal : code)
        if role == .server { connection.shutdown(.write) }
    }

    /// Sends the close frame for `error` and returns it, for protocol violations found after decoding.
    private func closing(_ error: WebSocketError) -> WebSocketError {
        try? close(code: error.closeCode, reason: String(error.message.prefix(100)))
        return error
    }

    private func nextFrame() throws -> WebSocketFrame {
        while true {
            if let frame = try decoder.nextFrame() { return frame }
            let count = try readBuffer.withUnsafeMutableBytes { try connection.read(into: $0) }
            guard count > 0 else {
                throw WebSocketError(closeCode: WebSocketCloseCode.abnormal, "connection closed without a close frame")
            }
            decoder.append(readBuffer[0..<count])
        }
    }
}
