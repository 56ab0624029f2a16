@preconcurrency import Glibc
import Foundation
import PaddockCore

/// One server connection: reads requests, calls the handler and writes responses, in order, until
/// either side closes or a limit is hit. Runs on its own thread.
final class HTTPServerConnection: HTTPBodySource {
    private enum ContinueState {
        case notExpected, pending, sent
    }

    private let server: HTTPServer
    let socket: Socket
    let limits: HTTPLimits
    private let peer: HTTPPeer
    private let logger: Logger
    var buffer = ConnectionBuffer()
    private var parser: HTTPRequestParser
    private var continueState = ContinueState.notExpected

    init(server: HTTPServer, socket: Socket, listener: SocketAddress) {
        self.server = server
        self.socket = socket
        limits = server.configuration.limits
        parser = HTTPRequestParser(limits: limits)
        logger = server.configuration.logger
        switch listener {
        case .unix:
            peer = .unix(try? socket.peerCredentials())
        case .tcp:
            if case .tcp(let host, let port) = (try? socket.peerAddress()) ?? listener {
                peer = .tcp(host: host, port: port)
            } else {
                peer = .tcp(host: "?", port: 0)
            }
        }
    }

    func run() {
        while !server.isStopping {
            guard let head = readHead() else { return }
            guard serve(head) else { return }
        }
    }

    // MARK: Reading requests

    /// Reads the next request head; nil when the connection should close (end of stream, idle timeout,
    /// or an error whose response has been sent).
    private func readHead() -> HTTPRequestHead? {
        var deadline: ContinuousClock.Instant?
        do {
            while true {
                let (consumed, event) = try buffer.withUnconsumed { try parser.parse($0) }
                buffer.consume(consumed)
                if case .head(let head) = event { return head }
                // The end of the previous request, when its handler did not read that far.
                if event != nil { continue }

                let timeout: Duration
                if parser.isIdle {
                    timeout = limits.idleTimeout
                } else {
                    let started = deadline ?? ContinuousClock.now + limits.headerReadTimeout
                    deadline = started
                    timeout = ContinuousClock.now.duration(to: started)
                }
                do {
                    guard try buffer.fill(from: socket, timeout: timeout) else {
                        _ = try parser.finish()
                        return nil
                    }
                } catch is SocketTimeoutError {
                    if deadline != nil {
                        let limit = limits.headerReadTimeout.formatted()
                        reject(HTTPParseError(.timeout, "request head did not arrive within \(limit)"))
                    }
                    return nil
                }
            }
        } catch let error as HTTPParseError {
            reject(error)
            return nil
        } catch {
            logger.debug("connection read failed", ["peer": peer.description, "error": "\(error)"])
            return nil
        }
    }

    func readBody(into output: UnsafeMutableRawBufferPointer) throws -> (count: Int, trailers: HTTPHeaders?) {
        if continueState == .pending {
            continueState = .sent
            try socket.writeAll(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8), timeout: limits.writeTimeout)
        }
        while true {
            let (consumed, event) = try buffer.withUnconsumed(limit: output.count) { try parser.parse($0) }
            switch event {
            case .body(let range):
                buffer.withUnconsumed { raw in
                    output.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[range]))
                }
                buffer.consume(consumed)
                return (range.count, nil)
            case .end(let trailers):
                buffer.consume(consumed)
                return (0, trailers)
            case .head:
                preconditionFailure("the request parser returned a head inside a body")
            case nil:
                buffer.consume(consumed)
                if !buffer.isEmpty { continue }
            }
            do {
                guard try buffer.fill(from: socket, timeout: limits.bodyReadTimeout) else {
                    if case .end(let trailers) = try parser.finish() { return (0, trailers) }
                    throw HTTPParseError(.incompleteMessage, "connection closed before the end of the request body")
                }
            } catch is SocketTimeoutError {
                throw HTTPParseError(
                    .timeout, "request body stalled for more than \(limits.bodyReadTimeout.formatted())")
            }
        }
    }

    // MARK: Serving requests

    /// Handles one request and writes its response; returns whether the connection stays open.
    private func serve(_ head: HTTPRequestHead) -> Bool {
        let requestID = Self.requestID(head.headers) ?? server.makeRequestID()
        let requestLogger = logger.with(["request.id": requestID])
        let body = HTTPBody(source: self, framing: head.framing, maxBytes: limits.maxBodyBytes, noun: "request body")
        continueState = head.expectsContinue && !body.isComplete ? .pending : .notExpected
        let context = HTTPRequestContext(
            peer: peer, requestID: requestID, logger: requestLogger, descriptor: socket.descriptor)
        requestLogger.debug("request", ["method": head.method, "target": String(head.target.raw.prefix(256))])

        var response: HTTPResponse
        do {
            response = try server.handler(HTTPRequest(head: head, body: body), context)
        } catch {
            if let failure = body.failure, !(failure is HTTPParseError) {
                // Reading the body failed on the socket (a reset, for example): the client is gone.
                requestLogger.debug("request body read failed", ["peer": peer.description, "error": "\(failure)"])
                return false
            }
            response = errorResponse(error, logger: requestLogger)
        }
        var keepAlive = head.keepAlive && !server.isStopping && body.failure == nil
        if let failure = body.failure as? HTTPParseError {
            response = parseErrorResponse(failure)
        }
        if response.headers.tokens(for: "Connection").contains("close") { keepAlive = false }
        if !body.isComplete && keepAlive { keepAlive = finishBody(body) }

        do {
            try write(response, for: head, keepAlive: &keepAlive, logger: requestLogger)
        } catch {
            requestLogger.debug("response write failed", ["peer": peer.description, "error": "\(error)"])
            return false
        }
        if !keepAlive { lingerBeforeClose() }
        return keepAlive
    }

    /// Discards a body the handler left unread, within the drain limit; returns whether it ended.
    private func finishBody(_ body: HTTPBody) -> Bool {
        // The client is still waiting for 100 Continue and may never send the body, so do not wait for it.
        if continueState == .pending { return false }
        if let length = body.declaredLength, length - body.bytesRead > limits.maxDrainBytes { return false }
        return body.discard(limit: limits.maxDrainBytes)
    }

    private func errorResponse(_ error: any Error, logger: Logger) -> HTTPResponse {
        if let error = error as? PaddockError {
            if error.code == .internal {
                logger.error("request failed", ["error": error.description])
            }
            return .error(error)
        }
        if let error = error as? HTTPParseError { return parseErrorResponse(error) }
        logger.error("request failed", ["error": "\(error)"])
        return .error(PaddockError(.internal, "internal server error; the server log has the cause"))
    }

    private func parseErrorResponse(_ error: HTTPParseError) -> HTTPResponse {
        var response = server.configuration.parseErrorRenderer(error)
        response.headers.add("Connection", "close")
        return response
    }

    /// Sends the error response for a request that could not be parsed or timed out, then closes.
    private func reject(_ error: HTTPParseError) {
        logger.debug(
            "rejected request", ["peer": peer.description, "status": "\(error.status)", "error": error.message])
        let response = parseErrorResponse(error)
        let bytes: [UInt8]
        switch response.body {
        case .bytes(let content): bytes = content
        case .data(let content): bytes = Array(content)
        default: return
        }
        let message = ResponseHeadEncoder.encode(
            response, contentLength: bytes.count, chunked: false, connection: "close")
        try? socket.writeAll(message + bytes, timeout: limits.writeTimeout)
        lingerBeforeClose()
    }

    /// Stops sending and reads what the client still sends for a moment, so that closing does not
    /// turn unread input into a reset that could destroy the response before the client reads it.
    private func lingerBeforeClose() {
        socket.shutdown(.write)
        var scratch = [UInt8](repeating: 0, count: 16 * 1024)
        let deadline = ContinuousClock.now + .seconds(1)
        var discarded = 0
        while discarded < limits.maxDrainBytes && ContinuousClock.now < deadline {
            let count =
                (try? scratch.withUnsafeMutableBytes {
                    try socket.read(into: $0, timeout: ContinuousClock.now.duration(to: deadline))
                }) ?? 0
            if count == 0 { return }
            discarded += count
        }
    }

    private static func requestID(_ headers: HTTPHeaders) -> String? {
        guard let value = headers["X-Request-Id"], !value.isEmpty, value.utf8.count <= 64,
            value.utf8.allSatisfy(HTTPByte.isToken)
        else { return nil }
        return value
    }
}
