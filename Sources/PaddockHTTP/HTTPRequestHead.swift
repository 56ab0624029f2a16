/// The parsed head of a request: request line, header fields and what follows from them.
public struct HTTPRequestHead: Sendable, Equatable {
    public var method: String
    public var target: HTTPRequestTarget
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    /// The framing of the body that follows the head.
    public var framing: HTTPBodyFraming
    /// Whether the client expects the connection to stay open after the response.
    public var keepAlive: Bool
    /// Whether the client sent `Expect: 100-continue` and waits for a 100 response before the body.
    public var expectsContinue: Bool
    /// The protocols of the Upgrade field, lowercased, when Connection lists `upgrade`; empty otherwise.
    public var upgradeProtocols: [String]

    /// Builds a head for a request to be sent, deriving framing and keep-alive from `headers`.
    public init(method: String, target: String, version: HTTPVersion = .http1_1, headers: HTTPHeaders = [:]) throws {
        self.method = method
        self.target = try HTTPRequestTarget.parse(target, method: method)
        self.version = version
        self.headers = headers
        framing = try HTTPRequestHead.framing(headers: headers, version: version)
        keepAlive = HTTPFramingRules.keepAlive(version: version, headers: headers)
        expectsContinue = false
        upgradeProtocols = []
    }

    /// Builds a head from a finished scan and applies the request rules of RFC 9112.
    init(scanned scanner: HeadScanner) throws(HTTPParseError) {
        method = String(decoding: scanner.method, as: UTF8.self)
        version = scanner.parsedVersion
        headers = scanner.headers
        target = try HTTPRequestTarget.parse(String(decoding: scanner.target, as: UTF8.self), method: method)
        try HTTPRequestHead.checkHost(headers: headers, version: version)
        framing = try HTTPRequestHead.framing(headers: headers, version: version)
        keepAlive = HTTPFramingRules.keepAlive(version: version, headers: headers)
        expectsContinue = try HTTPRequestHead.expectsContinue(headers: headers, version: version)
        upgradeProtocols =
            headers.tokens(for: "Connection").contains("upgrade") ? headers.tokens(for: "Upgrade") : []
    }

    private static func checkHost(headers: HTTPHeaders, version: HTTPVersion) throws(HTTPParseError) {
        let hosts = headers.values(for: "Host")
        if hosts.count > 1 {
            throw HTTPParseError(.duplicateHost, "request has \(hosts.count) Host fields; send exactly one")
        }
        if hosts.isEmpty && version.keepsAliveByDefault {
            throw HTTPParseError(.missingHost, "HTTP/1.1 request has no Host field; add one")
        }
    }

    private static func framing(headers: HTTPHeaders, version: HTTPVersion) throws(HTTPParseError) -> HTTPBodyFraming {
        let length = try HTTPFramingRules.contentLength(headers)
        guard headers.contains("Transfer-Encoding") else { return length.map { .length($0) } ?? .none }

        if length != nil {
            throw HTTPParseError(
                .contentLengthWithTransferEncoding,
                "request has both Content-Length and Transfer-Encoding; send only one of them")
        }
        if !version.keepsAliveByDefault {
            throw HTTPParseError(.invalidTransferEncoding, "HTTP/1.0 requests cannot use Transfer-Encoding")
        }
        _ = try HTTPFramingRules.isChunked(headers, isRequest: true)
        return .chunked
    }

    private static func expectsContinue(headers: HTTPHeaders, version: HTTPVersion) throws(HTTPParseError) -> Bool {
        let expectations = headers.tokens(for: "Expect")
        guard !expectations.isEmpty else { return false }
        guard expectations == ["100-continue"] else {
            throw HTTPParseError(
                .unsupportedExpectation, "Expect \(expectations.joined(separator: ", ").prefix(64)) is not supported")
        }
        // RFC 9110, section 10.1.1: a server ignores 100-continue from an HTTP/1.0 client.
        return version.keepsAliveByDefault
    }
}
