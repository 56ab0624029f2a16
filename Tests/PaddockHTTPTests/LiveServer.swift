@preconcurrency import Glibc
import Foundation
import PaddockCore

@testable import PaddockHTTP

/// A server on 127.0.0.1 with a kernel-chosen port, and optionally on a Unix socket in a fresh
/// temporary directory, stopped and cleaned up by `stop()`.
final class LiveServer: Sendable {
    let server: HTTPServer
    let directory: String

    init(
        limits: HTTPLimits = HTTPLimits(), unix: Bool = false,
        parseErrorRenderer: @escaping @Sendable (HTTPParseError) -> HTTPResponse = HTTPServerConfiguration.plainTextErrors,
        handler: @escaping HTTPServer.Handler
    ) throws {
        directory = try LiveServer.makeTemporaryDirectory()
        var listeners: [SocketAddress] = [.tcp(host: "127.0.0.1", port: 0)]
        if unix { listeners.append(.unix(path: directory + "/http.sock")) }
        let configuration = HTTPServerConfiguration(
            listeners: listeners, limits: limits, logger: Logger(label: "test", minimumLevel: .critical),
            shutdownTimeout: .seconds(2), parseErrorRenderer: parseErrorRenderer)
        server = HTTPServer(configuration: configuration, handler: handler)
        try server.start()
    }

    var tcpAddress: SocketAddress { server.boundAddresses[0] }
    var unixPath: String { directory + "/http.sock" }
    var port: Int {
        guard case .tcp(_, let port) = tcpAddress else { return 0 }
        return port
    }
    var url: String { "http://127.0.0.1:\(port)" }

    func client(readTimeout: Duration? = .seconds(10)) -> HTTPClient {
        HTTPClient(address: tcpAddress, readTimeout: readTimeout)
    }

    func stop() {
        server.stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    static func makeTemporaryDirectory() throws -> String {
        var template = Array("/tmp/paddock-http-XXXXXX".utf8CString)
        guard let result = mkdtemp(&template) else {
            throw SystemCallError("mkdtemp", errno: errno, subject: "/tmp/paddock-http-XXXXXX")
        }
        return String(cString: result)
    }
}

/// A connection that sends raw bytes and reads raw responses, for checks a well-behaved client
/// cannot make.
struct RawClient {
    let socket: Socket

    init(_ address: SocketAddress) throws {
        socket = try Socket.connect(to: address, timeout: .seconds(2))
    }

    func send(_ text: String) throws {
        try socket.writeAll(Array(text.utf8))
    }

    /// Reads until the peer closes or `timeout` passes without data, and returns the text.
    func readUntilClose(timeout: Duration = .seconds(5)) -> String {
        var received: [UInt8] = []
        while let piece = try? socket.read(maxBytes: 65536, timeout: timeout), !piece.isEmpty {
            received += piece
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// Reads until `marker` has arrived `count` times, or the timeout passes.
    func read(until marker: String, count: Int = 1, timeout: Duration = .seconds(5)) -> String {
        var received: [UInt8] = []
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let text = String(decoding: received, as: UTF8.self)
            if text.components(separatedBy: marker).count - 1 >= count { return text }
            guard let piece = try? socket.read(maxBytes: 65536, timeout: ContinuousClock.now.duration(to: deadline)),
                !piece.isEmpty
            else { break }
            received += piece
        }
        return String(decoding: received, as: UTF8.self)
    }
}

/// A one-shot signal between threads with a timeout, for tests that coordinate a handler and a client.
final class Signal: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 0)

    func fire() { semaphore.signal() }

    @discardableResult
    func wait(seconds: Double = 5) -> Bool {
        semaphore.wait(timeout: .now() + seconds) == .success
    }
}
