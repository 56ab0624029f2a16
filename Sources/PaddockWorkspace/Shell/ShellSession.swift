import Foundation
import Glibc

/// A persistent shell session on a pseudo-terminal: bash keeps its state (working directory,
/// variables, functions) between commands.
///
/// Each command goes to the shell as one `eval` line followed by a `printf` of a marker that contains
/// a per-session token, the exit code and the working directory, so the end of a command is found
/// without depending on the prompt, which commands may change. When the shell exits (a bare `exit`,
/// or a kill), the running command ends as `terminated` and the next command starts a new shell.
final class ShellSession: @unchecked Sendable {
    let id: String
    let createdAt = Date()
    private let context: WorkspaceContext
    private let lock = NSLock()
    /// Serializes `run`, so two requests cannot both find the session idle and type at once.
    private let runLock = NSLock()
    /// Serializes shell start-up, so concurrent first requests start one shell.
    private let startLock = NSLock()
    private var shell: ChildProcess?
    private var current: ShellCommand?
    private var console: [ShellCommand] = []
    private var lastUsed = Date()
    private var directory: String
    private var noChange: Double
    private let token = Identifier.make(length: 12)
    private var sequence = 0

    static let defaultNoChangeTimeout = 120.0
    /// Commands kept for the `console` field.
    static let consoleLength = 20
    /// The newest bytes of terminal output kept per session, shared by its commands.
    static let terminalRetainedBytes = 2 * 1024 * 1024
    /// The start of the current command's output kept beyond those, for replies that show its head.
    static let terminalHeadBytes = 64 * 1024
    static let rows: UInt16 = 40
    static let columns: UInt16 = 200
    static let markerStart: UInt8 = 0x1E
    static let markerEnd: UInt8 = 0x1F

    init(id: String, workingDirectory: String, noChangeTimeout: Double?, context: WorkspaceContext) {
        self.id = id
        self.context = context
        directory = workingDirectory
        noChange = noChangeTimeout ?? Self.defaultNoChangeTimeout
    }

    var workingDirectory: String { lock.withLock { directory } }
    var lastUsedAt: Date { lock.withLock { lastUsed } }
    var noChangeTimeout: Double {
        get { lock.withLock { noChange } }
        set { lock.withLock { noChange = newValue } }
    }

    func touch() {
        lock.withLock { lastUsed = Date() }
    }

    /// The running or most recent command.
    var latest: ShellCommand? {
        refresh()
        return lock.withLock { current ?? console.last }
    }

    /// The terminal of the session, started when there is none or the last one exited.
    func terminal() throws -> ChildProcess {
        try startLock.withLock {
            if let shell = lock.withLock({ shell }), shell.exitStatus == nil { return shell }
            return try startShell()
        }
    }

    private func startShell() throws -> ChildProcess {
        var environment = context.baseEnvironment
        environment["TERM"] = "xterm-256color"
        environment["PS1"] = ""
        environment["PS2"] = ""
        environment["PROMPT_COMMAND"] = ""
        environment["HISTFILE"] = ""
        let process = try ChildProcess.startOnTerminal(
            arguments: [context.shellPath, "--noediting", "--noprofile", "--norc", "-i"], environment: environment,
            workingDirectory: workingDirectory, rows: Self.rows, columns: Self.columns,
            output: ByteLog(retainedBytes: Self.terminalRetainedBytes, headBytes: Self.terminalHeadBytes))
        lock.withLock { shell = process }
        context.logger.info("shell started", ["session": id, "pid": String(process.pid)])
        // Wait for the shell to run one command, so that its start-up messages are not taken for the
        // output of the first command.
        let ready = try send(":", to: process)
        _ = wait(for: ready, on: process, until: Date().addingTimeInterval(10))
        lock.withLock { current = nil }
        return process
    }

    /// Types `command` into the shell and returns it as the session's current command.
    ///
    /// - Throws: `OperationFailure` when a command is still running.
    func run(_ command: String, in workingDirectory: String?) throws -> ShellCommand {
        try runLock.withLock { try runLocked(command, in: workingDirectory) }
    }

    private func runLocked(_ command: String, in workingDirectory: String?) throws -> ShellCommand {
        refresh()
        if let running = lock.withLock({ current }), !running.isDone {
            throw OperationFailure(
                "shell session '\(id)' is still running `\(running.command)`; wait for it, write to it or kill it with /v1/shell/wait, /v1/shell/write or /v1/shell/kill"
            )
        }
        let process = try terminal()
        var line = command
        if let workingDirectory { line = "cd " + ShellQuoting.single(workingDirectory) + " && " + command }
        let started = try send(line, to: process, display: command)
        lock.withLock {
            current = started
            console.append(started)
            if console.count > Self.consoleLength { console.removeFirst() }
            lastUsed = Date()
        }
        return started
    }

    private func send(_ command: String, to process: ChildProcess, display: String? = nil) throws -> ShellCommand {
        let number = lock.withLock { () -> Int in
            sequence += 1
            return sequence
        }
        let markerText = "PDK\(token)-\(number):"
        let marker = [Self.markerStart] + Array(markerText.utf8)
        let prompt = "\(context.userName)@sandbox:\(workingDirectory)$"
        let line =
            "eval " + Self.ansiQuoted(command) + "; __paddock_rc=$?; printf '\\036PDK%s:%d:%s\\037\\n' "
            + "'\(token)-\(number)' \"$__paddock_rc\" \"$PWD\"\n"
        let started = ShellCommand(
            command: display ?? command, marker: marker, start: process.stdout.startHead(), prompt: prompt,
            log: process.stdout)
        guard process.writeInput(Array(line.utf8)) else {
            throw OperationFailure("cannot write to the shell of session '\(id)'; it has exited, run the command again")
        }
        return started
    }

    /// Quotes `text` as a bash ANSI-C string, `$'...'`, which keeps newlines and any byte.
    static func ansiQuoted(_ text: String) -> String {
        var result = "$'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "'": result += "\\'"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += String(format: "\\x%02x", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "'"
    }

    /// Looks for the current command's marker in the terminal output and notices an exited shell.
    func refresh() {
        guard let (command, process) = lock.withLock({ () -> (ShellCommand, ChildProcess)? in
            guard let current, !current.isDone, let shell else { return nil }
            return (current, shell)
        }) else { return }
        if check(command, on: process) { return }
        if process.isFinished {
            _ = check(command, on: process)
            let code = process.exitStatus.map { Int($0.shellCode) }
            command.finish(at: process.stdout.length, exitCode: code, status: .terminated)
            context.logger.info("shell exited", ["session": id, "exit_code": code.map(String.init) ?? "unknown"])
        }
    }

    /// Finishes `command` when its marker is in the output; returns whether it is. Each call reads
    /// only the output that the previous ones did not clear of the marker.
    private func check(_ command: ShellCommand, on process: ChildProcess) -> Bool {
        let output = process.stdout.read(from: command.scannedOffset)
        guard let found = MultipartReader.find(command.marker, in: output.bytes) else {
            // The last bytes may be the start of a marker that is still being printed.
            let clear = max(0, output.bytes.count - command.marker.count + 1)
            command.recordScan(upTo: output.start + clear, markerAt: nil)
            return false
        }
        command.recordScan(upTo: output.start + found, markerAt: output.start + found)
        let rest = output.bytes[(found + command.marker.count)...]
        guard let close = rest.firstIndex(of: Self.markerEnd) else { return false }
        let fields = String(decoding: rest[rest.startIndex..<close], as: UTF8.self)
        let code = Int(fields.prefix { $0 != ":" })
        if let colon = fields.firstIndex(of: ":") {
            let path = String(fields[fields.index(after: colon)...])
            if !path.isEmpty { lock.withLock { directory = path } }
        }
        command.finish(at: output.start + found, exitCode: code, status: .completed)
        return true
    }

    /// Blocks until `command` ends or `deadline` passes; returns whether it ended.
    func wait(for command: ShellCommand, on process: ChildProcess, until deadline: Date) -> Bool {
        while true {
            if check(command, on: process) { return true }
            if process.isFinished {
                refresh()
                return true
            }
            let now = Date()
            if now >= deadline { return false }
            process.stdout.wait(beyond: process.stdout.length, until: min(deadline, now.addingTimeInterval(0.25)))
        }
    }

    /// The process running the session's shell, if it is running.
    var shellProcess: ChildProcess? { lock.withLock { shell } }

    /// The output of `command` so far, without the marker, middle-truncated to `limit` characters
    /// (none when `limit` is 0).
    ///
    /// Output longer than four bytes per allowed character is cut from its first and last bytes
    /// without decoding the rest. Output that the terminal log no longer contains whole is shown as
    /// the kept head and tail around a marker that counts the missing bytes.
    func output(of command: ShellCommand, limit: Int = 0) -> String {
        let log = command.log
        let end = command.outputEnd
        let length = max(0, end - command.start)
        let edge = limit > 0 && length > limit * 4 ? limit * 2 : length
        let tail = log.read(from: max(command.start, end - edge), upTo: end)
        let head = log.read(from: command.start, upTo: min(tail.start, command.start + edge))
        if head.start == command.start, head.start + head.bytes.count == tail.start {
            let text = OutputTruncation.decode(head.bytes + tail.bytes, partial: !command.isDone).text
            return OutputTruncation.middle(text, limit: limit)
        }
        let shown = limit > 0 ? limit : 2 * max(head.bytes.count, tail.bytes.count)
        return OutputTruncation.middle(head: head.bytes, tail: tail.bytes, length: length, limit: shown)
    }

    /// The output of `command` after the log offset `offset`, and the offset that follows it, for
    /// replies that stream the output as it grows.
    func output(of command: ShellCommand, after offset: Int) -> (text: String, next: Int) {
        let piece = command.log.read(from: max(offset, command.start), upTo: command.outputEnd)
        let decoded = OutputTruncation.decode(piece.bytes, partial: !command.isDone)
        return (decoded.text, piece.start + decoded.used)
    }

    /// The contract's `console`: the kept commands with their prompts and outputs, each output
    /// middle-truncated to `limit` characters (none when `limit` is 0).
    func consoleRecords(limit: Int) -> JSONValue {
        let commands = lock.withLock { console }
        return .array(commands.map { command in
            [
                "ps1": .string(command.prompt), "command": .string(command.command),
                "output": .string(output(of: command, limit: limit)),
            ]
        })
    }

    /// Stops the running command: SIGINT then SIGKILL to the terminal's foreground job, or the whole
    /// shell when the command runs inside it (a builtin loop).
    func interrupt(status: ShellCommand.Status) {
        guard let (command, process) = lock.withLock({ () -> (ShellCommand, ChildProcess)? in
            guard let current, !current.isDone, let shell else { return nil }
            return (current, shell)
        }) else { return }
        if let group = process.foregroundGroup, group != process.pid {
            kill(-group, SIGINT)
            if wait(for: command, on: process, until: Date().addingTimeInterval(1)) {
                command.markEnded(status)
                return
            }
            kill(-group, SIGKILL)
            if wait(for: command, on: process, until: Date().addingTimeInterval(1)) {
                command.markEnded(status)
                return
            }
        }
        process.signal(SIGKILL)
        _ = wait(for: command, on: process, until: Date().addingTimeInterval(2))
        command.markEnded(status)
        context.logger.info("shell killed", ["session": id, "reason": status.rawValue])
    }

    /// Kills the shell and everything it started.
    func close() {
        lock.withLock { shell }?.signal(SIGKILL)
    }
}
