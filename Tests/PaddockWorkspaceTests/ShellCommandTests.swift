import Testing

@testable import PaddockWorkspace

@Suite struct ShellCommandTests {
    let marker = Array("\u{1E}PDKtoken-1:".utf8)

    @Test func partialMarkerAtTheEndIsHeldBack() {
        let bytes = Array("output\u{1E}PDKto".utf8)
        #expect(ShellCommand.partialMarkerStart(marker, in: bytes) == 6)
    }

    @Test func outputWithoutMarkerIsWhole() {
        let bytes = Array("plain output\u{1E}x".utf8)
        #expect(ShellCommand.partialMarkerStart(marker, in: bytes) == bytes.count)
    }

    @Test func outputEndStopsBeforeAPartialMarker() {
        let log = ByteLog()
        log.append(Array("ready".utf8))
        let command = ShellCommand(command: "ls", marker: marker, start: log.startHead(), prompt: "$", log: log)
        log.append(Array("file\n\u{1E}PDKtok".utf8))
        #expect(command.outputEnd == 10)
        command.recordScan(upTo: 10, markerAt: 10)
        log.append(Array("en-1:0:/tmp\u{1F}\n".utf8))
        #expect(command.outputEnd == 10)
    }
}
