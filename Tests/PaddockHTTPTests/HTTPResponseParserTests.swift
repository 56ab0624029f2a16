import Testing

@testable import PaddockHTTP

struct HTTPResponseParserTests {
    /// Parses one response (after any 1xx responses) and returns its final head and body.
    private func parse(_ text: String, method: String = "GET", pieceSize: Int = 1) throws -> (HTTPResponseHead, [UInt8])
    {
        var parser = HTTPResponseParser()
        parser.requestMethod = method
        let input = Array(text.utf8)
        var pending: [UInt8] = []
        var offset = 0
        var head: HTTPResponseHead?
        var body: [UInt8] = []
        while true {
            let (consumed, event) = try parser.parse(pending)
            switch event {
            case .head(let parsed): head = parsed
            case .body(let range): body.append(contentsOf: pending[range])
            case .end:
                if let head, head.status >= 200 { return (head, body) }
            case nil: break
            }
            pending.removeFirst(consumed)
            if event == nil {
                guard offset < input.count else {
                    _ = try parser.finish()
                    return (try #require(head), body)
                }
                pending.append(input[offset])
                offset += min(pieceSize, 1)
            }
        }
    }

    @Test func statusLineAndBody() throws {
        let (head, body) = try parse("HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok")
        #expect(head.status == 201)
        #expect(head.reason == "Created")
        #expect(body == Array("ok".utf8))
        #expect(head.keepAlive)
    }

    @Test func emptyReasonWithoutSpace() throws {
        let (head, _) = try parse("HTTP/1.1 204\r\n\r\n")
        #expect(head.status == 204)
        #expect(head.reason == "")
    }

    @Test func headResponseHasNoBody() throws {
        let (head, body) = try parse("HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n", method: "HEAD")
        #expect(head.framing == .none)
        #expect(body.isEmpty)
    }

    @Test func closeDelimitedBody() throws {
        let (head, body) = try parse("HTTP/1.0 200 OK\r\n\r\nuntil the end")
        #expect(head.framing == .untilClose)
        #expect(!head.keepAlive)
        #expect(body == Array("until the end".utf8))
    }

    @Test func informationalResponseSkipped() throws {
        let (head, body) = try parse("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx")
        #expect(head.status == 200)
        #expect(body == [0x78])
    }

    @Test func chunkedResponse() throws {
        let (_, body) = try parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
        #expect(body == Array("abc".utf8))
    }

    @Test func connectSuccessHasNoBody() throws {
        let (head, _) = try parse("HTTP/1.1 200 Connection Established\r\n\r\n", method: "CONNECT")
        #expect(head.framing == .none)
    }

    @Test func bothFramingHeadersRejected() {
        #expect(throws: HTTPParseError.self) {
            try parse("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n")
        }
    }

    @Test func invalidStatusRejected() {
        #expect(throws: HTTPParseError.self) { try parse("HTTP/1.1 2x0 OK\r\n\r\n") }
        #expect(throws: HTTPParseError.self) { try parse("HTTP/1.1 099 Low\r\n\r\n") }
        #expect(throws: HTTPParseError.self) { try parse("HTTP/1.1 2000 OK\r\n\r\n") }
    }
}
