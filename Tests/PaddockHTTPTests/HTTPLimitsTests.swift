import Testing

@testable import PaddockHTTP

struct HTTPLimitsTests {
    private func limits(headerBytes: Int = 64 * 1024, headerCount: Int = 100, startLine: Int = 16 * 1024) -> HTTPLimits
    {
        var limits = HTTPLimits()
        limits.maxHeaderBytes = headerBytes
        limits.maxHeaderCount = headerCount
        limits.maxStartLineBytes = startLine
        return limits
    }

    @Test func headerSectionLimit() {
        let text = "GET / HTTP/1.1\r\nHost: h\r\nX-Big: \(String(repeating: "a", count: 300))\r\n\r\n"
        #expect(ParserHarness.errorKind(text, limits: limits(headerBytes: 256)) == .headerSectionTooLarge)
        #expect(ParserHarness.errorKind(text, pieceSize: 1, limits: limits(headerBytes: 256)) == .headerSectionTooLarge)
    }

    @Test func headerSectionAtLimitAccepted() throws {
        let text = "GET / HTTP/1.1\r\nHost: h\r\n\r\n"
        let request = try ParserHarness.request(text, limits: limits(headerBytes: text.utf8.count))
        #expect(request != nil)
        #expect(
            ParserHarness.errorKind(text, limits: limits(headerBytes: text.utf8.count - 1)) == .headerSectionTooLarge)
    }

    @Test func headerLimitStopsEarly() {
        // The parser must fail once the limit is passed, without waiting for the end of the head.
        var parser = HTTPRequestParser(limits: limits(headerBytes: 100))
        let endless = Array("GET / HTTP/1.1\r\nX: ".utf8) + [UInt8](repeating: 0x61, count: 200)
        #expect(throws: HTTPParseError.self) { try parser.parse(endless) }
    }

    @Test func headerCountLimit() {
        let fields = (0..<5).map { "X-\($0): v\r\n" }.joined()
        let text = "GET / HTTP/1.1\r\nHost: h\r\n\(fields)\r\n"
        #expect(ParserHarness.errorKind(text, limits: limits(headerCount: 5)) == .tooManyHeaders)
        #expect(ParserHarness.errorKind(text, limits: limits(headerCount: 6)) == nil)
    }

    @Test func startLineLimit() {
        let text = "GET /\(String(repeating: "a", count: 100)) HTTP/1.1\r\nHost: h\r\n\r\n"
        #expect(ParserHarness.errorKind(text, limits: limits(startLine: 64)) == .startLineTooLong)
        #expect(ParserHarness.errorKind(text, pieceSize: 3, limits: limits(startLine: 64)) == .startLineTooLong)
    }

    @Test func trailerCountLimit() {
        let trailers = (0..<3).map { "T-\($0): v\r\n" }.joined()
        let text = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\(trailers)\r\n"
        #expect(ParserHarness.errorKind(text, limits: limits(headerCount: 2)) == .tooManyHeaders)
    }

    @Test func chunkLineLimit() {
        var limits = HTTPLimits()
        limits.maxChunkLineBytes = 16
        let extensionText = String(repeating: "e", count: 32)
        let text =
            "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "1;\(extensionText)\r\nx\r\n0\r\n\r\n"
        #expect(ParserHarness.errorKind(text, limits: limits) == .invalidChunkExtension)
    }
}
