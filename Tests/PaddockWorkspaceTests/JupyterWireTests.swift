import Testing

@testable import PaddockWorkspace

@Suite struct JupyterWireTests {
    static let key = Array("0123456789abcdef".utf8)
    static let parts = [
        Array(#"{"msg_id":"a1","msg_type":"execute_request"}"#.utf8), Array("{}".utf8), Array("{}".utf8),
        Array(#"{"code":"1+1"}"#.utf8),
    ]
    /// Computed with Python: hmac.new(key, digestmod=hashlib.sha256) updated with the four parts.
    static let pythonSignature = "aaf212c8619c70b189ef93dc1c6a451bba504e5a68c48cbd425b28c246205494"

    @Test func signatureMatchesPythonHMAC() {
        #expect(MessageSigner(key: Self.key).signature(of: Self.parts) == Self.pythonSignature)
    }

    @Test func emptyKeySignsNothing() {
        #expect(MessageSigner(key: []).signature(of: Self.parts) == "")
    }

    @Test func verifyRejectsChangedContent() {
        let signer = MessageSigner(key: Self.key)
        var changed = Self.parts
        changed[3] = Array(#"{"code":"1+2"}"#.utf8)
        #expect(signer.verify(Array(Self.pythonSignature.utf8), parts: Self.parts))
        #expect(!signer.verify(Array(Self.pythonSignature.utf8), parts: changed))
        #expect(!signer.verify(Array("abc".utf8), parts: Self.parts))
    }

    @Test func encodeFramesInProtocolOrder() throws {
        let signer = MessageSigner(key: Self.key)
        var message = JupyterMessage(type: "execute_request", session: "s1", content: ["code": "1+1"])
        message.identities = [Array("peer".utf8)]
        let frames = JupyterWire.encode(message, signer: signer)
        #expect(frames.count == 7)
        #expect(frames[0] == Array("peer".utf8))
        #expect(frames[1] == Array("<IDS|MSG>".utf8))
        #expect(String(decoding: frames[2], as: UTF8.self) == signer.signature(of: Array(frames[3...6])))
        let header = try JSONValue.parse(frames[3])
        #expect(header["msg_type"] == "execute_request")
        #expect(header["version"] == "5.3")
        #expect(header["session"] == "s1")
        #expect(try JSONValue.parse(frames[6]) == ["code": "1+1"])
    }

    @Test func decodeRoundTripsAndKeepsBuffers() throws {
        let signer = MessageSigner(key: Self.key)
        var message = JupyterMessage(type: "display_data", session: "s1", content: ["data": [:]])
        message.buffers = [[1, 2, 3]]
        let decoded = try JupyterWire.decode(JupyterWire.encode(message, signer: signer), signer: signer)
        #expect(decoded.id == message.id)
        #expect(decoded.type == "display_data")
        #expect(decoded.identities.isEmpty)
        #expect(decoded.buffers == [[1, 2, 3]])
        #expect(decoded.content == ["data": [:]])
    }

    @Test func decodeRejectsForgedAndMalformedMessages() {
        let signer = MessageSigner(key: Self.key)
        let message = JupyterMessage(type: "status", session: "s1", content: ["execution_state": "idle"])
        var forged = JupyterWire.encode(message, signer: MessageSigner(key: Array("other".utf8)))
        #expect(throws: JupyterWireError.invalidSignature) { try JupyterWire.decode(forged, signer: signer) }
        forged = JupyterWire.encode(message, signer: signer)
        forged.remove(at: 0)
        #expect(throws: JupyterWireError.missingDelimiter) { try JupyterWire.decode(forged, signer: signer) }
        let short = Array(JupyterWire.encode(message, signer: signer).prefix(4))
        #expect(throws: JupyterWireError.missingFrames(3)) { try JupyterWire.decode(short, signer: signer) }
    }

    @Test func verifierChecksWholeFramesOfCutMessage() throws {
        let signer = MessageSigner(key: Self.key)
        let long = String(repeating: "y", count: 5000)
        let message = JupyterMessage(type: "stream", session: "s1", content: ["name": "stdout", "text": .string(long)])
        let frames = JupyterWire.encode(message, signer: signer)
        let verifier = FrameVerifier(key: Self.key)
        for (index, frame) in frames.enumerated() { frame.withUnsafeBytes { verifier.observe(index, $0) } }
        var cut = frames
        cut[5] = Array(frames[5].prefix(100))
        let decoded = try JupyterWire.decode(cut, verifier: verifier)
        #expect(decoded.isContentTruncated)
        #expect(decoded.contentLength == frames[5].count)
        #expect(decoded.contentBytes.count == 100)

        var forged = frames
        forged[5][forged[5].count - 3] = UInt8(ascii: "z")
        let forgedVerifier = FrameVerifier(key: Self.key)
        for (index, frame) in forged.enumerated() { frame.withUnsafeBytes { forgedVerifier.observe(index, $0) } }
        forged[5] = Array(forged[5].prefix(100))
        #expect(throws: JupyterWireError.invalidSignature) { try JupyterWire.decode(forged, verifier: forgedVerifier) }
    }

    @Test func timestampIsISO8601WithMicroseconds() {
        let text = JupyterMessage.timestamp(Date(timeIntervalSince1970: 1_700_000_000.25))
        #expect(text == "2023-11-14T22:13:20.250000Z")
    }
}

import Foundation

@Suite struct StreamContentTests {
    @Test func parsesSmallContentWhole() {
        let parsed = StreamContent.parse(Array(#"{"name": "stdout", "text": "a\nb\u00e9\ud83d\ude00"}"#.utf8), keepBytes: 100)
        #expect(parsed == .init(name: "stdout", text: "a\nbé😀", length: 9))
    }

    @Test func keepsOnlyTheHeadOfLongText() {
        let long = String(repeating: "x", count: 10_000)
        let parsed = StreamContent.parse(Array(#"{"name":"stderr","text":"\#(long)"}"#.utf8), keepBytes: 10)
        #expect(parsed?.name == "stderr")
        #expect(parsed?.text == "xxxxxxxxxx")
        #expect(parsed?.length == 10_000)
    }

    @Test func readsStartOfCutFrame() {
        let start = Array(#"{"name": "stdout", "text": "abcdef"#.utf8)
        let parsed = StreamContent.parse(start, keepBytes: 4, totalLength: start.count + 1000)
        #expect(parsed == .init(name: "stdout", text: "abcd", length: 1006))
        #expect(StreamContent.parse(start, keepBytes: 4) == nil)
    }

    @Test func rejectsContentWithoutText() {
        #expect(StreamContent.parse(Array(#"{"name":"stdout"}"#.utf8), keepBytes: 10) == nil)
        #expect(StreamContent.parse(Array("[1]".utf8), keepBytes: 10) == nil)
        #expect(StreamContent.parse(Array(#"{"name":"stdout","text":"open"#.utf8), keepBytes: 10) == nil)
    }
}

@Suite struct ExecutionOutputsTests {
    static func message(_ type: String, _ content: JSONValue) -> JupyterMessage {
        JupyterMessage(type: type, session: "s", content: content)
    }

    @Test func mergesConsecutiveChunksOfOneStream() {
        var outputs = ExecutionOutputs()
        outputs.add(Self.message("stream", ["name": "stdout", "text": "a"]))
        outputs.add(Self.message("stream", ["name": "stdout", "text": "b"]))
        outputs.add(Self.message("stream", ["name": "stderr", "text": "c"]))
        outputs.add(Self.message("stream", ["name": "stdout", "text": "d"]))
        let result = outputs.finish()
        #expect(result.count == 3)
        #expect(result[0]["text"] == "ab")
        #expect(result[1]["name"] == "stderr")
        #expect(result[2]["text"] == "d")
        #expect(result[0]["ename"] == .null)
    }

    @Test func capsKeptOutputAndSaysSo() {
        var outputs = ExecutionOutputs(maxBytes: 8)
        outputs.add(Self.message("stream", ["name": "stdout", "text": "0123456789"]))
        outputs.add(Self.message("display_data", ["data": ["text/plain": "big"], "metadata": [:]]))
        #expect(outputs.truncated)
        let result = outputs.finish()
        #expect(result.count == 1)
        let text = result[0]["text"]?.stringValue ?? ""
        #expect(text.hasPrefix("01234567\n[output truncated:"))
    }

    @Test func keepsRichOutputsAndErrors() {
        var outputs = ExecutionOutputs()
        outputs.add(Self.message("execute_result", ["data": ["text/plain": "2"], "metadata": [:], "execution_count": 3]))
        outputs.add(Self.message("error", ["ename": "ValueError", "evalue": "bad", "traceback": ["line"]]))
        let result = outputs.finish()
        #expect(result[0]["output_type"] == "execute_result")
        #expect(result[0]["execution_count"] == 3)
        #expect(result[1]["ename"] == "ValueError")
        #expect(result[1]["traceback"] == ["line"])
        #expect(result[1]["data"] == .null)
    }

    @Test func cutRichOutputIsDropped() {
        var outputs = ExecutionOutputs()
        var message = Self.message("display_data", ["data": ["image/png": "AAAA"], "metadata": [:]])
        message.contentLength = 50_000_000
        outputs.add(message)
        #expect(outputs.truncated)
        #expect(outputs.droppedBytes == 50_000_000)
        #expect(outputs.finish().count == 1)
    }

    @Test func clearOutputDropsEarlierOutputs() {
        var outputs = ExecutionOutputs()
        outputs.add(Self.message("stream", ["name": "stdout", "text": "old"]))
        outputs.add(Self.message("clear_output", ["wait": false]))
        outputs.add(Self.message("stream", ["name": "stdout", "text": "new"]))
        #expect(outputs.finish().map { $0["text"] } == ["new"])
    }
}

@Suite struct JupyterSettingsTests {
    @Test func readsEnvironmentAndIgnoresInvalidValues() {
        let settings = JupyterSettings.from(
            [
                "PADDOCK_JUPYTER_SESSION_TIMEOUT": "2.5", "PADDOCK_JUPYTER_MAX_SESSIONS": "zero",
                "PADDOCK_JUPYTER_SPARE_KERNEL": "0",
            ], logger: .init(label: "test"))
        #expect(settings.sessionTimeout == 2.5)
        #expect(settings.maxSessions == 16)
        #expect(!settings.keepsSpareKernel)
    }
}

@Suite struct FoundationJSONTests {
    @Test func keepsBooleansIntegersAndDoublesApart() {
        let parsed = FoundationJSON.parse(Array(#"{"t":true,"f":false,"i":1,"z":0,"d":1.5,"n":null,"s":"x","a":[2]}"#.utf8))
        #expect(parsed?["t"] == .bool(true))
        #expect(parsed?["f"] == .bool(false))
        #expect(parsed?["i"] == .int(1))
        #expect(parsed?["z"] == .int(0))
        #expect(parsed?["d"] == .double(1.5))
        #expect(parsed?["n"] == .null)
        #expect(parsed?["s"] == "x")
        #expect(parsed?["a"] == [2])
    }

    @Test func rejectsInvalidJSON() {
        #expect(FoundationJSON.parse(Array("{".utf8)) == nil)
    }
}
