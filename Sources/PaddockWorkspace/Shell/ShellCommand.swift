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

    init(command: String, marker: [UInt8], start: Int, prompt: String, log: ByteLog) {
        self.command = command
        self.log = log
        self.marker = marker
        self.start = start
        self.prompt = prompt
    }

    var status: Status { lock.withLock { finalStatus ?? .running } }
    var exitCode: Int? { lock.withLock { exit } }
    var end: Int? { lock.withLock { endOffset } }

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
