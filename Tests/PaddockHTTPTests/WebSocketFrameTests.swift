import Testing

@testable import PaddockHTTP

struct WebSocketFrameTests {
    private func decode(_ bytes: [UInt8], masked: Bool, max: Int = 1 << 20) throws(WebSocketError) -> [WebSocketFrame] {
        var decoder = WebSocketFrameDecoder(expectsMaskedFrames: masked, maxPayloadBytes: max)
        var frames: [WebSocketFrame] = []
        for byte in bytes {
            decoder.append([byte])
            while let frame = try decoder.nextFrame() { frames.append(frame) }
        }
        return frames
    }

    /// The key and accept value of the handshake example in RFC 6455, section 1.3.
    @Test func acceptValueFromRFCExample() {
        #expect(WebSocket.acceptValue(forKey: "dGhlIHNhbXBsZSBub25jZQ==") == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
    }

    @Test func keyIsSixteenBytes() throws {
        let key = WebSocket.makeKey()
        #expect(key.count == 24)
        #expect(key != WebSocket.makeKey())
    }

    @Test func rfcMaskedHelloExample() throws {
        // RFC 6455 section 5.7: a masked text frame "Hello" with key 37 fa 21 3d.
        let bytes: [UInt8] = [0x81, 0x85, 0x37, 0xFA, 0x21, 0x3D, 0x7F, 0x9F, 0x4D, 0x51, 0x58]
        let frames = try decode(bytes, masked: true)
        #expect(frames == [WebSocketFrame(opcode: .text, payload: Array("Hello".utf8))])
        #expect(WebSocketFrame(opcode: .text, payload: Array("Hello".utf8)).encode(maskingKey: 0x37FA_213D) == bytes)
    }

    @Test func rfcUnmaskedHelloExample() throws {
        let bytes: [UInt8] = [0x81, 0x05, 0x48, 0x65, 0x6C, 0x6C, 0x6F]
        #expect(WebSocketFrame(opcode: .text, payload: Array("Hello".utf8)).encode() == bytes)
        #expect(try decode(bytes, masked: false).first?.payload == Array("Hello".utf8))
    }

    @Test(arguments: [0, 1, 125, 126, 127, 65535, 65536, 70000])
    func lengthEncodingsRoundTrip(_ length: Int) throws {
        let payload = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 31) }
        let frame = WebSocketFrame(opcode: .binary, payload: payload)
        var decoder = WebSocketFrameDecoder(expectsMaskedFrames: true, maxPayloadBytes: 1 << 20)
        decoder.append(frame.encode(maskingKey: 0xA1B2_C3D4))
        #expect(try decoder.nextFrame() == frame)
    }

    @Test func fragmentedFrameKeepsFin() throws {
        let bytes = WebSocketFrame(fin: false, opcode: .text, payload: [0x61]).encode()
        #expect(try decode(bytes, masked: false).first?.fin == false)
    }

    @Test func reservedBitsRejected() {
        let bytes = WebSocketFrame(reserved: 0b100, opcode: .text, payload: []).encode()
        #expect(throws: WebSocketError.self) { try decode(bytes, masked: false) }
    }

    @Test func unknownOpcodeRejected() {
        #expect(throws: WebSocketError.self) { try decode([0x83, 0x00], masked: false) }
    }

    @Test func unmaskedClientFrameRejected() {
        let bytes = WebSocketFrame(opcode: .text, payload: [0x61]).encode()
        #expect(throws: WebSocketError.self) { try decode(bytes, masked: true) }
    }

    @Test func maskedServerFrameRejected() {
        let bytes = WebSocketFrame(opcode: .text, payload: [0x61]).encode(maskingKey: 1)
        #expect(throws: WebSocketError.self) { try decode(bytes, masked: false) }
    }

    @Test func oversizedControlFrameRejected() {
        let bytes = WebSocketFrame(opcode: .ping, payload: [UInt8](repeating: 0, count: 126)).encode()
        #expect(throws: WebSocketError.self) { try decode(bytes, masked: false) }
    }

    @Test func fragmentedControlFrameRejected() {
        let bytes = WebSocketFrame(fin: false, opcode: .ping, payload: []).encode()
        #expect(throws: WebSocketError.self) { try decode(bytes, masked: false) }
    }

    @Test func oversizedFrameRejectedFromHeader() {
        // Only the header of a 2^40-byte frame is sent: the decoder must reject it without the payload.
        let header: [UInt8] = [0x82, 0x7F, 0, 0, 0x01, 0, 0, 0, 0, 0]
        do {
            _ = try decode(header, masked: false, max: 1024)
            Issue.record("expected an error")
        } catch {
            #expect(error.closeCode == WebSocketCloseCode.messageTooBig)
        }
    }

    @Test func lengthWithHighBitRejected() {
        let header: [UInt8] = [0x82, 0x7F, 0x80, 0, 0, 0, 0, 0, 0, 1]
        #expect(throws: WebSocketError.self) { try decode(header, masked: false) }
    }
}
