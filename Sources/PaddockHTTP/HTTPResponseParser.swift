/// The incremental parser of responses on one connection, for clients.
///
/// Set `requestMethod` before each response, because the method decides whether a body follows
/// (responses to HEAD have none). Informational 1xx responses arrive as their own head and end.
public struct HTTPResponseParser: Sendable {
    /// One step of parsing.
    public enum Event: Sendable, Equatable {
        case head(HTTPResponseHead)
        /// Body bytes (de-chunked) at this range of the buffer passed to `parse`; never empty.
        case body(Range<Int>)
        case end(trailers: HTTPHeaders)
    }

    public let limits: HTTPLimits
    /// The method of the request that the next response belongs to.
    public var requestMethod = "GET"
    private var scanner: HeadScanner
    private var body: BodyDecoder
    private var inBody = false

    public init(limits: HTTPLimits = HTTPLimits()) {
        self.limits = limits
        scanner = HeadScanner(mode: .response, limits: limits)
        body = BodyDecoder(framing: .none, limits: limits)
    }

    /// Whether the parser is between responses and has seen no byte of the next one.
    public var isIdle: Bool { !inBody && !scanner.hasStarted }

    /// Parses bytes from `buffer` until one event is ready or the bytes run out; the contract is that
    /// of `HTTPRequestParser.parse(_:)`.
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
        let head = try HTTPResponseHead(scanned: scanner, requestMethod: requestMethod)
        scanner = HeadScanner(mode: .response, limits: limits)
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

    /// Handles the end of input: ends a body delimited by close, and rejects an unfinished response.
    public mutating func finish() throws(HTTPParseError) -> Event? {
        if inBody {
            let event = try body.finishAtEndOfInput()
            inBody = false
            if case .end(let trailers) = event { return .end(trailers: trailers) }
            return nil
        }
        guard !scanner.hasStarted else {
            throw HTTPParseError(.incompleteMessage, "connection closed before the end of the response head")
        }
        return nil
    }
}
