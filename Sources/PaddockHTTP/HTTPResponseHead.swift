/// The parsed head of a response: status line, header fields and the framing they imply.
public struct HTTPResponseHead: Sendable, Equatable {
    public var version: HTTPVersion
    public var status: Int
    public var reason: String
    public var headers: HTTPHeaders
    /// The framing of the body that follows the head, given the method of the request.
    public var framing: HTTPBodyFraming
    /// Whether the server keeps the connection open after this response.
    public var keepAlive: Bool

    /// Builds a head from a finished scan, for a response to a request with `requestMethod`.
    init(scanned scanner: HeadScanner, requestMethod: String) throws(HTTPParseError) {
        version = scanner.parsedVersion
        status = scanner.statusCode.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        reason = String(decoding: scanner.reason, as: UTF8.self)
        headers = scanner.headers
        guard status >= 100 else {
            throw HTTPParseError(.invalidStatus, "status code \(status) is below 100")
        }
        framing = try HTTPResponseHead.framing(status: status, headers: headers, requestMethod: requestMethod)
        keepAlive = framing != .untilClose && HTTPFramingRules.keepAlive(version: version, headers: headers)
    }

    private static func framing(
        status: Int, headers: HTTPHeaders, requestMethod: String
    ) throws(HTTPParseError) -> HTTPBodyFraming {
        if requestMethod == "HEAD" || status < 200 || status == 204 || status == 304 { return .none }
        if requestMethod == "CONNECT" && status < 300 { return .none }

        let length = try HTTPFramingRules.contentLength(headers)
        guard let chunked = try HTTPFramingRules.isChunked(headers, isRequest: false) else {
            return length.map { .length($0) } ?? .untilClose
        }
        if length != nil {
            throw HTTPParseError(
                .contentLengthWithTransferEncoding, "response has both Content-Length and Transfer-Encoding")
        }
        return chunked ? .chunked : .untilClose
    }
}
