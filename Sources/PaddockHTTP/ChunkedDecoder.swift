/// The incremental decoder of the chunked transfer coding (RFC 9112, section 7.1), trailers included.
///
/// It accepts input in pieces of any size and returns body data as ranges of the caller's buffer, so
/// decoding copies nothing. Chunk extensions are checked for invalid bytes and otherwise ignored.
public struct ChunkedDecoder: Sendable {
    /// One step of decoding.
    public enum Event: Sendable, Equatable {
        /// Body bytes at this range of the buffer passed to `decode`; never empty.
        case data(Range<Int>)
        /// The last chunk and the trailer section have arrived.
        case end(trailers: HTTPHeaders)
    }

    private enum State: Sendable {
        case size
        case sizeWhitespace
        case chunkExtension
        case sizeLineFeed
        case data
        case dataCarriageReturn
        case dataLineFeed
        case trailers
        case done
    }

    private let limits: HTTPLimits
    private var state = State.size
    private var size = 0
    private var sizeDigits = 0
    private var lineBytes = 0
    private var remaining = 0
    private var trailers: HeadScanner

    public init(limits: HTTPLimits = HTTPLimits()) {
        self.limits = limits
        trailers = HeadScanner(mode: .trailers, limits: limits)
    }

    /// Whether the last chunk and trailers have been decoded.
    public var isComplete: Bool { state == .done }

    /// Decodes bytes from `buffer` until one event is ready or the bytes run out.
    ///
    /// - Returns: the number of bytes consumed, and the event, or nil when every byte was consumed and
    ///   more input is needed. Call again with the bytes after `consumed`.
    /// - Throws: `HTTPParseError` for an invalid chunk size, extension or terminator, or trailers that
    ///   break the header rules. The decoder must not be used after it throws.
    public mutating func decode(_ buffer: UnsafeRawBufferPointer) throws(HTTPParseError) -> (
        consumed: Int, event: Event?
    ) {
        var index = 0
        while index < buffer.count {
            switch state {
            case .size:
                index = try scanSize(buffer[index], at: index)
            case .sizeWhitespace:
                index = try scanSizeWhitespace(buffer[index], at: index)
            case .chunkExtension:
                index = try scanExtension(buffer, at: index)
            case .sizeLineFeed:
                guard buffer[index] == HTTPByte.lf else {
                    throw HTTPParseError(
                        .bareCarriageReturn, "carriage return not followed by a line feed after chunk size")
                }
                index += 1
                finishSizeLine()
            case .data:
                let take = min(remaining, buffer.count - index)
                remaining -= take
                if remaining == 0 { state = .dataCarriageReturn }
                return (index + take, .data(index..<(index + take)))
            case .dataCarriageReturn:
                guard buffer[index] == HTTPByte.cr else { throw missingTerminator() }
                state = .dataLineFeed
                index += 1
            case .dataLineFeed:
                guard buffer[index] == HTTPByte.lf else { throw missingTerminator() }
                state = .size
                index += 1
            case .trailers:
                index = try trailers.scan(buffer, from: index)
                if trailers.isComplete {
                    state = .done
                    return (index, .end(trailers: trailers.headers))
                }
            case .done:
                return (index, nil)
            }
        }
        return (index, nil)
    }

    private mutating func scanSize(_ byte: UInt8, at index: Int) throws(HTTPParseError) -> Int {
        try countLineByte()
        if let digit = HTTPByte.hexValue(byte) {
            guard size <= (Int.max >> 4) else {
                throw HTTPParseError(.invalidChunkSize, "chunk size overflows a 64-bit integer")
            }
            size = size << 4 | Int(digit)
            sizeDigits += 1
            return index + 1
        }
        guard sizeDigits > 0 else {
            throw HTTPParseError(
                .invalidChunkSize,
                "invalid byte \(HTTPByte.describe(byte)) where a hexadecimal chunk size must start")
        }
        switch byte {
        case HTTPByte.semicolon: state = .chunkExtension
        case HTTPByte.space, HTTPByte.tab: state = .sizeWhitespace
        case HTTPByte.cr: state = .sizeLineFeed
        case HTTPByte.lf:
            throw HTTPParseError(.bareLineFeed, "line feed without a carriage return after chunk size")
        default:
            throw HTTPParseError(.invalidChunkSize, "invalid byte \(HTTPByte.describe(byte)) in chunk size")
        }
        return index + 1
    }

    private mutating func scanSizeWhitespace(_ byte: UInt8, at index: Int) throws(HTTPParseError) -> Int {
        try countLineByte()
        switch byte {
        case HTTPByte.space, HTTPByte.tab: break
        case HTTPByte.semicolon: state = .chunkExtension
        default:
            throw HTTPParseError(
                .invalidChunkSize, "invalid byte \(HTTPByte.describe(byte)) after chunk size; expected ';'")
        }
        return index + 1
    }

    private mutating func scanExtension(_ buffer: UnsafeRawBufferPointer, at index: Int) throws(HTTPParseError) -> Int {
        var next = index
        while next < buffer.count && HTTPByte.isFieldValue(buffer[next]) { next += 1 }
        lineBytes += next - index
        try checkLineLength()
        guard next < buffer.count else { return next }

        let byte = buffer[next]
        if byte == HTTPByte.lf {
            throw HTTPParseError(.bareLineFeed, "line feed without a carriage return after a chunk extension")
        }
        guard byte == HTTPByte.cr else {
            throw HTTPParseError(.invalidChunkExtension, "invalid byte \(HTTPByte.describe(byte)) in chunk extension")
        }
        state = .sizeLineFeed
        return next + 1
    }

    private mutating func countLineByte() throws(HTTPParseError) {
        lineBytes += 1
        try checkLineLength()
    }

    private func checkLineLength() throws(HTTPParseError) {
        guard lineBytes <= limits.maxChunkLineBytes else {
            throw HTTPParseError(
                .invalidChunkExtension, "chunk-size line exceeds the limit of \(limits.maxChunkLineBytes) bytes")
        }
    }

    private mutating func finishSizeLine() {
        lineBytes = 0
        sizeDigits = 0
        if size == 0 {
            state = .trailers
            return
        }
        remaining = size
        size = 0
        state = .data
    }

    private func missingTerminator() -> HTTPParseError {
        HTTPParseError(.invalidChunkTerminator, "chunk data is not followed by CRLF; the chunk size may be wrong")
    }
}
