/// The decoder of WebSocket frames from a byte stream, checking the rules of RFC 6455 section 5.
///
/// Bytes may arrive in pieces of any size; `nextFrame` returns nil until a whole frame is buffered.
/// A frame larger than `maxPayloadBytes` is rejected from its header, before its payload is buffered.
public struct WebSocketFrameDecoder: Sendable {
    /// Whether frames must be masked (a server reading a client) or must not be (a client reading a server).
    public let expectsMaskedFrames: Bool
    public let maxPayloadBytes: Int
    private var buffer: [UInt8] = []
    private var offset = 0

    public init(expectsMaskedFrames: Bool, maxPayloadBytes: Int) {
        self.expectsMaskedFrames = expectsMaskedFrames
        self.maxPayloadBytes = maxPayloadBytes
    }

    /// Adds received bytes.
    public mutating func append<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        if offset > 0 && offset >= buffer.count / 2 {
            buffer.removeFirst(offset)
            offset = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// Returns the next whole frame with its payload unmasked, or nil when more bytes are needed.
    ///
    /// - Throws: `WebSocketError` for reserved bits, unknown opcodes, a fragmented or oversized
    ///   control frame, a wrong masking bit, or a payload above the limit.
    public mutating func nextFrame() throws(WebSocketError) -> WebSocketFrame? {
        let available = buffer.count - offset
        guard available >= 2 else { return nil }
        let first = buffer[offset]
        let second = buffer[offset + 1]

        let fin = first & 0x80 != 0
        let reserved = first >> 4 & 0x7
        guard reserved == 0 else {
            throw .protocolError("frame has reserved bits set but no extension was negotiated")
        }
        guard let opcode = WebSocketOpcode(rawValue: first & 0x0F) else {
            throw .protocolError("frame has unknown opcode \(first & 0x0F)")
        }
        let masked = second & 0x80 != 0
        guard masked == expectsMaskedFrames else {
            throw .protocolError(expectsMaskedFrames ? "client frame is not masked" : "server frame is masked")
        }

        var headerLength = 2
        var length = Int(second & 0x7F)
        if length == 126 {
            guard available >= 4 else { return nil }
            length = Int(buffer[offset + 2]) << 8 | Int(buffer[offset + 3])
            headerLength = 4
        } else if length == 127 {
            guard available >= 10 else { return nil }
            var value: UInt64 = 0
            for index in 0..<8 { value = value << 8 | UInt64(buffer[offset + 2 + index]) }
            guard value >> 63 == 0 else { throw .protocolError("frame length has its most significant bit set") }
            guard value <= UInt64(maxPayloadBytes) else { throw tooBig(value) }
            length = Int(value)
            headerLength = 10
        }
        if opcode.isControl {
            guard fin else { throw .protocolError("control frame \(opcode) is fragmented") }
            guard length <= 125 else {
                throw .protocolError("control frame \(opcode) has \(length) bytes; the maximum is 125")
            }
        }
        guard length <= maxPayloadBytes else { throw tooBig(UInt64(length)) }

        let maskLength = masked ? 4 : 0
        guard available >= headerLength + maskLength + length else { return nil }
        let payloadStart = offset + headerLength + maskLength
        var payload = Array(buffer[payloadStart..<(payloadStart + length)])
        if masked {
            let key = Array(buffer[(offset + headerLength)..<(offset + headerLength + 4)])
            WebSocketFrame.applyMask(key, to: &payload, from: 0)
        }
        offset = payloadStart + length
        return WebSocketFrame(fin: fin, reserved: reserved, opcode: opcode, payload: payload)
    }

    private func tooBig(_ length: UInt64) -> WebSocketError {
        WebSocketError(
            closeCode: WebSocketCloseCode.messageTooBig,
            "frame of \(length) bytes exceeds the limit of \(maxPayloadBytes) bytes")
    }
}
