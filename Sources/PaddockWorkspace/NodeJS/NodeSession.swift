import Foundation

/// A stateful Node.js session: one REPL process whose context keeps variables, functions and
/// modules between executions. A timeout or an exit of the process loses that state; the next
/// execution then starts a fresh REPL and reports the loss in its hint.
final class NodeSession: @unchecked Sendable {
    enum State: String {
        case idle = "IDLE"
        case executing = "EXECUTING"
    }

    let id: String
    let createdAt: Date
    private let runtime: NodeRuntime
    private let lock = NSLock()
    /// Serialises executions, because one REPL evaluates one request at a time.
    private let executionLock = NSLock()
    private var repl: NodeREPL?
    private var lostState: String?
    private var closed = false
    private var storedCwd: String
    private var storedLastUsed: Date
    private var storedMaxIdle: Int
    private var storedState = State.idle
    private var storedCount = 0

    init(id: String, cwd: String, maxIdleSeconds: Int, runtime: NodeRuntime) {
        self.id = id
        self.runtime = runtime
        storedCwd = cwd
        storedMaxIdle = maxIdleSeconds
        createdAt = Date()
        storedLastUsed = createdAt
    }

    var cwd: String { lock.withLock { storedCwd } }
    var lastUsed: Date { lock.withLock { storedLastUsed } }
    var state: State { lock.withLock { storedState } }
    /// Seconds without activity after which the session is closed.
    var maxIdleSeconds: Int { lock.withLock { storedMaxIdle } }

    /// Whether the session's REPL process is running now.
    var hasRunningREPL: Bool { lock.withLock { repl?.isRunning ?? false } }

    /// Tests whether the session has been idle for longer than its maximum idle time at `now`.
    func isExpired(at now: Date) -> Bool {
        lock.withLock { storedState == .idle && now.timeIntervalSince(storedLastUsed) > Double(storedMaxIdle) }
    }

    /// Sets the maximum idle time and the working directory; a running REPL changes directory at once.
    func update(maxIdleSeconds: Int?, cwd: String?) throws {
        executionLock.lock()
        defer { executionLock.unlock() }
        if let cwd {
            if let repl = lock.withLock({ self.repl }), repl.isRunning {
                guard repl.send(["id": 0, "chdir": .string(cwd)]),
                    case .message(let reply) = repl.readReply(deadline: Date().addingTimeInterval(10)),
                    reply["status"] == "ok"
                else {
                    throw OperationFailure("the REPL of Node.js session '\(id)' could not change to \(cwd)")
                }
            }
            lock.withLock { storedCwd = cwd }
        }
        lock.withLock {
            if let maxIdleSeconds { storedMaxIdle = maxIdleSeconds }
            storedLastUsed = Date()
        }
    }

    /// Starts the REPL now, so that a session that cannot start fails at creation.
    func startREPL() throws {
        executionLock.lock()
        defer { executionLock.unlock() }
        _ = try runningREPL()
    }

    /// Returns the running REPL, starting one when there is none. A REPL that exited since the last
    /// execution, say from a timer that called `process.exit()`, is replaced and the state loss noted.
    private func runningREPL() throws -> NodeREPL {
        let (current, isClosed) = lock.withLock { (repl, closed) }
        guard !isClosed else {
            throw OperationFailure("Node.js session '\(id)' was deleted; create a new session")
        }
        if let current {
            if current.isRunning { return current }
            stop(current, reason: "exited between executions")
            lock.withLock {
                lostState =
                    "the Node.js process of session \(id) exited after the previous execution had ended, "
                    + "so a fresh REPL was started; variables and functions defined before are gone"
            }
        }
        let started = try NodeREPL.start(runtime: runtime, workingDirectory: cwd)
        lock.withLock { repl = started }
        runtime.context.logger.info("Node.js REPL started", ["session": id, "pid": String(started.process.pid)])
        return started
    }

    /// Evaluates `code` in the session's REPL, waiting at most `timeout` seconds.
    func execute(code: String, timeout: Int) throws -> NodeExecution {
        executionLock.lock()
        defer { executionLock.unlock() }
        let count = lock.withLock { () -> Int in
            storedState = .executing
            storedLastUsed = Date()
            storedCount += 1
            return storedCount
        }
        defer {
            lock.withLock {
                storedState = .idle
                storedLastUsed = Date()
            }
        }

        let repl = try runningREPL()
        let hint = lock.withLock { () -> String? in
            defer { lostState = nil }
            return lostState
        }
        let stdoutStart = repl.process.stdout.length
        let stderrStart = repl.process.stderr.length
        let reply: NodeREPL.Reply
        if repl.send(["id": .int(count), "code": .string(code)]) {
            reply = repl.readReply(deadline: Date().addingTimeInterval(Double(timeout)))
        } else {
            reply = .closed("the driver's socket is closed")
        }
        var execution = outcome(of: reply, repl: repl, code: code, timeout: timeout, executionCount: count)

        // Output of child processes and direct writes to descriptors 1 and 2 bypass the driver's capture.
        let directOut = NodeREPLReply.text(repl.process.stdout, from: stdoutStart)
        let directErr = NodeREPLReply.text(repl.process.stderr, from: stderrStart)
        execution.appendDirectOutput(stdout: directOut, stderr: directErr)
        execution.sessionID = id
        execution.executionCount = count
        execution.hint = hint.map { "State lost: " + $0 + "." }
        return execution
    }

    /// Converts the driver's reply, a timeout or a closed socket into the execution, and stops the
    /// REPL when it timed out or exited.
    private func outcome(
        of reply: NodeREPL.Reply, repl: NodeREPL, code: String, timeout: Int, executionCount count: Int
    ) -> NodeExecution {
        switch reply {
        case .message(let message) where message["status"] == "exit":
            return exited(repl, message: message, code: code)
        case .message(let message):
            return NodeREPLReply.execution(from: message, code: code, executionCount: count)
        case .timedOut:
            stop(repl, reason: "timed out after \(timeout) s")
            lock.withLock {
                lostState =
                    "the previous execution in session \(id) timed out, so its REPL was restarted; "
                    + "variables and functions defined before are gone"
            }
            return NodeREPLReply.timeout(code: code, seconds: timeout, executionCount: count)
        case .closed:
            return exited(repl, message: nil, code: code)
        }
    }

    private func exited(_ repl: NodeREPL, message: JSONValue?, code: String) -> NodeExecution {
        repl.process.waitUntilFinished(deadline: Date().addingTimeInterval(NodeStatelessRunner.killGrace))
        let status = message?["exit_code"]?.intValue ?? NodeExitCode.of(repl.process.exitStatus)
        stop(repl, reason: "exited with status \(status)")
        lock.withLock {
            lostState =
                "the Node.js process of session \(id) exited with status \(status) during the previous "
                + "execution, so a fresh REPL was started; variables and functions defined before are gone"
        }
        return NodeREPLReply.exit(message: message, code: code, status: status)
    }

    private func stop(_ repl: NodeREPL, reason: String) {
        repl.kill()
        lock.withLock { if self.repl === repl { self.repl = nil } }
        runtime.context.logger.info(
            "Node.js REPL stopped", ["session": id, "pid": String(repl.process.pid), "reason": reason])
    }

    /// Kills the REPL; the session cannot be used afterwards.
    func close(reason: String) {
        let current = lock.withLock { () -> NodeREPL? in
            closed = true
            defer { repl = nil }
            return repl
        }
        if let current { stop(current, reason: reason) }
    }

    /// The contract's `NodeJSSessionInfo`: times in milliseconds since the epoch, the idle limit in
    /// milliseconds, and the age in whole seconds since the last activity.
    var info: JSONValue {
        lock.withLock {
            [
                "session_id": .string(id), "cwd": .string(storedCwd),
                "created_at": .int(Int(createdAt.timeIntervalSince1970 * 1000)),
                "last_used": .int(Int(storedLastUsed.timeIntervalSince1970 * 1000)),
                "max_idle_time": .int(storedMaxIdle * 1000),
                "age_seconds": .int(Int(Date().timeIntervalSince(storedLastUsed))),
                "state": .string(storedState.rawValue),
            ]
        }
    }
}
