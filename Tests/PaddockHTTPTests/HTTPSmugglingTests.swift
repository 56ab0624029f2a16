import Testing

@testable import PaddockHTTP

/// Each shape here lets two parsers disagree about where a request ends, or breaks the grammar.
struct HTTPSmugglingTests {
    @Test(arguments: [
        (
            "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            HTTPParseError.Kind.contentLengthWithTransferEncoding
        ),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", .conflictingContentLength),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3, 4\r\n\r\nabcd", .conflictingContentLength),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: +3\r\n\r\nabc", .invalidContentLength),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 0x3\r\n\r\nabc", .invalidContentLength),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3 3\r\n\r\nabc", .invalidContentLength),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999\r\n\r\n", .invalidContentLength),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length:\r\n\r\n", .invalidContentLength),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n", .invalidTransferEncoding),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked, chunked\r\n\r\n", .invalidTransferEncoding),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", .unsupportedTransferCoding),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: xchunked\r\n\r\n", .invalidTransferEncoding),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding:\r\n\r\n", .invalidTransferEncoding),
        ("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", .invalidTransferEncoding),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nz\r\n", .invalidChunkSize),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n", .invalidChunkSize),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n 5\r\nhello\r\n0\r\n\r\n", .invalidChunkSize),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5 \r\nhello\r\n0\r\n\r\n", .invalidChunkSize),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n10000000000000000\r\n", .invalidChunkSize),
        (
            "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloX\r\n0\r\n\r\n",
            .invalidChunkTerminator
        ),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\nhello\r\n0\r\n\r\n", .bareLineFeed),
        (
            "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5;a\u{01}\r\nhello\r\n0\r\n\r\n",
            .invalidChunkExtension
        ),
        ("GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\n folded\r\n\r\n", .obsoleteLineFolding),
        ("GET / HTTP/1.1\r\n Host: h\r\n\r\n", .obsoleteLineFolding),
        ("GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\n\r\n", .bareLineFeed),
        ("GET / HTTP/1.1\nHost: h\r\n\r\n", .bareLineFeed),
        ("GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\r\n\r\n", .bareCarriageReturn),
        ("GET / HTTP/1.1\r\nHost: h\r\nX-A: a\rb\r\n\r\n", .bareCarriageReturn),
        ("GET / HTTP/1.1\r\nHost: h\r\n\rX\r\n", .bareCarriageReturn),
        ("GET / HTTP/1.1\r\nHost: h\r\nX-A : 1\r\n\r\n", .whitespaceBeforeColon),
        ("GET / HTTP/1.1\r\nHost: h\r\nX-A\t: 1\r\n\r\n", .whitespaceBeforeColon),
        ("GET / HTTP/1.1\r\nHost: h\r\nX(A): 1\r\n\r\n", .invalidHeaderName),
        ("GET / HTTP/1.1\r\nHost: h\r\nX-\u{00E9}: 1\r\n\r\n", .invalidHeaderName),
        ("GET / HTTP/1.1\r\nHost: h\r\n: 1\r\n\r\n", .invalidHeaderName),
        ("GET / HTTP/1.1\r\nHost: h\r\nNoColon\r\n\r\n", .invalidHeaderName),
        ("GET / HTTP/1.1\r\nHost: h\r\nX-A: a\u{00}b\r\n\r\n", .invalidHeaderValue),
        ("GET / HTTP/1.1\r\nHost: h\r\nX-A: a\u{7F}b\r\n\r\n", .invalidHeaderValue),
        ("G(T / HTTP/1.1\r\nHost: h\r\n\r\n", .invalidMethod),
        (" GET / HTTP/1.1\r\nHost: h\r\n\r\n", .invalidMethod),
        ("GET\t/ HTTP/1.1\r\nHost: h\r\n\r\n", .invalidMethod),
        ("GET  / HTTP/1.1\r\nHost: h\r\n\r\n", .invalidTarget),
        ("GET /a\u{7F} HTTP/1.1\r\nHost: h\r\n\r\n", .invalidTarget),
        ("GET /a#frag HTTP/1.1\r\nHost: h\r\n\r\n", .invalidTarget),
        ("GET /%zz HTTP/1.1\r\nHost: h\r\n\r\n", .invalidTarget),
        ("GET /%00 HTTP/1.1\r\nHost: h\r\n\r\n", .invalidTarget),
        ("GET /?a=%C3 HTTP/1.1\r\nHost: h\r\n\r\n", .invalidTarget),
        ("GET a/b HTTP/1.1\r\nHost: h\r\n\r\n", .invalidTarget),
        ("GET * HTTP/1.1\r\nHost: h\r\n\r\n", .invalidTarget),
        ("CONNECT /path HTTP/1.1\r\nHost: h\r\n\r\n", .invalidTarget),
        ("CONNECT example.com HTTP/1.1\r\nHost: h\r\n\r\n", .invalidTarget),
        ("CONNECT example.com:99999 HTTP/1.1\r\nHost: h\r\n\r\n", .invalidTarget),
        ("CONNECT a/b:80 HTTP/1.1\r\nHost: h\r\n\r\n", .invalidTarget),
        ("GET 1http://x/ HTTP/1.1\r\nHost: h\r\n\r\n", .invalidTarget),
        ("GET / HTTP/1.1 \r\nHost: h\r\n\r\n", .invalidVersion),
        ("GET / HTTP/11\r\nHost: h\r\n\r\n", .invalidVersion),
        ("GET / http/1.1\r\nHost: h\r\n\r\n", .invalidVersion),
        ("GET /\r\nHost: h\r\n\r\n", .invalidVersion),
        ("GET / HTTP/2.0\r\nHost: h\r\n\r\n", .unsupportedVersion),
        ("GET / HTTP/1.1\r\n\r\n", .missingHost),
        ("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", .duplicateHost),
    ])
    func rejectsShape(_ text: String, _ kind: HTTPParseError.Kind) {
        #expect(ParserHarness.errorKind(text) == kind, "\(text.debugDescription)")
        #expect(ParserHarness.errorKind(text, pieceSize: 1) == kind, "byte at a time: \(text.debugDescription)")
    }

    @Test func identicalContentLengthsAccepted() throws {
        let text = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nContent-Length: 3, 3\r\n\r\nabc"
        let request = try #require(try ParserHarness.request(text))
        #expect(request.body == Array("abc".utf8))
    }

    @Test func statusesForErrors() {
        #expect(HTTPParseError(.headerSectionTooLarge, "").status == 431)
        #expect(HTTPParseError(.bodyTooLarge, "").status == 413)
        #expect(HTTPParseError(.timeout, "").status == 408)
        #expect(HTTPParseError(.unsupportedTransferCoding, "").status == 501)
        #expect(HTTPParseError(.invalidHeaderName, "").status == 400)
        #expect(HTTPParseError(.startLineTooLong, "").status == 414)
    }

    @Test func errorMessageOmitsHeaderValue() {
        do {
            _ = try ParserHarness.requests(
                Array("GET / HTTP/1.1\r\nHost: h\r\nAuthorization: secret\u{01}\r\n\r\n".utf8))
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("Authorization"))
            #expect(!error.message.contains("secret"))
        }
    }
}
