@testable import PaddockHTTP

/// A request as the parser reported it, collected for comparison in tests.
struct ParsedRequest: Equatable {
    var head: HTTPRequestHead
    var body: [UInt8]
    var trailers: HTTPHeaders
}

/// Drives parsers over whole inputs, in pieces of a chosen size, and collects what they report.
enum ParserHarness {
    /// Parses every request in `input`, feeding `pieceSize` bytes at a time (the whole input when nil).
    static func requests(
        _ input: [UInt8], pieceSize: Int? = nil, limits: HTTPLimits = HTTPLimits()
    ) throws(HTTPParseError) -> [ParsedRequest] {
        var parser = HTTPRequestParser(limits: limits)
        var results: [ParsedRequest] = []
        var current: ParsedRequest?
        var pending: [UInt8] = []
        var offset = 0
        let size = pieceSize ?? max(input.count, 1)

        while true {
            let (consumed, event) = try parser.parse(pending)
            switch event {
            case .head(let head):
                current = ParsedRequest(head: head, body: [], trailers: [:])
            case .body(let range):
                current?.body.append(contentsOf: pending[range])
            case .end(let trailers):
                current?.trailers = trailers
                if let current { results.append(current) }
                current = nil
            case nil:
                break
            }
            pending.removeFirst(consumed)
            if event == nil || (pending.isEmpty && consumed == 0 && current == nil) {
                guard offset < input.count else { break }
                let next = min(offset + size, input.count)
                pending.append(contentsOf: input[offset..<next])
                offset = next
            }
        }
        if case .end(let trailers) = try parser.finish(), var current {
            current.trailers = trailers
            results.append(current)
        }
        return results
    }

    /// Parses one request from text with CRLF line ends written as `\r\n`.
    static func request(_ text: String, pieceSize: Int? = nil, limits: HTTPLimits = HTTPLimits()) throws(HTTPParseError)
        -> ParsedRequest?
    {
        try requests(Array(text.utf8), pieceSize: pieceSize, limits: limits).first
    }

    /// Returns the error kind that parsing `text` throws, or nil when it parses.
    static func errorKind(_ text: String, pieceSize: Int? = nil, limits: HTTPLimits = HTTPLimits()) -> HTTPParseError
        .Kind?
    {
        do {
            _ = try requests(Array(text.utf8), pieceSize: pieceSize, limits: limits)
            return nil
        } catch {
            return error.kind
        }
    }

    /// Decodes a whole chunked body, feeding `pieceSize` bytes at a time.
    static func dechunk(_ input: [UInt8], pieceSize: Int, limits: HTTPLimits = HTTPLimits()) throws(HTTPParseError) -> (
        body: [UInt8], trailers: HTTPHeaders?, rest: [UInt8]
    ) {
        var decoder = ChunkedDecoder(limits: limits)
        var body: [UInt8] = []
        var pending: [UInt8] = []
        var offset = 0
        while true {
            let result = pending.withUnsafeBytes { buffer in
                Result { () throws(HTTPParseError) in try decoder.decode(buffer) }
            }
            let (consumed, event) = try result.get()
            switch event {
            case .data(let range):
                body.append(contentsOf: pending[range])
            case .end(let trailers):
                pending.removeFirst(consumed)
                return (body, trailers, pending + input[offset...])
            case nil:
                break
            }
            pending.removeFirst(consumed)
            if event == nil {
                guard offset < input.count else { return (body, nil, []) }
                let next = min(offset + pieceSize, input.count)
                pending.append(contentsOf: input[offset..<next])
                offset = next
            }
        }
    }
}
