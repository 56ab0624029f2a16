import PaddockHTTP

/// One step of reading an HTTP message from a stream.
enum MessageEvent<Head> {
    case head(Head)
    /// De-chunked body bytes.
    case body([UInt8])
    case end(trailers: HTTPHeaders)
}

/// The incremental parsers that `MessageReader` drives, with their events in one shape.
protocol IncrementalMessageParser {
    associatedtype Head
    mutating func step(_ buffer: UnsafeRawBufferPointer) throws -> (consumed: Int, event: MessageEvent<Head>?)
    mutating func finishInput() throws -> MessageEvent<Head>?
}

extension HTTPRequestParser: IncrementalMessageParser {
    mutating func step(_ buffer: UnsafeRawBufferPointer) throws -> (consumed: Int, event: MessageEvent<HTTPRequestHead>?) {
        let (consumed, event) = try parse(buffer)
        return (consumed, event.map { Self.convert($0, buffer) })
    }

    mutating func finishInput() throws -> MessageEvent<HTTPRequestHead>? {
        try finish().map { Self.convert($0, UnsafeRawBufferPointer(start: nil, count: 0)) }
    }

    private static func convert(_ event: Event, _ buffer: UnsafeRawBufferPointer) -> MessageEvent<HTTPRequestHead> {
        switch event {
        case .head(let head): return .head(head)
        case .body(let range): return .body(Array(buffer[range]))
        case .end(let trailers): return .end(trailers: trailers)
        }
    }
}

extension HTTPResponseParser: IncrementalMessageParser {
    mutating func step(_ buffer: UnsafeRawBufferPointer) throws -> (consumed: Int, event: MessageEvent<HTTPResponseHead>?) {
        let (consumed, event) = try parse(buffer)
        return (consumed, event.map { Self.convert($0, buffer) })
    }

    mutating func finishInput() throws -> MessageEvent<HTTPResponseHead>? {
        try finish().map { Self.convert($0, UnsafeRawBufferPointer(start: nil, count: 0)) }
    }

    private static func convert(_ event: Event, _ buffer: UnsafeRawBufferPointer) -> MessageEvent<HTTPResponseHead> {
        switch event {
        case .head(let head): return .head(head)
        case .body(let range): return .body(Array(buffer[range]))
        case .end(let trailers): return .end(trailers: trailers)
        }
    }
}

/// Reads HTTP messages of one kind (requests or responses) from a stream, buffering what it read
/// past the current event.
final class MessageReader<Parser: IncrementalMessageParser> {
    let stream: ByteStream
    var parser: Parser
    private var storage = [UInt8](repeating: 0, count: 64 * 1024)
    private var start = 0
    private var end = 0

    init(stream: ByteStream, parser: Parser) {
        self.stream = stream
        self.parser = parser
    }

    /// Returns the next event, or nil at a clean end of stream between messages.
    func next() throws -> MessageEvent<Parser.Head>? {
        while true {
            // The parser runs even on an empty buffer, because the end of a body without framing
            // (a GET, a 204) needs no bytes.
            var parser = self.parser
            let (consumed, event) = try storage.withUnsafeBytes { bytes in
                try parser.step(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
            }
            self.parser = parser
            start += consumed
            if let event { return event }
            if consumed > 0 && start < end { continue }
            guard try fill() else { return try parser.finishInput() }
        }
    }

    /// Removes and returns the bytes read but not yet parsed.
    func takeBuffered() -> [UInt8] {
        defer {
            start = 0
            end = 0
        }
        return Array(storage[start..<end])
    }

    private func fill() throws -> Bool {
        if start == end {
            start = 0
            end = 0
        } else if end == storage.count {
            if start > 0 {
                storage.replaceSubrange(0..<(end - start), with: storage[start..<end])
                end -= start
                start = 0
            } else {
                storage += [UInt8](repeating: 0, count: storage.count)
            }
        }
        let count = try storage.withUnsafeMutableBytes { bytes in
            try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: bytes[end...]))
        }
        end += count
        return count > 0
    }
}

typealias RequestReader = MessageReader<HTTPRequestParser>
typealias ResponseReader = MessageReader<HTTPResponseParser>
