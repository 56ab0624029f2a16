import Foundation
import PaddockCore
import Testing

@testable import PaddockHTTP

struct WebSocketLiveTests {
    /// Serves `/ws` with a WebSocket that echoes every message until the client closes.
    static func echoHandler(_ request: HTTPRequest, _ context: HTTPRequestContext) throws -> HTTPResponse {
        try WebSocket.upgradeResponse(for: request, maxMessageBytes: 1 << 20) { socket in
            while let message = try socket.receive() {
                try socket.send(message)
            }
        }
    }

    @Test func echoThroughUpgrade() throws {
        let live = try LiveServer(handler: Self.echoHandler)
        defer { live.stop() }
        let socket = try WebSocket.connect(live.client(), target: "/ws")

        try socket.send(text: "hello")
        #expect(try socket.receive() == .text("hello"))
        let binary = (0..<100_000).map { UInt8(truncatingIfNeeded: $0) }
        try socket.send(binary: binary)
        #expect(try socket.receive() == .binary(binary))
        try socket.close()
        #expect(try socket.receive() == nil)
        #expect(socket.closeCode == WebSocketCloseCode.normal)
    }

    @Test func fragmentsReassembledAndPingAnswered() throws {
        let live = try LiveServer(handler: Self.echoHandler)
        defer { live.stop() }
        let socket = try WebSocket.connect(live.client(), target: "/ws")

        try socket.send(WebSocketFrame(fin: false, opcode: .text, payload: Array("frag".utf8)))
        try socket.send(WebSocketFrame(opcode: .ping, payload: [1, 2, 3]))
        try socket.send(WebSocketFrame(fin: false, opcode: .continuation, payload: Array("ment".utf8)))
        try socket.send(WebSocketFrame(opcode: .continuation, payload: Array("ed".utf8)))
        #expect(try socket.receive() == .text("fragmented"))
        try socket.close()
        #expect(try socket.receive() == nil)
    }

    @Test func invalidUTF8ClosesWith1007() throws {
        let live = try LiveServer(handler: Self.echoHandler)
        defer { live.stop() }
        let socket = try WebSocket.connect(live.client(), target: "/ws")
        try socket.send(WebSocketFrame(opcode: .text, payload: [0xC3, 0x28]))
        #expect(try socket.receive() == nil)
        #expect(socket.closeCode == WebSocketCloseCode.invalidData)
    }

    @Test func oversizedMessageClosesWith1009() throws {
        let live = try LiveServer(handler: Self.echoHandler)
        defer { live.stop() }
        let socket = try WebSocket.connect(live.client(), target: "/ws")
        try socket.send(binary: [UInt8](repeating: 0, count: (1 << 20) + 1))
        #expect(try socket.receive() == nil)
        #expect(socket.closeCode == WebSocketCloseCode.messageTooBig)
    }

    @Test func unmaskedClientFrameClosesWith1002() throws {
        let live = try LiveServer(handler: Self.echoHandler)
        defer { live.stop() }
        let (_, raw) = try live.client().upgrade(
            "GET", "/ws",
            headers: [
                "Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Version": "13",
                "Sec-WebSocket-Key": WebSocket.makeKey(),
            ])
        try raw.writeAll(WebSocketFrame(opcode: .text, payload: [0x61]).encode())
        var decoder = WebSocketFrameDecoder(expectsMaskedFrames: false, maxPayloadBytes: 1024)
        decoder.append(try raw.read(maxBytes: 1024, timeout: .seconds(5)))
        let frame = try #require(try decoder.nextFrame())
        #expect(frame.opcode == .close)
        #expect(frame.payload.prefix(2) == [0x03, 0xEA])
    }

    @Test func handshakeWithoutKeyRejected() throws {
        let live = try LiveServer(handler: Self.echoHandler)
        defer { live.stop() }
        #expect(throws: PaddockError.self) {
            try live.client().upgrade("GET", "/ws", headers: ["Upgrade": "websocket", "Connection": "Upgrade"])
        }
    }

    @Test func spliceRelaysWebSocket() throws {
        // The backend listens on a Unix socket, as a supervisor does; the front relays upgraded
        // connections to it, as the gateway does.
        let backend = try LiveServer(unix: true, handler: Self.echoHandler)
        defer { backend.stop() }
        let backendAddress = SocketAddress.unix(path: backend.unixPath)

        let front = try LiveServer { request, _ in
            let upstream = HTTPClient(address: backendAddress)
            var headers = request.headers
            headers.remove("Host")
            let (head, tunnel) = try upstream.upgrade(request.method, request.target, headers: headers)
            return HTTPResponse(
                status: head.status, reason: head.reason, headers: head.headers,
                body: .upgrade { client in
                    defer { tunnel.close() }
                    splice(client, tunnel)
                })
        }
        defer { front.stop() }

        let socket = try WebSocket.connect(front.client(), target: "/ws")
        for index in 0..<20 {
            try socket.send(text: "message \(index)")
            #expect(try socket.receive() == .text("message \(index)"))
        }
        let large = [UInt8](repeating: 0x5A, count: 300_000)
        try socket.send(binary: large)
        #expect(try socket.receive() == .binary(large))
        try socket.close()
        #expect(try socket.receive() == nil)
    }

    @Test func splicePropagatesHalfClose() throws {
        let (clientSide, relayLeft) = try Socket.pair()
        let (relayRight, serverSide) = try Socket.pair()
        let left = RawConnection(socket: relayLeft, leftover: Array("early ".utf8))
        let right = RawConnection(socket: relayRight)
        let finished = Signal()
        Thread {
            splice(left, right)
            finished.fire()
        }.start()

        try clientSide.writeAll(Array("request".utf8))
        clientSide.shutdown(.write)
        var received: [UInt8] = []
        while let piece = try? serverSide.read(maxBytes: 1024, timeout: .seconds(5)), !piece.isEmpty {
            received += piece
        }
        #expect(String(decoding: received, as: UTF8.self) == "early request")

        // The other direction still works after the first one ended.
        try serverSide.writeAll(Array("reply".utf8))
        serverSide.shutdown(.write)
        var reply: [UInt8] = []
        while let piece = try? clientSide.read(maxBytes: 1024, timeout: .seconds(5)), !piece.isEmpty {
            reply += piece
        }
        #expect(String(decoding: reply, as: UTF8.self) == "reply")
        #expect(finished.wait())
    }

    /// The server behaves like `cat`: it writes each piece back before it reads the next, so it
    /// stops reading while its output is not read. The client sends 8 MB while it reads the echo.
    /// A relay that blocks on one direction while the other fills up stalls this exchange.
    @Test func spliceCopiesBothWaysAtOnce() throws {
        let (clientSide, relayLeft) = try Socket.pair()
        let (relayRight, serverSide) = try Socket.pair()
        let finished = Signal()
        Thread {
            splice(RawConnection(socket: relayLeft), RawConnection(socket: relayRight))
            finished.fire()
        }.start()
        Thread {
            while let piece = try? serverSide.read(maxBytes: 64 * 1024, timeout: .seconds(10)), !piece.isEmpty {
                guard (try? serverSide.writeAll(piece, timeout: .seconds(10))) != nil else { break }
            }
            serverSide.shutdown(.write)
        }.start()
        let payload = (0..<(8 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 12) }
        Thread {
            try? clientSide.writeAll(payload, timeout: .seconds(10))
            clientSide.shutdown(.write)
        }.start()

        var echoed: [UInt8] = []
        while let piece = try? clientSide.read(maxBytes: 64 * 1024, timeout: .seconds(10)), !piece.isEmpty {
            echoed += piece
        }

        // Compared as one Bool, because a failed array comparison would print 8 MB of bytes.
        let intact = echoed == payload
        #expect(echoed.count == payload.count)
        #expect(intact)
        #expect(finished.wait())
    }
}

struct WebSocketConcurrencyTests {
    @Test func sendWhileReceivingOnAnotherThread() throws {
        // The server pushes messages from a second thread while its handler thread is blocked in receive.
        let live = try LiveServer { request, _ in
            try WebSocket.upgradeResponse(for: request) { socket in
                let pusher = Thread {
                    for index in 0..<50 { try? socket.send(text: "push \(index)") }
                }
                pusher.start()
                while let message = try socket.receive() {
                    try socket.send(message)
                }
            }
        }
        defer { live.stop() }
        let socket = try WebSocket.connect(live.client(), target: "/ws")
        try socket.send(text: "echo")

        var pushes = 0
        var echoes = 0
        while pushes < 50 || echoes < 1 {
            guard case .text(let text)? = try socket.receive() else { break }
            if text.hasPrefix("push ") { pushes += 1 }
            if text == "echo" { echoes += 1 }
        }
        #expect(pushes == 50)
        #expect(echoes == 1)
        try socket.close()
        #expect(try socket.receive() == nil)
    }
}
