import Foundation
import Glibc
import PaddockHTTP

/// The `/v1/bash/*` operations: one process per command with separate stdout and stderr.
struct BashRoutes {
    let runner: BashRunner

    /// Characters kept of stdout and stderr in a synchronous exec reply when the request sets no `max_output_length`.
    static let defaultMaxOutputLength = 50_000
    static let defaultWaitTimeout = 30.0
    static let signals: [String: Int32] = ["SIGTERM": SIGTERM, "SIGKILL": SIGKILL, "SIGINT": SIGINT]

    var routes: [Route] {
        [
            Route("POST", "/v1/bash/exec", exec),
            Route("POST", "/v1/bash/output", output),
            Route("POST", "/v1/bash/write", write),
            Route("POST", "/v1/bash/kill", kill),
            Route("GET", "/v1/bash/sessions", { _ in Envelope.success(.array(runner.allSessions.map(\.info))) }),
            Route("POST", "/v1/bash/sessions/create", createSession),
            Route("POST", "/v1/bash/sessions/{session_id}/close", closeSession),
        ]
    }

    private func exec(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let command = fields.requiredString("command")
        let sessionID = fields.string("session_id")
        let execDir = fields.string("exec_dir")
        let environment = fields.stringMap("env") ?? [:]
        let async = fields.bool("async_mode") ?? false
        let timeout = fields.double("timeout")
        let hardTimeout = fields.double("hard_timeout")
        let maxOutput = fields.int("max_output_length") ?? Self.defaultMaxOutputLength
        try fields.validate()

        let session = runner.session(sessionID)
        if let execDir {
            try WorkingDirectory.check(execDir)
            session.workingDirectory = execDir
        }
        let started = try runner.start(
            command, in: session, workingDirectory: session.workingDirectory, environment: environment)
        if let hardTimeout, hardTimeout > 0 {
            DispatchQueue.global().asyncAfter(deadline: .now() + hardTimeout) {
                guard started.status == .running else { return }
                runner.context.logger.info(
                    "bash command reached its hard timeout; killing it",
                    ["session": session.id, "command": started.id, "hard_timeout": String(hardTimeout)])
                started.stop(.timedOut)
            }
        }
        if !async {
            let deadline = timeout.map { Date().addingTimeInterval($0) } ?? .distantFuture
            started.process.waitUntilFinished(deadline: deadline)
        }
        return Envelope.success(result(of: started, session: session, maxOutput: async ? 0 : maxOutput))
    }

    private func result(of command: BashCommand, session: BashSession, maxOutput: Int) -> JSONValue {
        let finished = command.process.isFinished
        let stdout = Self.inline(command.process.stdout, limit: maxOutput, partial: !finished)
        let stderr = Self.inline(command.process.stderr, limit: maxOutput, partial: !finished)
        return [
            "session_id": .string(session.id), "command_id": .string(command.id), "command": .string(command.command),
            "status": .string(command.status.rawValue), "stdout": .string(stdout.text), "stderr": .string(stderr.text),
            "exit_code": .from(command.exitCode), "offset": .int(stdout.offset), "stderr_offset": .int(stderr.offset),
        ]
    }

    /// The text of a whole stream for a reply, middle-truncated to `limit` characters, and the
    /// offset that follows it.
    ///
    /// A stream of more than four bytes per allowed character is cut from its first and last bytes
    /// without decoding the rest, so a huge output costs little memory and its head survives even
    /// after the log dropped it.
    static func inline(_ log: ByteLog, limit: Int, partial: Bool) -> (text: String, offset: Int) {
        if limit > 0, log.length > limit * 4 {
            let edges = log.edges(maxBytes: limit * 2)
            return (OutputTruncation.middle(head: edges.head, tail: edges.tail, length: edges.length, limit: limit), edges.length)
        }
        let whole = log.read(from: 0)
        let decoded = OutputTruncation.decode(whole.bytes, partial: partial)
        return (OutputTruncation.middle(decoded.text, limit: limit), whole.start + decoded.used)
    }

    private func output(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let sessionID = fields.requiredString("session_id")
        let commandID = fields.string("command_id")
        let offset = max(0, fields.int("offset") ?? 0)
        let stderrOffset = max(0, fields.int("stderr_offset") ?? 0)
        let wait = fields.bool("wait") ?? false
        let waitTimeout = fields.double("wait_timeout") ?? Self.defaultWaitTimeout
        try fields.validate()

        let session = try runner.existingSession(sessionID)
        session.touch()
        guard let command = session.command(commandID) else {
            if let commandID {
                throw OperationFailure("command '\(commandID)' not found in bash session '\(sessionID)'")
            }
            return Envelope.success([
                "session_id": .string(sessionID), "stdout": "", "stderr": "", "offset": .int(offset),
                "stderr_offset": .int(stderrOffset), "command": nil,
            ])
        }
        let process = command.process
        if wait {
            let deadline = Date().addingTimeInterval(max(0, waitTimeout))
            while Date() < deadline, !process.isFinished, process.stdout.length <= offset,
                process.stderr.length <= stderrOffset
            {
                process.stdout.wait(beyond: offset, until: min(deadline, Date().addingTimeInterval(0.05)))
            }
        }
        let finished = process.isFinished
        let stdout = process.stdout.read(from: offset)
        let stderr = process.stderr.read(from: stderrOffset)
        let stdoutText = OutputTruncation.decode(stdout.bytes, partial: !finished)
        let stderrText = OutputTruncation.decode(stderr.bytes, partial: !finished)
        return Envelope.success([
            "session_id": .string(sessionID), "stdout": .string(stdoutText.text), "stderr": .string(stderrText.text),
            "offset": .int(stdout.start + stdoutText.used), "stderr_offset": .int(stderr.start + stderrText.used),
            "command": command.info,
        ])
    }

    private func write(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let sessionID = fields.requiredString("session_id")
        let commandID = fields.string("command_id")
        let input = fields.requiredString("input")
        try fields.validate()
        let command = try runningCommand(sessionID, commandID)
        guard command.process.writeInput(Array(input.utf8)) else {
            throw OperationFailure("cannot write to command '\(command.id)': its stdin is closed")
        }
        return Envelope.success(["session_id": .string(sessionID), "command_id": .string(command.id)])
    }

    private func kill(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let sessionID = fields.requiredString("session_id")
        let signalName = fields.string("signal") ?? "SIGTERM"
        try fields.validate()
        guard let signal = Self.signals[signalName.uppercased()] else {
            throw ValidationFailure([
                .init(
                    location: ["body", "signal"], message: "Input should be 'SIGTERM', 'SIGKILL' or 'SIGINT'",
                    type: "literal_error", input: .string(signalName))
            ])
        }
        let command = try runningCommand(sessionID, nil)
        command.stop(.killed, signal: signal)
        command.process.waitUntilFinished(deadline: Date().addingTimeInterval(2))
        runner.context.logger.info(
            "bash command killed", ["session": sessionID, "command": command.id, "signal": signalName])
        return Envelope.success(command.info)
    }

    private func runningCommand(_ sessionID: String, _ commandID: String?) throws -> BashCommand {
        let session = try runner.existingSession(sessionID)
        session.touch()
        guard let command = session.command(commandID), command.status == .running else {
            throw OperationFailure("no running command in bash session '\(sessionID)'")
        }
        return command
    }

    private func createSession(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let sessionID = fields.string("session_id")
        let execDir = fields.string("exec_dir")
        let snapshot = fields.string("snapshot_path")
        try fields.validate()
        if let execDir { try WorkingDirectory.check(execDir) }
        let session = runner.session(sessionID, workingDirectory: execDir)
        if let execDir { session.workingDirectory = execDir }
        if let snapshot {
            // The snapshot is sourced once. Its effects cannot reach later commands, because the
            // bash runner keeps no persistent shell, so only its success is checked.
            let command = try runner.start(
                ". " + ShellQuoting.single(snapshot), in: session, workingDirectory: session.workingDirectory,
                environment: [:])
            command.process.waitUntilFinished(deadline: Date().addingTimeInterval(30))
            if command.exitCode != 0 {
                let errors = String(decoding: command.process.stderr.read(from: 0).bytes, as: UTF8.self)
                throw OperationFailure("sourcing snapshot \(snapshot) failed: \(errors)")
            }
        }
        return Envelope.success(session.info)
    }

    private func closeSession(_ request: RouteRequest) throws -> HTTPResponse {
        let id = request.parameters["session_id"] ?? ""
        try runner.close(id)
        return Envelope.success(nil, message: "Session \(id) closed")
    }
}

/// Checks of a requested working directory.
enum WorkingDirectory {
    /// Throws an `OperationFailure` unless `path` is an absolute path of an existing directory.
    static func check(_ path: String) throws {
        guard path.hasPrefix("/") else {
            throw OperationFailure("exec_dir must be an absolute path, not '\(path)'")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw OperationFailure("exec_dir '\(path)' is not an existing directory")
        }
    }
}

/// Quoting for POSIX shells.
enum ShellQuoting {
    /// Quotes `text` in single quotes, so the shell takes it literally.
    static func single(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
