@preconcurrency import Glibc
import Foundation
import PaddockCore
import Synchronization
import Testing

@testable import PaddockHTTP

struct HTTPServerTests {
    private func echoHandler(_ request: HTTPRequest, _ context: HTTPRequestContext) throws -> HTTPResponse {
        let body = try request.body.readAll()
        var response = HTTPResponse.text("\(request.method) \(request.path) \(body.count)")
        if case .tcp(_, let port) = context.peer { response.headers.add("X-Peer-Port", "\(port)") }
        return response
    }

    @Test func keepAliveReusesConnection() throws {
        let live = try LiveServer(handler: echoHandler)
        defer { live.stop() }
        let client = live.client()

        let first = try client.request("GET", "/a")
        #expect(try first.body.readAllString() == "GET /a 0")
        let second = try client.request("POST", "/b", body: .bytes(Array("xyz".utf8)))
        #expect(try second.body.readAllString() == "POST /b 3")
        #expect(first.headers["X-Peer-Port"] != nil)
        #expect(first.headers["X-Peer-Port"] == second.headers["X-Peer-Port"])
    }

    @Test func pipelinedResponsesInOrder() throws {
        let live = try LiveServer(handler: echoHandler)
        defer { live.stop() }
        let raw = try RawClient(live.tcpAddress)
        try raw.send(
            "GET /one HTTP/1.1\r\nHost: h\r\n\r\n"
                + "POST /two HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nab"
                + "GET /three HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
        let text = raw.readUntilClose()
        let one = try #require(text.range(of: "GET /one 0"))
        let two = try #require(text.range(of: "POST /two 2"))
        let three = try #require(text.range(of: "GET /three 0"))
        #expect(one.lowerBound < two.lowerBound)
        #expect(two.lowerBound < three.lowerBound)
    }

    @Test func streamingResponseArrivesIncrementally() throws {
        let release = Signal()
        let live = try LiveServer { _, _ in
            HTTPResponse(
                body: .stream { writer in
                    try writer.write("first\n")
                    guard release.wait() else { return }
                    try writer.write("second\n")
                })
        }
        defer { live.stop() }

        let response = try live.client().request("GET", "/logs")
        #expect(response.head.framing == .chunked)
        let first = try response.body.read()
        #expect(first == Array("first\n".utf8))
        release.fire()
        #expect(try response.body.readAllString() == "second\n")
    }

    @Test func largeUploadStreamsWithBoundedMemory() throws {
        let total = 50 * 1024 * 1024
        let largestPiece = Atomic<Int>(0)
        // Byte i of the upload is i * 7 mod 256, so any piece can be checked with memcmp at its offset.
        let pattern = (0..<(64 * 1024 + 256)).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let live = try LiveServer { request, _ in
            request.body.maxBytes = 64 * 1024 * 1024
            var received = 0
            var mismatches = 0
            while let piece = try request.body.read(maxBytes: 64 * 1024) {
                let equal = piece.withUnsafeBytes { bytes in
                    pattern.withUnsafeBytes {
                        memcmp(bytes.baseAddress!, $0.baseAddress! + received % 256, bytes.count)
                    }
                }
                if equal != 0 { mismatches += 1 }
                received += piece.count
                largestPiece.max(piece.count, ordering: .relaxed)
            }
            return .text("\(received) bytes, \(mismatches) mismatched pieces")
        }
        defer { live.stop() }

        let before = Self.peakResidentBytes()
        var sent = 0
        let piece = (0..<(256 * 1024)).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let response = try live.client(readTimeout: .seconds(60)).request(
            "PUT", "/upload",
            body: .stream(length: nil) {
                guard sent < total else { return nil }
                sent += piece.count
                return piece
            })
        let reply = try response.body.readAllString()
        let growth = Self.peakResidentBytes() - before

        #expect(reply == "\(total) bytes, 0 mismatched pieces")
        #expect(largestPiece.load(ordering: .relaxed) <= 64 * 1024)
        // A body buffered whole would add at least its own 50 MiB to the peak.
        #expect(growth < 30 * 1024 * 1024, "peak resident memory grew by \(growth) bytes")
    }

    @Test func headerSizeLimitAnswers431() throws {
        var limits = HTTPLimits()
        limits.maxHeaderBytes = 1024
        let live = try LiveServer(limits: limits, handler: echoHandler)
        defer { live.stop() }
        let raw = try RawClient(live.tcpAddress)
        try raw.send("GET / HTTP/1.1\r\nHost: h\r\nX-Big: \(String(repeating: "b", count: 4096))\r\n\r\n")
        #expect(raw.readUntilClose().hasPrefix("HTTP/1.1 431 "))
    }

    @Test func slowHeadersAnswer408() throws {
        var limits = HTTPLimits()
        limits.headerReadTimeout = .milliseconds(300)
        let live = try LiveServer(limits: limits, handler: echoHandler)
        defer { live.stop() }
        let raw = try RawClient(live.tcpAddress)

        let start = ContinuousClock.now
        try raw.send("GET / HTTP/1.1\r\nHost: h\r\n")
        // Trickle bytes more often than the timeout: the deadline covers the whole head, not each read.
        for _ in 0..<4 {
            usleep(100_000)
            try? raw.send("X")
        }
        let text = raw.readUntilClose()
        let elapsed = ContinuousClock.now - start
        #expect(text.hasPrefix("HTTP/1.1 408 "))
        #expect(elapsed < .seconds(3))
    }

    @Test func idleConnectionClosedSilently() throws {
        var limits = HTTPLimits()
        limits.idleTimeout = .milliseconds(200)
        let live = try LiveServer(limits: limits, handler: echoHandler)
        defer { live.stop() }
        let raw = try RawClient(live.tcpAddress)
        #expect(raw.readUntilClose() == "")
    }

    @Test func bodyLimitAnswers413() throws {
        var limits = HTTPLimits()
        limits.maxBodyBytes = 1000
        let live = try LiveServer(limits: limits, handler: echoHandler)
        defer { live.stop() }

        let declared = try live.client().request("POST", "/", body: .bytes([UInt8](repeating: 1, count: 5000)))
        #expect(declared.status == 413)
        let chunked = try live.client().request(
            "POST", "/", body: .stream(length: nil, next: Self.pieces([UInt8](repeating: 2, count: 700), count: 3)))
        #expect(chunked.status == 413)
    }

    @Test func jsonRendererFor413() throws {
        var limits = HTTPLimits()
        limits.maxBodyBytes = 1000
        let live = try LiveServer(limits: limits, parseErrorRenderer: HTTPServerConfiguration.jsonErrors, handler: echoHandler)
        defer { live.stop() }

        let response = try live.client().request("POST", "/", body: .bytes([UInt8](repeating: 1, count: 5000)))
        #expect(response.status == 413)
        #expect(response.headers["Content-Type"] == "application/json")
        let error = try response.error()
        #expect(error?.code == .tooLarge)
        #expect(error?.message.isEmpty == false)
    }

    @Test func jsonRendererFor431() throws {
        var limits = HTTPLimits()
        limits.maxHeaderBytes = 1024
        let live = try LiveServer(limits: limits, parseErrorRenderer: HTTPServerConfiguration.jsonErrors, handler: echoHandler)
        defer { live.stop() }
        let raw = try RawClient(live.tcpAddress)
        try raw.send("GET / HTTP/1.1\r\nHost: x\r\nX-Filler: " + String(repeating: "a", count: 4096) + "\r\n\r\n")

        let text = raw.readUntilClose()
        #expect(text.hasPrefix("HTTP/1.1 431 "))
        #expect(text.contains("Content-Type: application/json"))
        let body = try #require(text.range(of: "\r\n\r\n")).upperBound
        let decoded = try JSONDecoder().decode(HTTPResponse.ErrorBody.self, from: Data(text[body...].utf8))
        #expect(decoded.error.code == "invalid_argument")
        #expect(!decoded.error.message.isEmpty)
    }

    @Test func raisedBodyLimitAccepted() throws {
        var limits = HTTPLimits()
        limits.maxBodyBytes = 10
        let live = try LiveServer(limits: limits) { request, _ in
            .text("\(try request.body.readAll(limit: 100).count)")
        }
        defer { live.stop() }
        let response = try live.client().request("POST", "/", body: .bytes([UInt8](repeating: 1, count: 50)))
        #expect(try response.body.readAllString() == "50")
    }

    @Test func paddockErrorBecomesJSON() throws {
        let live = try LiveServer { _, _ in throw PaddockError(.notFound, "sandbox \"ghost\" not found") }
        defer { live.stop() }
        let response = try live.client().request("GET", "/v1/sandboxes/ghost")
        #expect(response.status == 404)
        #expect(response.headers["Content-Type"] == "application/json")
        let json = try JSONSerialization.jsonObject(with: try response.body.readAllData()) as? [String: Any]
        let error = json?["error"] as? [String: String]
        #expect(error?["code"] == "not_found")
        #expect(error?["message"] == "sandbox \"ghost\" not found")
    }

    @Test func clientDecodesErrorBody() throws {
        let live = try LiveServer { _, _ in throw PaddockError(.alreadyExists, "sandbox exists") }
        defer { live.stop() }
        let error = try live.client().request("POST", "/v1/sandboxes").error()
        #expect(error == PaddockError(.alreadyExists, "sandbox exists"))
    }

    @Test func otherErrorHidesCause() throws {
        struct Secret: Error {}
        let live = try LiveServer { _, _ in throw Secret() }
        defer { live.stop() }
        let response = try live.client().request("GET", "/")
        #expect(response.status == 500)
        #expect(!(try response.body.readAllString()).contains("Secret"))
    }

    @Test func headResponseHasLengthButNoBody() throws {
        let live = try LiveServer { _, _ in .text("twelve bytes") }
        defer { live.stop() }
        let raw = try RawClient(live.tcpAddress)
        try raw.send("HEAD / HTTP/1.1\r\nHost: h\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
        let text = raw.readUntilClose()
        #expect(text.contains("Content-Length: 12\r\n"))
        #expect(text.components(separatedBy: "twelve bytes").count == 2)
        #expect(text.hasPrefix("HTTP/1.1 200 OK\r\n"))
    }

    @Test func expectContinueSendsInterimResponse() throws {
        let live = try LiveServer(handler: echoHandler)
        defer { live.stop() }
        let raw = try RawClient(live.tcpAddress)
        try raw.send("PUT /f HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n")
        #expect(raw.read(until: "\r\n\r\n").hasPrefix("HTTP/1.1 100 Continue\r\n\r\n"))
        try raw.send("data")
        #expect(raw.read(until: "PUT /f 4").contains("PUT /f 4"))
    }

    @Test func unreadBodyDrainedForNextRequest() throws {
        let live = try LiveServer { request, context in
            guard case .tcp(_, let port) = context.peer else { return .text("") }
            return .text("\(port)")
        }
        defer { live.stop() }
        let client = live.client()
        let first = try client.request("POST", "/ignore", body: .bytes([UInt8](repeating: 9, count: 100_000)))
        let firstPort = try first.body.readAllString()
        let second = try client.request("GET", "/")
        #expect(try second.body.readAllString() == firstPort)
    }

    @Test func invalidRequestAnswers400AndCloses() throws {
        let live = try LiveServer(handler: echoHandler)
        defer { live.stop() }
        let raw = try RawClient(live.tcpAddress)
        try raw.send("GET / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
        let text = raw.readUntilClose()
        #expect(text.hasPrefix("HTTP/1.1 400 Bad Request\r\n"))
        #expect(text.contains("Connection: close"))
    }

    @Test func http10StreamIsCloseDelimited() throws {
        let live = try LiveServer { _, _ in
            HTTPResponse(
                body: .stream { writer in
                    try writer.write("one ")
                    try writer.write("two")
                })
        }
        defer { live.stop() }
        let raw = try RawClient(live.tcpAddress)
        try raw.send("GET / HTTP/1.0\r\n\r\n")
        let text = raw.readUntilClose()
        #expect(!text.contains("Transfer-Encoding"))
        #expect(text.hasSuffix("\r\n\r\none two"))
    }

    @Test func unixSocketWithPeerCredentials() throws {
        let live = try LiveServer(unix: true) { _, context in
            guard case .unix(let credentials?) = context.peer else { return .text("no credentials") }
            return .text("\(credentials.pid) \(credentials.uid)")
        }
        defer { live.stop() }

        var status = stat()
        #expect(stat(live.unixPath, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o600)
        let client = try HTTPClient(url: "unix://\(live.unixPath)")
        let response = try client.request("GET", "/whoami")
        #expect(try response.body.readAllString() == "\(getpid()) \(getuid())")
    }

    @Test func unixSocketFileRemovedOnStop() throws {
        let live = try LiveServer(unix: true) { _, _ in .text("") }
        let path = live.unixPath
        live.server.stop()
        #expect(access(path, F_OK) != 0)
        live.stop()
    }

    @Test func staleUnixSocketReplaced() throws {
        let directory = try LiveServer.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/stale.sock"
        let stale = try Socket.listen(on: .unix(path: path))
        stale.close()

        let server = HTTPServer(
            configuration: .init(listeners: [.unix(path: path)], logger: Logger(label: "t", minimumLevel: .critical))
        ) { _, _ in
            .text("fresh")
        }
        try server.start()
        defer { server.stop() }
        let response = try HTTPClient(address: .unix(path: path)).request("GET", "/")
        #expect(try response.body.readAllString() == "fresh")
    }

    @Test func liveUnixSocketNotStolen() throws {
        let live = try LiveServer(unix: true) { _, _ in .text("") }
        defer { live.stop() }
        #expect(throws: PaddockError.self) { try Socket.listen(on: .unix(path: live.unixPath)) }
    }

    @Test func stopWakesIdleConnections() throws {
        let live = try LiveServer(handler: echoHandler)
        let raw = try RawClient(live.tcpAddress)
        try raw.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n")
        _ = raw.read(until: "GET / 0")
        let start = ContinuousClock.now
        live.stop()
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(raw.readUntilClose(timeout: .seconds(1)) == "")
    }

    @Test func connectionRefusedMessage() throws {
        let probe = try Socket.listen(on: .tcp(host: "127.0.0.1", port: 0))
        let address = try probe.localAddress()
        probe.close()
        do {
            _ = try HTTPClient(address: address).request("GET", "/")
            Issue.record("expected a connection error")
        } catch let error as PaddockError {
            #expect(error.code == .unavailable)
            #expect(error.message.contains("ECONNREFUSED"))
            #expect(error.message.contains(address.description))
        }
    }

    @Test func missingUnixSocketMessage() {
        do {
            _ = try HTTPClient(address: .unix(path: "/nonexistent/paddock.sock")).request("GET", "/")
            Issue.record("expected a connection error")
        } catch {
            #expect("\(error)".contains("ENOENT"))
        }
    }

    @Test func clientURLForms() throws {
        #expect(try HTTPClient.address(fromURL: "http://127.0.0.1:7760") == .tcp(host: "127.0.0.1", port: 7760))
        #expect(try HTTPClient.address(fromURL: "http://[::1]:80/x") == .tcp(host: "::1", port: 80))
        #expect(try HTTPClient.address(fromURL: "http://localhost") == .tcp(host: "localhost", port: 80))
        #expect(try HTTPClient.address(fromURL: "unix:///run/p.sock") == .unix(path: "/run/p.sock"))
        #expect(throws: PaddockError.self) { try HTTPClient.address(fromURL: "https://x") }
        #expect(throws: PaddockError.self) { try HTTPClient.address(fromURL: "http://x:0") }
    }

    @Test func requestIDFromHeader() throws {
        let live = try LiveServer { _, context in .text(context.requestID) }
        defer { live.stop() }
        let client = live.client()
        let given = try client.request("GET", "/", headers: ["X-Request-Id": "abc-123"])
        #expect(try given.body.readAllString() == "abc-123")
        let made = try client.request("GET", "/")
        #expect(try made.body.readAllString().isEmpty == false)
    }

    private static func pieces(_ piece: [UInt8], count: Int) -> () throws -> [UInt8]? {
        var remaining = count
        return {
            guard remaining > 0 else { return nil }
            remaining -= 1
            return piece
        }
    }

    /// Returns the peak resident set size of this process (VmHWM), in bytes.
    static func peakResidentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
        return kilobytes * 1024
    }
}

struct HTTPServerEdgeTests {
    @Test func ipv6LoopbackListener() throws {
        let server = HTTPServer(
            configuration: .init(
                listeners: [.tcp(host: "::1", port: 0)], logger: Logger(label: "t", minimumLevel: .critical))
        ) { _, context in
            .text(context.peer.description)
        }
        do {
            try server.start()
        } catch let error as SystemCallError where error.errno == EADDRNOTAVAIL || error.errno == EAFNOSUPPORT {
            return  // IPv6 is disabled on this host.
        }
        defer { server.stop() }
        let address = server.boundAddresses[0]
        guard case .tcp(let host, let port) = address else {
            Issue.record("expected a TCP address, got \(address)")
            return
        }
        #expect(host == "::1")
        #expect(port > 0)
        let client = try HTTPClient(url: "http://[::1]:\(port)")
        let peer = try client.request("GET", "/").body.readAllString()
        #expect(peer.hasPrefix("[::1]:"))
    }

    @Test func connectionLimitClosesExtra() throws {
        let configuration = HTTPServerConfiguration(
            listeners: [.tcp(host: "127.0.0.1", port: 0)], logger: Logger(label: "t", minimumLevel: .critical),
            maxConnections: 1)
        let server = HTTPServer(configuration: configuration) { _, _ in .text("ok") }
        try server.start()
        defer { server.stop() }
        let first = try RawClient(server.boundAddresses[0])
        try first.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n")
        #expect(first.read(until: "ok").hasSuffix("ok"))

        let second = try RawClient(server.boundAddresses[0])
        try? second.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n")
        #expect(second.readUntilClose(timeout: .seconds(2)) == "")
    }

    @Test func startTwiceRejected() throws {
        let server = HTTPServer(
            configuration: .init(
                listeners: [.tcp(host: "127.0.0.1", port: 0)], logger: Logger(label: "t", minimumLevel: .critical))
        ) { _, _ in .text("") }
        try server.start()
        defer { server.stop() }
        #expect(throws: PaddockError.self) { try server.start() }
    }
}
