import Foundation
import Testing

@testable import PaddockWorkspace

@Suite struct ByteLogTests {
    @Test func offsetsCountDroppedBytes() {
        let log = ByteLog(retainedBytes: 100)
        for _ in 0..<10 { log.append([UInt8](repeating: 0x61, count: 50)) }
        #expect(log.length == 500)
        let read = log.read(from: 0)
        #expect(read.start > 0)
        #expect(read.start + read.bytes.count == 500)
        #expect(read.bytes.count <= 125)
    }

    @Test func headSurvivesDroppedMiddle() {
        let log = ByteLog(retainedBytes: 100)
        log.append(Array("first".utf8))
        for _ in 0..<10 { log.append([UInt8](repeating: 0x2E, count: 50)) }
        log.append(Array("last".utf8))
        let edges = log.edges(maxBytes: 5)
        #expect(edges.head == Array("first".utf8))
        #expect(edges.tail == Array(".last".utf8))
        #expect(edges.length == 509)
    }

    @Test func waitReturnsWhenClosed() {
        let log = ByteLog()
        log.close()
        #expect(!log.wait(beyond: 0, until: Date().addingTimeInterval(5)))
        #expect(log.isClosed)
    }

    @Test func edgeTruncationCountsOmittedBytes() {
        let text = OutputTruncation.middle(head: Array("abcdef".utf8), tail: Array("uvwxyz".utf8), length: 1000, limit: 4)
        #expect(text == "ab\n\n... [996 bytes truncated] ...\n\nyz")
    }

    @Test func edgeTruncationSkipsSplitCharacter() {
        let tail = Array(Array("é".utf8).dropFirst()) + Array("ok".utf8)
        let text = OutputTruncation.middle(head: Array("hi".utf8), tail: tail, length: 100, limit: 4)
        #expect(text.hasSuffix("\n\nok"))
    }
}

@Suite struct ByteLogHeadTests {
    @Test func startedHeadSurvivesDroppedBytes() {
        let log = ByteLog(retainedBytes: 100, headBytes: 8)
        log.append(Array("old output".utf8))
        let start = log.startHead()
        #expect(start == 10)
        log.append(Array("new head".utf8))
        for _ in 0..<10 { log.append([UInt8](repeating: 0x2E, count: 50)) }
        #expect(log.oldestRetainedOffset > start)
        let head = log.read(from: start, upTo: start + 100)
        #expect(head.start == start)
        #expect(head.bytes == Array("new head".utf8))
    }

    @Test func readStopsAtTheEnd() {
        let log = ByteLog()
        log.append(Array("0123456789".utf8))
        let middle = log.read(from: 2, upTo: 5)
        #expect(middle.bytes == Array("234".utf8))
        #expect(middle.start == 2)
        #expect(log.read(from: 8, upTo: 100).bytes == Array("89".utf8))
        #expect(log.read(from: 5, upTo: 3).bytes.isEmpty)
    }

    @Test func readBelowKeptBytesStartsAtOldestKept() {
        let log = ByteLog(retainedBytes: 100, headBytes: 4)
        for _ in 0..<10 { log.append([UInt8](repeating: 0x2E, count: 50)) }
        // Offset 300 is neither in the head (0..<4) nor among the newest bytes.
        let read = log.read(from: 300, upTo: 500)
        #expect(read.start == log.oldestRetainedOffset)
        #expect(read.start + read.bytes.count == 500)
    }
}
