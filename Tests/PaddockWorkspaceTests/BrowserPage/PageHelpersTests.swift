import Foundation
import Testing

@testable import PaddockWorkspace

@Suite struct PageHelpersTests {
    @Test func globToRegex() throws {
        let pattern = try Regex(PageWait.regex(fromGlob: "http://127.0.0.1:*/done/**"))
        #expect("http://127.0.0.1:8000/done/a/b".wholeMatch(of: pattern) != nil)
        #expect("http://127.0.0.1:8000/x/done/a".wholeMatch(of: pattern) == nil)
        let exact = try Regex(PageWait.regex(fromGlob: "http://a.test/?q=1"))
        #expect("http://a.test/?q=1".wholeMatch(of: exact) != nil)
        #expect("http://a.test/Xq=1".wholeMatch(of: exact) == nil)
    }

    @Test func urlWithoutScheme() {
        #expect(PageHandle.normalisedURL("example.com") == "http://example.com")
        #expect(PageHandle.normalisedURL("localhost:8000/x") == "http://localhost:8000/x")
        #expect(PageHandle.normalisedURL("https://a.test") == "https://a.test")
        #expect(PageHandle.normalisedURL("about:blank") == "about:blank")
        #expect(PageHandle.normalisedURL("data:text/html,hi") == "data:text/html,hi")
    }

    @Test func pngSize() {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        bytes += Array("IHDR".utf8) + [0, 0, 0x05, 0x00, 0, 0, 0x02, 0xD0]
        let size = ImageSize.of(bytes)
        #expect(size?.width == 1280)
        #expect(size?.height == 720)
    }

    @Test func jpegSize() {
        // SOI, an APP0 segment of length 4, then SOF0 with height 480 and width 640.
        let bytes: [UInt8] = [
            0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03,
        ]
        let size = ImageSize.of(bytes)
        #expect(size?.width == 640)
        #expect(size?.height == 480)
    }

    @Test func unknownImage() {
        #expect(ImageSize.of(Array("GIF89a".utf8)) == nil)
    }

    @Test func exceptionMessages() {
        let error: JSONValue = ["exception": ["subtype": "error", "description": "Error: boom\n    at <anonymous>:1:7"]]
        #expect(PageHandle.exceptionMessage(error) == "Error: boom")
        let thrown: JSONValue = ["exception": ["type": "string", "value": "plain"], "text": "Uncaught"]
        #expect(PageHandle.exceptionMessage(thrown) == "Uncaught \"plain\"")
    }
}
