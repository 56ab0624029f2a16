import Foundation
import Glibc
import PaddockHTTP

/// The `/v1/shell/*` operations: persistent shell sessions on pseudo-terminals.
struct ShellRoutes {
    let sessions: ShellSessions

    /// Characters of output kept in a reply when `truncate` is on.
    static let truncationLimit = 30_000

    var routes: [Route] {
        [
            Route("POST", "/v1/shell/exec", exec),
            Route("POST", "/v1/shell/view", view),
            Route("POST", "/v1/shell/wait", wait),
            Route("POST", "/v1/shell/write", write),
            Route("POST", "/v1/shell/kill", kill),
            Route("POST", "/v1/shell/sessions/create", create),
            Route("POST", "/v1/shell/sessions/update", update),
            Route("GET", "/v1/shell/sessions", list),
            Route("GET", "/v1/shell/sessions/stats", stats),
            Route("DELETE", "/v1/shell/sessions", { _ in
                let count = sessions.removeAll()
                return Envelope.success(nil, message: "Deleted \(count) session(s)")
            }),
            Route("DELETE", "/v1/shell/sessions/{session_id}", { request in
                let id = request.parameters["session_id"] ?? ""
                try sessions.remove(id)
                return Envelope.success(nil, message: "Session \(id) deleted")
            }),
            Route("GET", "/v1/shell/ws", { try ShellTerminalSocket(sessions: sessions).upgrade($0) }),
        ]
    }

    /// The limits one exec waits under.
    struct Deadlines {
        var reply: Date?
        var hard: Date?
        var noChange: Double
        var async: Bool
    }

    private func exec(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let id = fields.string("id")
        let execDir = fields.string("exec_dir")
        let command = fields.requiredString("command")
        let async = fields.bool("async_mode") ?? false
        let timeout = fields.double("timeout")
        let strict = fields.bool("strict") ?? false
        let noChange = fields.int("no_change_timeout")
        let hard = fields.double("hard_timeout")
        let truncate = fields.bool("truncate") ?? true
        try fields.validate()

        var directory = execDir
        if let execDir {
            do {
                try WorkingDirectory.check(execDir)
            } catch {
                // Without strict, a missing directory falls back to the session's own.
                if strict { throw error }
                directory = nil
            }
        }
        let session = try sessions.session(id)
        let started = try session.run(command, in: directory)
        let deadlines = Deadlines(
            reply: timeout.map { Date().addingTimeInterval($0) }, hard: hard.map { Date().addingTimeInterval($0) },
            noChange: Double(noChange ?? Int(session.noChangeTimeout)), async: async)
        if let hard, hard > 0, async {
            DispatchQueue.global().asyncAfter(deadline: .now() + hard) {
                if !started.isDone { session.interrupt(status: .hardTimeout) }
            }
        }
        let limit = truncate ? Self.truncationLimit : 0
        if request.acceptsEventStream && !async {
            return EventStream.response { stream in
                var sent = started.start
                let status = try follow(started, in: session, deadlines: deadlines) {
                    let piece = session.output(of: started, after: sent)
                    guard !piece.text.isEmpty else { return }
                    sent = piece.next
                    try stream.send(
                        ["session_id": .string(session.id), "command": .string(command), "status": "running",
                         "output": .string(piece.text)])
                }
                try stream.send(result(started, in: session, status: status, limit: limit), event: "result")
            }
        }
        let status = async ? .running : follow(started, in: session, deadlines: deadlines, onOutput: {})
        return Envelope.success(result(started, in: session, status: status, limit: limit))
    }

    /// Waits for `command` under `deadlines`, calling `onOutput` as output grows; returns the status
    /// to report. A hard timeout kills the command; the other limits leave it running.
    private func follow(
        _ command: ShellCommand, in session: ShellSession, deadlines: Deadlines, onOutput: () throws -> Void
    ) rethrows -> ShellCommand.Status {
        guard let process = session.shellProcess else { return command.status }
        while true {
            let finished = session.wait(for: command, on: process, until: Date().addingTimeInterval(0.1))
            try onOutput()
            let now = Date()
            if finished || command.isDone {
                return command.status
            }
            if let hard = deadlines.hard, now >= hard {
                session.interrupt(status: .hardTimeout)
                return .hardTimeout
            }
            if let reply = deadlines.reply, now >= reply { return .running }
            let quietSince = max(command.startedAt, process.stdout.lastChangeDate)
            if deadlines.noChange > 0, now.timeIntervalSince(quietSince) >= deadlines.noChange {
                return .noChangeTimeout
            }
        }
    }

    private func result(_ command: ShellCommand, in session: ShellSession, status: ShellCommand.Status, limit: Int)
        -> JSONValue
    {
        let current = command.status
        return [
            "session_id": .string(session.id), "command": .string(command.command), "status": .string(status.rawValue),
            "output": .string(session.output(of: command, limit: limit)),
            "console": session.consoleRecords(limit: limit),
            "exit_code": current == .completed ? .from(command.exitCode) : nil,
        ]
    }

    private func view(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let id = fields.requiredString("id")
        try fields.validate()
        let session = try sessions.existing(id)
        guard let command = session.latest else {
            return Envelope.success([
                "output": "", "session_id": .string(id), "console": [], "status": "completed", "command": nil,
                "exit_code": nil,
            ])
        }
        if request.acceptsEventStream {
            return EventStream.response { stream in
                var sent = command.start
                let deadlines = Deadlines(reply: nil, hard: nil, noChange: session.noChangeTimeout, async: false)
                let status = try follow(command, in: session, deadlines: deadlines) {
                    let piece = session.output(of: command, after: sent)
                    guard !piece.text.isEmpty else { return }
                    sent = piece.next
                    try stream.send(["session_id": .string(id), "status": "running", "output": .string(piece.text)])
                }
                try stream.send(viewResult(command, in: session, status: status), event: "result")
            }
        }
        return Envelope.success(viewResult(command, in: session, status: command.status))
    }

    private func viewResult(_ command: ShellCommand, in session: ShellSession, status: ShellCommand.Status) -> JSONValue {
        [
            "output": .string(session.output(of: command, limit: Self.truncationLimit)),
            "session_id": .string(session.id), "console": session.consoleRecords(limit: Self.truncationLimit),
            "status": .string(status.rawValue),
            "command": .string(command.command),
            "exit_code": status == .completed ? .from(command.exitCode) : nil,
        ]
    }

    private func wait(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let id = fields.requiredString("id")
        let seconds = fields.int("seconds")
        let maxWait = fields.int("max_wait_seconds")
        try fields.validate()
        let session = try sessions.existing(id)
        guard let command = session.latest else { return Envelope.success(["status": "completed"]) }
        var limit = Double(seconds ?? maxWait ?? 30)
        if let maxWait { limit = min(limit, Double(maxWait)) }
        if let process = session.shellProcess, !command.isDone {
            _ = session.wait(for: command, on: process, until: Date().addingTimeInterval(max(0, limit)))
        }
        return Envelope.success(["status": .string(command.status.rawValue)])
    }

    private func write(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let id = fields.requiredString("id")
        let input = fields.requiredString("input")
        let pressEnter = fields.requiredBool("press_enter")
        try fields.validate()
        let session = try sessions.existing(id)
        guard let command = session.latest, !command.isDone, let process = session.shellProcess else {
            throw OperationFailure("no command is running in shell session '\(id)'; use /v1/shell/exec to run one")
        }
        guard process.writeInput(Array((input + (pressEnter ? "\n" : "")).utf8)) else {
            throw OperationFailure("cannot write to shell session '\(id)': its shell has exited")
        }
        // Give the program a moment to react, so that the status reflects the input.
        _ = session.wait(for: command, on: process, until: Date().addingTimeInterval(0.1))
        return Envelope.success(["status": .string(command.status.rawValue)])
    }

    private func kill(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let id = fields.requiredString("id")
        try fields.validate()
        let session = try sessions.existing(id)
        guard let command = session.latest else {
            throw OperationFailure("no command has run in shell session '\(id)'")
        }
        if !command.isDone { session.interrupt(status: .terminated) }
        let exitCode = command.exitCode
        return Envelope.success([
            "status": .string(command.status.rawValue), "exit_code": .from(exitCode),
            "returncode": .from(exitCode),
        ])
    }

    private func create(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let id = fields.string("id")
        let execDir = fields.string("exec_dir")
        let noChange = fields.int("no_change_timeout")
        try fields.validate()
        if let execDir { try WorkingDirectory.check(execDir) }
        let session = try sessions.session(id, workingDirectory: execDir, noChangeTimeout: noChange.map(Double.init))
        return Envelope.success(["session_id": .string(session.id), "working_dir": .string(session.workingDirectory)])
    }

    private func update(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let id = fields.requiredString("id")
        let noChange = fields.int("no_change_timeout")
        try fields.validate()
        let session = try sessions.existing(id)
        if let noChange { session.noChangeTimeout = Double(noChange) }
        return Envelope.success(nil, message: "Session \(id) updated")
    }

    private func list(_ request: RouteRequest) throws -> HTTPResponse {
        var entries: [String: JSONValue] = [:]
        let now = Date()
        for session in sessions.all {
            let latest = session.latest
            let running = latest.map { !$0.isDone } ?? false
            entries[session.id] = [
                "working_dir": .string(session.workingDirectory), "created_at": .string(Timestamp.iso(session.createdAt)),
                "last_used_at": .string(Timestamp.iso(session.lastUsedAt)),
                "age_seconds": .int(Int(now.timeIntervalSince(session.createdAt))),
                "status": .string(running ? "running" : "idle"), "current_command": running ? .from(latest?.command) : nil,
            ]
        }
        return Envelope.success(["sessions": .object(entries)])
    }

    /// The contract describes active sessions as those used in the last 5 minutes. Sessions here
    /// count as active while a command runs, as `GET /v1/shell/sessions` reports them, because a
    /// session whose command has finished is idle however recently it was used.
    private func stats(_ request: RouteRequest) throws -> HTTPResponse {
        let all = sessions.all
        let active = all.filter { session in session.latest.map { !$0.isDone } ?? false }.count
        return Envelope.success([
            "total_sessions": .int(all.count), "active_sessions": .int(active), "idle_sessions": .int(all.count - active),
            "max_sessions": .int(ShellSessions.maxSessions), "session_timeout": .int(Int(ShellSessions.activeSeconds)),
            "usage_ratio": .double(Double(all.count) / Double(ShellSessions.maxSessions)),
        ])
    }
}

/// Server-Sent Events responses: each event is a JSON `data:` line.
struct EventStream {
    let writer: HTTPBodyWriter

    static func response(_ body: @escaping (EventStream) throws -> Void) -> HTTPResponse {
        HTTPResponse(
            headers: ["Content-Type": "text/event-stream", "Cache-Control": "no-cache"],
            body: .stream { writer in try body(EventStream(writer: writer)) })
    }

    func send(_ value: JSONValue, event: String? = nil, id: String? = nil) throws {
        var text = ""
        if let event { text += "event: \(event)\n" }
        if let id { text += "id: \(id)\n" }
        text += "data: " + String(decoding: value.serialized(), as: UTF8.self) + "\n\n"
        try writer.write(text)
    }
}
