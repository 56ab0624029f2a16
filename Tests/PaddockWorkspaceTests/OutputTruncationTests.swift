import Testing

@testable import PaddockWorkspace

@Suite struct OutputTruncationTests {
    @Test func shortTextUnchanged() {
        #expect(OutputTruncation.middle("hello", limit: 10) == "hello")
        #expect(OutputTruncation.middle("hello", limit: 0) == "hello")
    }

    @Test func longTextKeepsHeadAndTail() {
        let text = String(repeating: "a", count: 50) + String(repeating: "b", count: 50)
        let shortened = OutputTruncation.middle(text, limit: 10)
        #expect(shortened.hasPrefix("aaaaa\n"))
        #expect(shortened.hasSuffix("\nbbbbb"))
        #expect(shortened.contains("[90 characters truncated]"))
    }

    @Test func partialDecodeHoldsBackIncompleteCharacter() {
        let bytes: [UInt8] = Array("hé".utf8).dropLast()
        let decoded = OutputTruncation.decode(bytes, partial: true)
        #expect(decoded.text == "h")
        #expect(decoded.used == 1)
    }

    @Test func partialDecodeOfNothing() {
        let decoded = OutputTruncation.decode([UInt8](), partial: true)
        #expect(decoded.text == "")
        #expect(decoded.used == 0)
    }

    @Test func partialDecodeKeepsCompleteFourByteCharacter() {
        let bytes = Array("a😀".utf8)
        #expect(OutputTruncation.decode(bytes, partial: true).used == 5)
        #expect(OutputTruncation.decode(bytes.dropLast(), partial: true).used == 1)
    }

    @Test func wholeDecodeReplacesInvalidBytes() {
        let decoded = OutputTruncation.decode([0x61, 0xFF, 0x62])
        #expect(decoded.text == "a\u{FFFD}b")
        #expect(decoded.used == 3)
    }
}
