import Foundation
import PaddockCore

/// One client connection: writes requests and reads responses through the response parser.
final class HTTPClientConnection: HTTPBodySource {
    let socket: Socket
    private let limits: HTTPLimits
    private let readTimeout: Duration?
    private var buffer = ConnectionBuffer()
    private var parser: HTTPResponseParser
    /// Whether the server may still send a response on this connection.
    private(set) var isReusable = true
    /// Called once when a response body has been read to its end on a keep-alive connection.
    var onBodyComplete: ((HTTPClientConnection) -> Void)?

    init(socket: Socket, limits: HTTPLimits, readTimeout: Duration?) {
        self.socket = socket
        self.limits = limits
        self.readTimeout = readTimeout
        parser = HTTPResponseParser(limits: limits)
    }

    /// Whether the server closed the idle connection or sent unrequested bytes on it.
    var isStale: Bool {
        guard buffer.isEmpty else { return true }
        return (try? socket.waitUntilReadable(timeout: .zero)) ?? true
    }

    func send(_ bytes: [UInt8]) throws {
        try socket.writeAll(bytes, timeout: limits.writeTimeout)
    }

    /// Reads the next final response head, skipping 1xx responses other than 101.
    ///
    /// - Throws: `ConnectionClosedBeforeResponse` when the server closed before any byte of a
    ///   response, which makes a retry on a new connection safe.
    func readHead(method: String) throws -> HTTPResponseHead {
        parser.requestMethod = method
        while true {
            let head = try readOneHead()
            if head.status >= 200 || head.status == 101 { return head }
            // Consume the empty body of the informational response before the next head.
            _ = try readBody(into: UnsafeMutableRawBufferPointer(start: nil, count: 0))
        }
    }

    private func readOneHead() throws -> HTTPResponseHead {
        while true {
            let (consumed, event) = try buffer.withUnconsumed { try parser.parse($0) }
            buffer.consume(consumed)
            if case .head(let head) = event {
                if !head.keepAlive { isReusable = false }
                return head
            }
            guard try buffer.fill(from: socket, timeout: readTimeout) else {
                isReusable = false
                if parser.isIdle { throw ConnectionClosedBeforeResponse() }
                _ = try parser.finish()
                throw HTTPParseError(.incompleteMessage, "connection closed before the end of the response head")
            }
        }
    }

    func readBody(into output: UnsafeMutableRawBufferPointer) throws -> (count: Int, trailers: HTTPHeaders?) {
        while true {
            let (consumed, event) = try buffer.withUnconsumed(limit: max(output.count, 0)) { try parser.parse($0) }
            switch event {
            case .body(let range):
                buffer.withUnconsumed { raw in
                    output.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[range]))
                }
                buffer.consume(consumed)
                return (range.count, nil)
            case .end(let trailers):
                buffer.consume(consumed)
                finishResponse()
                return (0, trailers)
            case .head:
                preconditionFailure("the response parser returned a head inside a body")
            case nil:
                buffer.consume(consumed)
                if !buffer.isEmpty { continue }
            }
            guard try buffer.fill(from: socket, timeout: readTimeout) else {
                isReusable = false
                if case .end(let trailers) = try parser.finish() {
                    finishResponse()
                    return (0, trailers)
                }
                throw HTTPParseError(.incompleteMessage, "connection closed before the end of the response body")
            }
        }
    }

    private func finishResponse() {
        let callback = onBodyComplete
        onBodyComplete = nil
        if isReusable { callback?(self) }
    }

    /// Hands the socket and any bytes read past the head to the caller.
    func takeOver() -> RawConnection {
        isReusable = false
        return RawConnection(socket: socket, leftover: buffer.takeAll())
    }

    func close() {
        isReusable = false
        socket.close()
    }
}

/// The server closed a connection before sending any byte of a response.
struct ConnectionClosedBeforeResponse: Error, CustomStringConvertible {
    var description: String { "the server closed the connection before responding" }
}
