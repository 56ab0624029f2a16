/// The incremental parser of requests on one connection, for servers.
///
/// Feed it bytes as they arrive, in pieces of any size. Each call returns how many bytes it consumed
/// and at most one event; call again with the rest. A message yields `head`, zero or more `body`
/// events and `end`, and the parser is then ready for the next pipelined request.
///
/// ```swift
/// var parser = HTTPRequestParser()
/// let (consumed, event) = try parser.parse(bytes)
/// ```
public struct HTTPRequestParser: Sendable {
    /// One step of parsing.
    public enum Event: Sendable, Equatable {
        case head(HTTPRequestHead)
        /// Body bytes (de-chunked) at this range of the buffer passed to `parse`; never empty.
        case body(Range<Int>)
        case end(trailers: HTTPHeaders)
    }

    public let limits: HTTPLimits
    private var scanner: HeadScanner
    private var body: BodyDecoder
    private var inBody = false

    public init(limits: HTTPLimits = HTTPLimits()) {
        self.limits = limits
        scanner = HeadScanner(mode: .request, limits: limits)
        body = BodyDecoder(framing: .none, limits: limits)
    }

    /// Whether the parser is between requests and has seen no byte of the next one.
    public var isIdle: Bool { !inBody && !scanner.hasStarted }

    /// Whether the parser is in the body of a request whose head it has returned.
    public var isInBody: Bool { inBody }

    /// Parses bytes from `buffer` until one event is ready or the bytes run out.
    ///
    /// - Returns: the bytes consumed, and the event or nil when all of `buffer` was consumed without
    ///   completing one. Ranges in a `body` event index into `buffer`.
    /// - Throws: `HTTPParseError`, whose `status` is the response to send before closing the
    ///   connection. The parser must not be used after it throws.
    public mutating func parse(_ buffer: UnsafeRawBufferPointer) throws(HTTPParseError) -> (
        consumed: Int, event: Event?
    ) {
        if inBody {
            let (consumed, event) = try body.decode(buffer)
            switch event {
            case .data(let range): return (consumed, .body(range))
            case .end(let trailers):
                inBody = false
                return (consumed, .end(trailers: trailers))
            case nil: return (consumed, nil)
            }
        }

        let consumed = try scanner.scan(buffer, from: 0)
        guard scanner.isComplete else { return (consumed, nil) }
        let head = try HTTPRequestHead(scanned: scanner)
        scanner = HeadScanner(mode: .request, limits: limits)
        body = BodyDecoder(framing: head.framing, limits: limits)
        inBody = true
        return (consumed, .head(head))
    }

    /// Parses bytes from an array; see `parse(_:)` for the contract.
    public mutating func parse(_ bytes: [UInt8]) throws(HTTPParseError) -> (consumed: Int, event: Event?) {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(HTTPParseError) in try parse(buffer) }
        }
        return try result.get()
    }

    /// Handles the end of input from the peer.
    ///
    /// - Returns: nil when the connection closed cleanly between requests.
    /// - Throws: `HTTPParseError` with kind `incompleteMessage` when it closed inside a request.
    public mutating func finish() throws(HTTPParseError) -> Event? {
        if inBody {
            let event = try body.finishAtEndOfInput()
            inBody = false
            if case .end(let trailers) = event { return .end(trailers: trailers) }
            return nil
        }
        guard !scanner.hasStarted else {
            throw HTTPParseError(.incompleteMessage, "connection closed before the end of the request head")
        }
        return nil
    }
}
