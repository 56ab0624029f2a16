import Testing

@testable import PaddockWorkspace

@Suite struct MultipartReaderTests {
    let body = Array(
        ("--XYZ\r\nContent-Disposition: form-data; name=\"path\"\r\n\r\n/tmp/a.bin\r\n"
            + "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\nhello\r\n--XY-world\r\n--XYZ--\r\n").utf8)

    /// Feeds the body in pieces of `size` bytes and collects each part's content.
    private func parts(pieceSize size: Int) throws -> [String: String] {
        var reader = MultipartReader(boundary: "XYZ")
        var result: [String: String] = [:]
        var current = ""
        var offset = 0
        while offset < body.count {
            let piece = Array(body[offset..<min(body.count, offset + size)])
            offset += size
            for event in try reader.feed(piece) {
                switch event {
                case .partStarted(let header): current = header.name
                case .content(let bytes): result[current, default: ""] += String(decoding: bytes, as: UTF8.self)
                case .partEnded: break
                }
            }
        }
        #expect(reader.isFinished)
        return result
    }

    @Test(arguments: [1, 2, 7, 1000]) func partsSurviveAnySplit(size: Int) throws {
        let result = try parts(pieceSize: size)
        #expect(result["path"] == "/tmp/a.bin")
        #expect(result["file"] == "hello\r\n--XY-world")
    }

    @Test func boundaryIsReadFromContentType() {
        #expect(MultipartReader.boundary(fromContentType: "multipart/form-data; boundary=abc") == "abc")
        #expect(MultipartReader.boundary(fromContentType: "multipart/form-data; boundary=\"a b\"") == "a b")
        #expect(MultipartReader.boundary(fromContentType: "application/json") == nil)
    }

    @Test func bodyWithoutClosingBoundaryIsRejected() throws {
        var reader = MultipartReader(boundary: "XX")
        let events = try reader.feed(
            Array("--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nabc".utf8))
        #expect(events.count == 1)
        #expect(!reader.isFinished)
        let error = #expect(throws: MultipartReader.FormatError.self) { try reader.finish() }
        #expect(error?.description.contains("\"--XX--\"") == true)
    }

    @Test func completeBodyFinishes() throws {
        var reader = MultipartReader(boundary: "B")
        _ = try reader.feed(Array("--B\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--B--\r\n".utf8))
        try reader.finish()
        #expect(reader.isFinished)
    }

    @Test func partWithoutNameIsRejected() {
        var reader = MultipartReader(boundary: "B")
        #expect(throws: MultipartReader.FormatError.self) {
            _ = try reader.feed(Array("--B\r\nContent-Type: text/plain\r\n\r\nx\r\n--B--".utf8))
        }
    }
}
