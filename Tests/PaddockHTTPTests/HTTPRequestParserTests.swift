import Testing

@testable import PaddockHTTP

struct HTTPRequestParserTests {
    static let get = "GET /v1/files?path=%2Ftmp%2Fa+b&x HTTP/1.1\r\nHost: example\r\nAccept: */*\r\n\r\n"
    static let post = "POST /upload HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\nhello world"
    static let chunked =
        "POST /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
        + "5;name=value\r\nhello\r\n6\r\n world\r\n0\r\nX-Checksum: abc\r\n\r\n"

    @Test func getRequestLine() throws {
        let request = try #require(try ParserHarness.request(Self.get))
        #expect(request.head.method == "GET")
        #expect(request.head.version == .http1_1)
        #expect(request.head.target.form == .origin)
        #expect(request.head.target.rawPath == "/v1/files")
        #expect(request.head.target.path == "/v1/files")
        #expect(request.head.target.rawQuery == "path=%2Ftmp%2Fa+b&x")
    }

    @Test func queryItemsDecoded() throws {
        let request = try #require(try ParserHarness.request(Self.get))
        #expect(request.head.target.queryItems == [HTTPQueryItem("path", "/tmp/a b"), HTTPQueryItem("x", nil)])
    }

    @Test func pathPercentDecoded() throws {
        let request = try #require(try ParserHarness.request("GET /a%20b/%C3%A9 HTTP/1.1\r\nHost: h\r\n\r\n"))
        #expect(request.head.target.path == "/a b/é")
        #expect(request.head.target.rawPath == "/a%20b/%C3%A9")
    }

    @Test func headersKeepOrderAndDuplicates() throws {
        let text = "GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\nx-a: 2\r\nX-B:   padded  \r\n\r\n"
        let request = try #require(try ParserHarness.request(text))
        #expect(request.head.headers.fields.map(\.name) == ["Host", "X-A", "x-a", "X-B"])
        #expect(request.head.headers.values(for: "x-a") == ["1", "2"])
        #expect(request.head.headers["x-b"] == "padded")
    }

    @Test func emptyHeaderValueAllowed() throws {
        let request = try #require(try ParserHarness.request("GET / HTTP/1.1\r\nHost: h\r\nX-Empty:\r\n\r\n"))
        #expect(request.head.headers["X-Empty"] == "")
    }

    @Test func contentLengthBody() throws {
        let request = try #require(try ParserHarness.request(Self.post))
        #expect(request.head.framing == .length(11))
        #expect(request.body == Array("hello world".utf8))
    }

    @Test func chunkedBodyWithTrailers() throws {
        let request = try #require(try ParserHarness.request(Self.chunked))
        #expect(request.head.framing == .chunked)
        #expect(request.body == Array("hello world".utf8))
        #expect(request.trailers["x-checksum"] == "abc")
    }

    @Test func byteAtATimeMatchesWhole() throws {
        for text in [Self.get, Self.post, Self.chunked] {
            let whole = try ParserHarness.requests(Array(text.utf8))
            let single = try ParserHarness.requests(Array(text.utf8), pieceSize: 1)
            let odd = try ParserHarness.requests(Array(text.utf8), pieceSize: 7)
            #expect(whole.count == 1)
            #expect(single == whole)
            #expect(odd == whole)
        }
    }

    @Test func pipelinedRequestsInOrder() throws {
        let input = Array((Self.post + Self.get + Self.chunked).utf8)
        let requests = try ParserHarness.requests(input)
        #expect(requests.map(\.head.method) == ["POST", "GET", "POST"])
        #expect(requests.map(\.head.target.rawPath) == ["/upload", "/v1/files", "/c"])
        #expect(try ParserHarness.requests(input, pieceSize: 1) == requests)
    }

    @Test func leadingEmptyLineIgnored() throws {
        let request = try #require(try ParserHarness.request("\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n"))
        #expect(request.head.method == "GET")
    }

    @Test func keepAliveRules() throws {
        let cases: [(String, Bool)] = [
            ("GET / HTTP/1.1\r\nHost: h\r\n\r\n", true),
            ("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n", false),
            ("GET / HTTP/1.1\r\nHost: h\r\nConnection: Keep-Alive, CLOSE\r\n\r\n", false),
            ("GET / HTTP/1.0\r\n\r\n", false),
            ("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", true),
        ]
        for (text, expected) in cases {
            let request = try #require(try ParserHarness.request(text))
            #expect(request.head.keepAlive == expected, "\(text.debugDescription)")
        }
    }

    @Test func expectContinueFlag() throws {
        let text = "PUT /f HTTP/1.1\r\nHost: h\r\nExpect: 100-Continue\r\nContent-Length: 1\r\n\r\nx"
        let request = try #require(try ParserHarness.request(text))
        #expect(request.head.expectsContinue)
    }

    @Test func expectContinueIgnoredForHTTP10() throws {
        let text = "PUT /f HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\nx"
        let request = try #require(try ParserHarness.request(text))
        #expect(!request.head.expectsContinue)
    }

    @Test func unknownExpectationRejected() {
        let text = "GET / HTTP/1.1\r\nHost: h\r\nExpect: teapot\r\n\r\n"
        #expect(ParserHarness.errorKind(text) == .unsupportedExpectation)
    }

    @Test func upgradeProtocolsNeedConnectionToken() throws {
        let upgrade = "GET /ws HTTP/1.1\r\nHost: h\r\nConnection: keep-alive, Upgrade\r\nUpgrade: WebSocket\r\n\r\n"
        #expect(try ParserHarness.request(upgrade)?.head.upgradeProtocols == ["websocket"])
        let without = "GET /ws HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\n\r\n"
        #expect(try ParserHarness.request(without)?.head.upgradeProtocols == [])
    }

    @Test func connectAuthorityForm() throws {
        let request = try #require(
            try ParserHarness.request("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n"))
        #expect(request.head.target.form == .authority)
        #expect(request.head.target.authority == "example.com:443")
    }

    @Test func connectIPv6AuthorityForm() throws {
        let request = try #require(try ParserHarness.request("CONNECT [::1]:8080 HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n"))
        #expect(request.head.target.form == .authority)
    }

    @Test func absoluteForm() throws {
        let request = try #require(
            try ParserHarness.request("GET http://example.com/a?b=c HTTP/1.1\r\nHost: example.com\r\n\r\n"))
        #expect(request.head.target.form == .absolute)
        #expect(request.head.target.authority == "example.com")
        #expect(request.head.target.path == "/a")
        #expect(request.head.target.queryItems == [HTTPQueryItem("b", "c")])
    }

    @Test func absoluteFormWithoutPath() throws {
        let request = try #require(
            try ParserHarness.request("GET http://example.com HTTP/1.1\r\nHost: example.com\r\n\r\n"))
        #expect(request.head.target.path == "/")
    }

    @Test func asteriskFormForOptions() throws {
        let request = try #require(try ParserHarness.request("OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n"))
        #expect(request.head.target.form == .asterisk)
    }

    @Test func finishInsideHeadThrows() {
        var parser = HTTPRequestParser()
        _ = try? parser.parse(Array("GET / HTT".utf8))
        #expect(throws: HTTPParseError.self) { try parser.finish() }
    }

    @Test func finishBetweenRequestsIsClean() throws {
        var parser = HTTPRequestParser()
        #expect(try parser.finish() == nil)
    }

    @Test func finishInsideBodyThrows() {
        let text = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nabc"
        #expect(ParserHarness.errorKind(text) == .incompleteMessage)
    }
}
