/// The frame opcodes of RFC 6455, section 5.2.
public enum WebSocketOpcode: UInt8, Sendable {
    case continuation = 0x0
    case text = 0x1
    case binary = 0x2
    case close = 0x8
    case ping = 0x9
    case pong = 0xA

    /// Whether this is a control frame (close, ping, pong), which may not be fragmented.
    public var isControl: Bool { rawValue & 0x8 != 0 }
}

/// One WebSocket frame with its payload unmasked.
public struct WebSocketFrame: Sendable, Equatable {
    public var fin: Bool
    /// The three reserved bits (RSV1 to RSV3) as the low bits; nonzero only with a negotiated extension.
    public var reserved: UInt8
    public var opcode: WebSocketOpcode
    public var payload: [UInt8]

    public init(fin: Bool = true, reserved: UInt8 = 0, opcode: WebSocketOpcode, payload: [UInt8] = []) {
        self.fin = fin
        self.reserved = reserved
        self.opcode = opcode
        self.payload = payload
    }

    /// Returns an unmasked close frame, as a server sends it, encoded for the wire. The reason is cut
    /// to fit the 125-byte limit of a control frame's payload.
    public static func close(code: UInt16, reason: String) -> [UInt8] {
        var payload = [UInt8(code >> 8), UInt8(code & 0xFF)]
        var text = Array(reason.utf8.prefix(123))
        while !text.isEmpty && String(validating: text, as: UTF8.self) == nil { text.removeLast() }
        payload += text
        return WebSocketFrame(opcode: .close, payload: payload).encode()
    }

    /// Encodes the frame for the wire, masking the payload with `maskingKey` when one is given
    /// (clients must mask every frame, servers must not).
    public func encode(maskingKey: UInt32? = nil) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(payload.count + 14)
        bytes.append((fin ? 0x80 : 0) | (reserved & 0x7) << 4 | opcode.rawValue)

        let maskBit: UInt8 = maskingKey == nil ? 0 : 0x80
        switch payload.count {
        case 0...125:
            bytes.append(maskBit | UInt8(payload.count))
        case 126...0xFFFF:
            bytes.append(maskBit | 126)
            bytes.append(UInt8(payload.count >> 8))
            bytes.append(UInt8(payload.count & 0xFF))
        default:
            bytes.append(maskBit | 127)
            for shift in stride(from: 56, through: 0, by: -8) {
                bytes.append(UInt8(UInt64(payload.count) >> UInt64(shift) & 0xFF))
            }
        }

        guard let maskingKey else {
            bytes.append(contentsOf: payload)
            return bytes
        }
        let key = [
            UInt8(maskingKey >> 24), UInt8(maskingKey >> 16 & 0xFF), UInt8(maskingKey >> 8 & 0xFF),
            UInt8(maskingKey & 0xFF),
        ]
        bytes.append(contentsOf: key)
        let start = bytes.count
        bytes.append(contentsOf: payload)
        WebSocketFrame.applyMask(key, to: &bytes, from: start)
        return bytes
    }

    /// XORs `bytes[start...]` with the four-byte masking key, which both masks and unmasks.
    static func applyMask(_ key: [UInt8], to bytes: inout [UInt8], from start: Int) {
        bytes.withUnsafeMutableBufferPointer { buffer in
            var index = start
            // Eight bytes at a time: the key repeated twice lines up because 8 is a multiple of 4.
            let word = key.withUnsafeBytes { keyBytes -> UInt64 in
                let half = UInt64(keyBytes.loadUnaligned(as: UInt32.self))
                return half | half << 32
            }
            while buffer.count - index >= 8 {
                let raw = UnsafeMutableRawPointer(buffer.baseAddress! + index)
                let value = raw.loadUnaligned(as: UInt64.self) ^ word
                raw.storeBytes(of: value, as: UInt64.self)
                index += 8
            }
            while index < buffer.count {
                buffer[index] ^= key[(index - start) & 3]
                index += 1
            }
        }
    }
}
