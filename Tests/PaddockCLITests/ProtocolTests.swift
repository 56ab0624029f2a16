import Foundation
import Testing

@testable import PaddockCLI
@testable import PaddockCore

struct ExecFrameTests {
    @Test func inputFrameStartsWithZero() throws {
        #expect(try ExecFrame.input([7, 8]).encoded() == [0, 7, 8])
    }

    @Test func decodesOutput() throws {
        #expect(try ExecFrame.decode([1, 65]) == .output([65]))
    }

    @Test func decodesErrorOutput() throws {
        #expect(try ExecFrame.decode([2, 66]) == .errorOutput([66]))
    }

    @Test func encodesResize() throws {
        let bytes = try ExecFrame.control(.resize(rows: 24, columns: 80)).encoded()
        #expect(bytes == [3] + Array(#"{"cols":80,"rows":24,"type":"resize"}"#.utf8))
    }

    @Test func encodesEndOfInput() throws {
        #expect(try ExecFrame.control(.endOfInput).encoded() == [3] + Array(#"{"type":"eof"}"#.utf8))
    }

    @Test func decodesExit() throws {
        let bytes = [3] + Array(#"{"type": "exit", "exit_code": 124, "timed_out": true}"#.utf8)
        #expect(try ExecFrame.decode(bytes) == .control(.exit(code: 124, timedOut: true)))
    }

    @Test func decodesError() throws {
        let bytes = [3] + Array(#"{"type": "error", "message": "no such command"}"#.utf8)
        #expect(try ExecFrame.decode(bytes) == .control(.error(message: "no such command")))
    }

    @Test func unknownControlIsKept() throws {
        let bytes = [3] + Array(#"{"type": "progress"}"#.utf8)
        #expect(try ExecFrame.decode(bytes) == .control(.unknown(type: "progress")))
    }

    @Test func exitWithoutCodeIsRejected() {
        #expect(throws: PaddockError.self) { try ExecFrame.decode([3] + Array(#"{"type": "exit"}"#.utf8)) }
    }

    @Test func malformedControlIsRejected() {
        #expect(throws: PaddockError.self) { try ExecFrame.decode([3] + Array("not json".utf8)) }
    }

    @Test func unknownChannelIsRejected() {
        let error = #expect(throws: PaddockError.self) { try ExecFrame.decode([9, 1]) }
        #expect(error?.message == "the gateway sent an exec message on unknown channel 9")
    }

    @Test func emptyMessageIsRejected() {
        #expect(throws: PaddockError.self) { try ExecFrame.decode([]) }
    }

    @Test func largeInputIsSplit() throws {
        let socket = FakeWebSocket { _ in [] }
        let channel = ExecChannel(socket: socket)
        try channel.sendInput([UInt8](repeating: 1, count: ExecChannel.maximumInputChunk + 10))
        let sizes = socket.sentFrames.map { frame -> Int in
            if case .input(let bytes) = frame { return bytes.count }
            return -1
        }
        #expect(sizes == [ExecChannel.maximumInputChunk, 10])
    }

    @Test func textMessagesAreSkipped() throws {
        let socket = FakeWebSocket { _ in [.text("hello"), .binary([1, 65])] }
        let channel = ExecChannel(socket: socket)
        try channel.start(ExecRequest(command: ["x"]))
        #expect(try channel.nextFrame() == .output([65]))
    }
}

struct GatewayErrorDecoderTests {
    @Test func decodesCodeAndMessage() {
        let body = Array(#"{"error": {"code": "not_found", "message": "sandbox 'x' not found"}}"#.utf8)
        let error = GatewayErrorDecoder.error(status: 404, body: body, request: "GET /v1/sandboxes/x", tokenSource: "t")
        #expect(error == PaddockError(.notFound, "sandbox 'x' not found"))
    }

    @Test func unknownCodeFallsBackToStatus() {
        let body = Array(#"{"error": {"code": "quota_exceeded", "message": "too many"}}"#.utf8)
        let error = GatewayErrorDecoder.error(status: 503, body: body, request: "POST /v1/sandboxes", tokenSource: "t")
        #expect(error.code == .unavailable)
    }

    @Test func plainBodyIsQuoted() {
        let error = GatewayErrorDecoder.error(
            status: 502, body: Array("Bad Gateway\n".utf8), request: "GET /v1/sandboxes", tokenSource: "t")
        #expect(error.message == "the gateway returned HTTP 502 for GET /v1/sandboxes: Bad Gateway")
    }

    @Test func emptyBody() {
        let error = GatewayErrorDecoder.error(status: 500, body: [], request: "GET /v1/health", tokenSource: "t")
        #expect(error.message == "the gateway returned HTTP 500 for GET /v1/health")
    }

    @Test(arguments: [
        (400, PaddockError.Code.invalidArgument), (404, .notFound), (413, .tooLarge), (418, .invalidArgument),
        (599, .internal),
    ])
    func statusCodes(status: Int, code: PaddockError.Code) {
        #expect(GatewayErrorDecoder.code(forStatus: status) == code)
    }
}

struct OutputFormattingTests {
    @Test func prettyPrintsNested() {
        let text = JSONPrettyPrinter.format(Array(#"{"a":[1,2],"b":{"c":"x, y: {z}"},"d":[],"e":{}}"#.utf8))
        #expect(
            text == """
                {
                  "a": [
                    1,
                    2
                  ],
                  "b": {
                    "c": "x, y: {z}"
                  },
                  "d": [],
                  "e": {}
                }

                """)
    }

    @Test func prettyPrintKeepsEscapes() {
        let text = JSONPrettyPrinter.format(Array(#"{"q":"a\"b\\"}"#.utf8))
        #expect(text == "{\n  \"q\": \"a\\\"b\\\\\"\n}\n")
    }

    @Test func prettyPrintKeepsNumbers() {
        #expect(JSONPrettyPrinter.format(Array(#"[1.50,1e3]"#.utf8)) == "[\n  1.50,\n  1e3\n]\n")
    }

    @Test func tableAlignsColumns() {
        var table = TextTable(headers: ["A", "LONG"])
        table.append(["xyz", "1"])
        #expect(table.rendered() == "A     LONG\nxyz   1\n")
    }

    @Test func tableDropsTrailingSpaces() {
        var table = TextTable(headers: ["A", "B"])
        table.append(["x", ""])
        #expect(table.rendered().contains("x\n"))
    }

    @Test func ageOfTimestamp() {
        let now = Date(timeIntervalSince1970: 1_796_378_400 + 5400)
        #expect(TimeFormatting.age(of: "2026-12-04T10:00:00Z", now: now) == "1h30m")
    }

    @Test func ageWithFractionalSeconds() {
        let now = Date(timeIntervalSince1970: 1_796_378_400 + 60)
        #expect(TimeFormatting.age(of: "2026-12-04T10:00:00.250Z", now: now) == "59s")
    }

    @Test func expiredTimestamp() {
        let now = Date(timeIntervalSince1970: 1_796_378_400 + 60)
        #expect(TimeFormatting.remaining(until: "2026-12-04T10:00:00Z", now: now) == "expired")
    }

    @Test func shellQuoting() {
        #expect(SandboxTable.shellQuoted(["python3", "-c", "print('hi')", ""]) == #"python3 -c 'print('\''hi'\'')' ''"#)
    }
}
