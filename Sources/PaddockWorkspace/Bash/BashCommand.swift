import Foundation
import Glibc

/// One command of a bash session: a `bash -c` process with separate stdout and stderr logs.
final class BashCommand: @unchecked Sendable {
    /// The lifecycle states of the contract's `CommandStatus`.
    enum Status: String {
        case running, completed
        case timedOut = "timed_out"
        case killed
    }

    let id: String
    let command: String
    let process: ChildProcess
    private let lock = NSLock()
    private var stopReason: Status?

    init(id: String, command: String, process: ChildProcess) {
        self.id = id
        self.command = command
        self.process = process
    }

    /// Kills the command for `reason` (`timedOut` or `killed`) with `signal`.
    func stop(_ reason: Status, signal: Int32 = SIGKILL) {
        lock.withLock { if stopReason == nil { stopReason = reason } }
        process.signal(signal)
    }

    var status: Status {
        guard process.isFinished else { return .running }
        return lock.withLock { stopReason } ?? .completed
    }

    /// The exit code once the command has finished, as a shell reports it (128 + signal).
    var exitCode: Int? {
        guard process.isFinished, let exit = process.exitStatus else { return nil }
        return Int(exit.shellCode)
    }

    /// The contract's `BashCommandInfo`.
    var info: JSONValue {
        ["command_id": .string(id), "command": .string(command), "status": .string(status.rawValue),
         "exit_code": .from(exitCode)]
    }
}
