import Foundation
import PaddockCore
import Synchronization

/// A blocking HTTP/1.1 client for one server, reached over TCP or a Unix-domain socket.
///
/// The client keeps one idle keep-alive connection and reuses it for the next request. Requests from
/// several threads at once are allowed: while the idle connection is busy, another request opens a
/// connection of its own.
///
/// ```swift
/// let client = try HTTPClient(url: "unix:///run/paddock/gateway.sock")
/// let response = try client.request("GET", "/v1/sandboxes")
/// let bytes = try response.body.readAll()
/// ```
public final class HTTPClient: Sendable {
    public let address: SocketAddress
    public let limits: HTTPLimits
    public let connectTimeout: Duration
    /// Maximum wait for each piece of a response; nil waits forever (for long-lived streams).
    public let readTimeout: Duration?
    /// TLS settings; nil speaks plain HTTP.
    public let tls: TLSClientConfiguration?
    private let idle = Mutex<HTTPClientConnectionBox?>(nil)
    /// The sockets of connections that wait for a response head, for `cancelInFlight`.
    private let waiting = Mutex<[ObjectIdentifier: Socket]>([:])

    public init(
        address: SocketAddress, limits: HTTPLimits = HTTPLimits(), connectTimeout: Duration = .seconds(5),
        readTimeout: Duration? = .seconds(60), tls: TLSClientConfiguration? = nil
    ) {
        self.address = address
        self.tls = tls
        self.limits = limits
        self.connectTimeout = connectTimeout
        self.readTimeout = readTimeout
    }

    /// Creates a client from a URL: `http://HOST:PORT` (port 80 when omitted), `http://[::1]:PORT`, or
    /// `unix:///path/to.sock`. A path after the authority is ignored.
    public convenience init(
        url: String, limits: HTTPLimits = HTTPLimits(), connectTimeout: Duration = .seconds(5),
        readTimeout: Duration? = .seconds(60)
    ) throws {
        self.init(
            address: try HTTPClient.address(fromURL: url), limits: limits, connectTimeout: connectTimeout,
            readTimeout: readTimeout)
    }

    /// The Host field sent with requests.
    var hostField: String {
        switch address {
        case .tcp(let host, let port):
            return host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        case .unix:
            return "localhost"
        }
    }

    /// Sends a request and returns the response once its head has arrived.
    ///
    /// - Throws: `PaddockError` with code `unavailable` when the server cannot be reached or sends an
    ///   invalid response, and `timeout` when no response arrives within `readTimeout`.
    public func request(
        _ method: String, _ target: String, headers: HTTPHeaders = [:], body: HTTPClientRequest.Body = .empty
    ) throws -> HTTPClientResponse {
        try send(HTTPClientRequest(method: method, target: target, headers: headers, body: body))
    }

    /// Sends a request and returns the response once its head has arrived; see `request`.
    public func send(_ request: HTTPClientRequest) throws -> HTTPClientResponse {
        let (connection, reused) = try checkOut()
        do {
            return try exchange(request, on: connection)
        } catch let error where reused && request.isReplayable && Self.isStaleConnectionError(error) {
            // The server may close an idle connection at any moment. One retry on a fresh connection
            // is safe because the server closed before it sent any byte of a response.
            connection.close()
            return try exchange(request, on: try connect())
        } catch {
            connection.close()
            throw describe(error, request: request)
        }
    }

    /// Shuts down every connection that still waits for a response head, so that the threads
    /// blocked on them get an error. For a caller whose own client went away.
    public func cancelInFlight() {
        waiting.withLock { sockets in
            for socket in sockets.values { socket.shutdown() }
        }
    }

    private func exchange(_ request: HTTPClientRequest, on connection: HTTPClientConnection) throws
        -> HTTPClientResponse
    {
        let key = ObjectIdentifier(connection.socket)
        waiting.withLock { $0[key] = connection.socket }
        defer { _ = waiting.withLock { $0.removeValue(forKey: key) } }
        let head: HTTPResponseHead
        do {
            try write(request, on: connection)
            head = try connection.readHead(method: request.method)
            connection.onBodyComplete = { [weak self] finished in self?.checkIn(finished) }
        } catch let error as SystemCallError where [EPIPE, ECONNRESET].contains(error.errno) {
            // A server may reject a request before reading its whole body (413, 408) and close the
            // connection. Its response is usually still readable and more useful than the write
            // error, but the connection is not reused.
            guard let early = try? connection.readHead(method: request.method) else { throw error }
            head = early
        }
        let body = HTTPBody(source: connection, framing: head.framing, maxBytes: .max, noun: "response body")
        if body.isComplete {
            // Let the connection see the end of an empty body so that it returns to the idle slot.
            _ = try body.read(maxBytes: 1)
            _ = try connection.readBody(into: UnsafeMutableRawBufferPointer(start: nil, count: 0))
        }
        return HTTPClientResponse(head: head, body: body)
    }

    private func write(_ request: HTTPClientRequest, on connection: HTTPClientConnection) throws {
        var message = request.encodeHead(host: hostField)
        switch request.body {
        case .empty:
            try connection.send(message)
        case .bytes(let bytes):
            message.append(contentsOf: bytes)
            try connection.send(message)
        case .data(let data):
            message.append(contentsOf: data)
            try connection.send(message)
        case .stream(let length, let next):
            try connection.send(message)
            var sent = 0
            while let piece = try next() {
                sent += piece.count
                try connection.send(length == nil ? ChunkedEncoder.chunk(piece) : piece)
            }
            if let length, sent != length {
                throw PaddockError(
                    .invalidArgument, "streamed request body has \(sent) bytes but its declared length is \(length)")
            }
            if length == nil { try connection.send(ChunkedEncoder.lastChunk()) }
        }
    }

    /// Sends a request that switches protocols, such as a WebSocket handshake, and returns the raw
    /// connection after a 101 response (or a 2xx response to CONNECT).
    ///
    /// - Throws: `PaddockError` describing the response when the server does not switch.
    public func upgrade(
        _ method: String = "GET", _ target: String, headers: HTTPHeaders
    ) throws -> (head: HTTPResponseHead, connection: RawConnection) {
        let request = HTTPClientRequest(method: method, target: target, headers: headers)
        guard tls == nil else {
            throw PaddockError(.unsupported, "protocol upgrades over TLS are not supported (\(method) \(target) on \(address))")
        }
        let connection = try connect()
        do {
            try write(request, on: connection)
            let head = try connection.readHead(method: method)
            let switched = head.status == 101 || (method == "CONNECT" && (200..<300).contains(head.status))
            guard switched else {
                let body = HTTPBody(source: connection, framing: head.framing, maxBytes: .max, noun: "response body")
                let error = try HTTPClientResponse(head: head, body: body).error()
                connection.close()
                throw error
                    ?? PaddockError(
                        .unavailable,
                        "\(address) answered \(method) \(target) with \(head.status) instead of switching protocols")
            }
            return (head, connection.takeOver())
        } catch let error as PaddockError {
            connection.close()
            throw error
        } catch {
            connection.close()
            throw describe(error, request: request)
        }
    }

    /// Closes the idle connection, if any.
    public func close() {
        let connection = takeIdle()
        connection?.close()
    }

    // MARK: Connections

    private func checkOut() throws -> (HTTPClientConnection, reused: Bool) {
        let cached = takeIdle()
        if let cached {
            if !cached.isStale { return (cached, true) }
            cached.close()
        }
        return (try connect(), false)
    }

    private func takeIdle() -> HTTPClientConnection? {
        let box: HTTPClientConnectionBox? = idle.withLock { slot -> HTTPClientConnectionBox? in
            let taken = slot
            slot = nil
            return taken
        }
        return box?.connection
    }

    private func checkIn(_ connection: HTTPClientConnection) {
        let box = HTTPClientConnectionBox(connection: connection)
        let stored = idle.withLock { slot -> Bool in
            guard slot == nil else { return false }
            slot = box
            return true
        }
        if !stored { connection.close() }
    }

    private func connect() throws -> HTTPClientConnection {
        do {
            let socket = try Socket.connect(to: address, timeout: connectTimeout)
            guard let tls else {
                return HTTPClientConnection(
                    transport: PlainTransport(socket: socket), limits: limits, readTimeout: readTimeout)
            }
            let transport = try TLSTransport(socket: socket, configuration: tls, timeout: connectTimeout)
            return HTTPClientConnection(transport: transport, limits: limits, readTimeout: readTimeout)
        } catch let error as SocketTimeoutError {
            throw PaddockError(
                .timeout, "connecting to \(address) timed out after \(connectTimeout.formatted())", cause: error)
        } catch let error as SystemCallError {
            throw PaddockError(
                .unavailable,
                "cannot connect to \(address): \(error.reasonText) (\(error.errnoName)); is the server running?",
                cause: error)
        }
    }

    private static func isStaleConnectionError(_ error: any Error) -> Bool {
        if error is ConnectionClosedBeforeResponse { return true }
        if let error = error as? SystemCallError { return [EPIPE, ECONNRESET].contains(error.errno) }
        return false
    }

    private func describe(_ error: any Error, request: HTTPClientRequest) -> any Error {
        let what = "\(request.method) \(request.target) on \(address)"
        switch error {
        case let error as PaddockError:
            return error
        case let error as SocketTimeoutError:
            return PaddockError(.timeout, "\(what) timed out after \(error.timeout.formatted())", cause: error)
        case let error as HTTPParseError:
            return PaddockError(.unavailable, "\(what) got an invalid response: \(error.message)", cause: error)
        case let error as SystemCallError:
            return PaddockError(.unavailable, "\(what) failed: \(error.reasonText) (\(error.errnoName))", cause: error)
        default:
            return PaddockError(.unavailable, "\(what) failed: \(error)", cause: error)
        }
    }
}

/// A box that lets the idle connection sit in a `Mutex`; only the thread holding the lock touches it.
struct HTTPClientConnectionBox: @unchecked Sendable {
    let connection: HTTPClientConnection
}

extension SystemCallError {
    /// The strerror(3) text of the errno, such as "Connection refused".
    var reasonText: String { String(cString: strerror(errno)) }
}
