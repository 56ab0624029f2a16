import Foundation

/// One command typed into a shell session, and where its output lies in the session's terminal log.
final class ShellCommand: @unchecked Sendable {
    /// The contract's `BashCommandStatus`.
    enum Status: String {
        case running, completed
        case noChangeTimeout = "no_change_timeout"
        case hardTimeout = "hard_timeout"
        case terminated
    }

    let command: String
    /// The marker that the shell prints when the command ends.
    let marker: [UInt8]
    /// The terminal log offset where the command's output starts.
    let start: Int
    let startedAt = Date()
    let prompt: String
    /// The terminal log of the shell that runs the command.
    let log: ByteLog
    private let lock = NSLock()
    private var endOffset: Int?
    private var exit: Int?
    private var finalStatus: Status?
    private var scanned: Int
    private var markerOffset: Int?

    init(command: String, marker: [UInt8], start: Int, prompt: String, log: ByteLog) {
        self.command = command
        self.log = log
        self.marker = marker
        self.start = start
        self.prompt = prompt
        scanned = start
    }

    var status: Status { lock.withLock { finalStatus ?? .running } }
    var exitCode: Int? { lock.withLock { exit } }
    var end: Int? { lock.withLock { endOffset } }

    /// The log offset up to which the output contains no start of the marker, so that each search for
    /// it reads only the new output.
    var scannedOffset: Int { lock.withLock { scanned } }

    /// Records a search for the marker: where it starts when found, or how far the output is
    /// free of it otherwise.
    func recordScan(upTo offset: Int, markerAt found: Int?) {
        lock.withLock {
            scanned = max(scanned, found ?? offset)
            if let found { markerOffset = found }
        }
    }

    /// The log offset where the command's output ends so far: at its marker once the shell has
    /// printed it, otherwise at the end of the log less any start of the marker there.
    var outputEnd: Int {
        if let known = lock.withLock({ endOffset ?? markerOffset }) { return known }
        let length = log.length
        let last = log.read(from: length - marker.count + 1, upTo: length)
        return last.start + Self.partialMarkerStart(marker, in: last.bytes)
    }

    /// Returns the index where `bytes` end with a proper prefix of `marker`, or `bytes.count`.
    static func partialMarkerStart(_ marker: [UInt8], in bytes: [UInt8]) -> Int {
        for index in bytes.indices where bytes[index] == marker.first {
            let rest = bytes[index...]
            if rest.count < marker.count, rest.elementsEqual(marker.prefix(rest.count)) { return index }
        }
        return bytes.count
    }

    /// Records the end: the offset where the marker starts, the exit code, and the status.
    func finish(at offset: Int?, exitCode: Int?, status: Status) {
        lock.withLock {
            guard finalStatus == nil else { return }
            endOffset = offset
            exit = exitCode
            finalStatus = status
        }
    }

    /// Sets the status of a command that a kill or timeout ended, keeping its end and exit code.
    func markEnded(_ status: Status) {
        lock.withLock {
            if endOffset == nil { endOffset = log.length }
            finalStatus = status
        }
    }

    /// Whether the shell has finished the command or the command was ended.
    var isDone: Bool { lock.withLock { finalStatus != nil } }
}
