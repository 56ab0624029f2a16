import Testing

@testable import PaddockHTTP

struct ChunkedCodingTests {
    private func encode(_ pieces: [[UInt8]], trailers: HTTPHeaders = [:]) -> [UInt8] {
        pieces.flatMap { ChunkedEncoder.chunk($0) } + ChunkedEncoder.lastChunk(trailers: trailers)
    }

    @Test func roundTripPieces() throws {
        let pieces: [[UInt8]] = [Array("a".utf8), [UInt8](repeating: 7, count: 300), [], Array(0...255)]
        let encoded = encode(pieces)
        for size in [1, 2, 5, 64, encoded.count] {
            let (body, trailers, rest) = try ParserHarness.dechunk(encoded, pieceSize: size)
            #expect(body == pieces.flatMap { $0 }, "piece size \(size)")
            #expect(trailers == [:])
            #expect(rest.isEmpty)
        }
    }

    @Test func roundTripTrailers() throws {
        let encoded = encode([Array("data".utf8)], trailers: ["X-Sum": "1", "X-Other": "two words"])
        let (body, trailers, _) = try ParserHarness.dechunk(encoded, pieceSize: 3)
        #expect(body == Array("data".utf8))
        #expect(trailers?.fields == [HTTPField("X-Sum", "1"), HTTPField("X-Other", "two words")])
    }

    @Test func bytesAfterLastChunkLeftUnconsumed() throws {
        let encoded = encode([Array("x".utf8)]) + Array("NEXT".utf8)
        let (_, _, rest) = try ParserHarness.dechunk(encoded, pieceSize: encoded.count)
        #expect(rest == Array("NEXT".utf8))
    }

    @Test func uppercaseHexSize() throws {
        let encoded = Array("A\r\n0123456789\r\n0\r\n\r\n".utf8)
        let (body, _, _) = try ParserHarness.dechunk(encoded, pieceSize: 4)
        #expect(body.count == 10)
    }

    @Test func emptyChunkNotEmitted() {
        #expect(ChunkedEncoder.chunk([UInt8]()).isEmpty)
    }

    @Test func chunkHeaderIsHex() {
        #expect(ChunkedEncoder.chunkHeader(count: 255) == Array("ff\r\n".utf8))
    }

    @Test func incompleteBodyHasNoEnd() throws {
        let (_, trailers, _) = try ParserHarness.dechunk(Array("5\r\nhel".utf8), pieceSize: 2)
        #expect(trailers == nil)
    }
}
