/// The decoder of one message body under a given framing.
struct BodyDecoder: Sendable {
    enum Event: Sendable, Equatable {
        case data(Range<Int>)
        case end(trailers: HTTPHeaders)
    }

    let framing: HTTPBodyFraming
    private var remaining: Int
    private var chunked: ChunkedDecoder
    private(set) var isComplete = false

    init(framing: HTTPBodyFraming, limits: HTTPLimits) {
        self.framing = framing
        chunked = ChunkedDecoder(limits: limits)
        if case .length(let length) = framing {
            remaining = length
        } else {
            remaining = 0
        }
    }

    /// Decodes bytes from `buffer`; returns the bytes consumed and an event, or nil when more is needed.
    mutating func decode(_ buffer: UnsafeRawBufferPointer) throws(HTTPParseError) -> (consumed: Int, event: Event?) {
        switch framing {
        case .none:
            return finish()
        case .length:
            if remaining == 0 { return finish() }
            let take = min(remaining, buffer.count)
            guard take > 0 else { return (0, nil) }
            remaining -= take
            return (take, .data(0..<take))
        case .chunked:
            let (consumed, event) = try chunked.decode(buffer)
            switch event {
            case .data(let range): return (consumed, .data(range))
            case .end(let trailers):
                isComplete = true
                return (consumed, .end(trailers: trailers))
            case nil: return (consumed, nil)
            }
        case .untilClose:
            guard buffer.count > 0 else { return (0, nil) }
            return (buffer.count, .data(0..<buffer.count))
        }
    }

    /// Handles the end of input: ends a body delimited by close, and rejects any other unfinished body.
    mutating func finishAtEndOfInput() throws(HTTPParseError) -> Event {
        if framing == .untilClose || isComplete || framing == .none || (framing != .chunked && remaining == 0) {
            isComplete = true
            return .end(trailers: HTTPHeaders())
        }
        throw HTTPParseError(.incompleteMessage, "connection closed before the end of the body")
    }

    private mutating func finish() -> (consumed: Int, event: Event?) {
        isComplete = true
        return (0, .end(trailers: HTTPHeaders()))
    }
}
