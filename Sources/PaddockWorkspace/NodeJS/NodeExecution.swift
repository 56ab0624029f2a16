/// The result of one Node.js execution, in the shape of the contract's `NodeJSExecuteResponse`.
struct NodeExecution: Sendable {
    enum Status: String, Sendable {
        case ok, error, timeout
    }

    var status: Status
    /// Jupyter-shaped output items: `stream`, `execute_result` and `error`.
    var outputs: [JSONValue]
    var code: String
    var stdout: String
    var stderr: String
    /// The process's exit status, or 128 + N when signal N ended it (137 for a killed run).
    var exitCode: Int
    /// The REPL session, or nil for a stateless run.
    var sessionID: String?
    /// The session's count of executions including this one, or nil for a stateless run.
    var executionCount: Int?
    /// A note for the caller, such as a session that was restarted and lost its state.
    var hint: String?

    /// The contract's `NodeJSExecuteResponse` object.
    var json: JSONValue {
        [
            "language": "javascript", "status": .string(status.rawValue), "execution_count": .from(executionCount),
            "outputs": .array(outputs), "code": .string(code), "stdout": .string(stdout), "stderr": .string(stderr),
            "exit_code": .int(exitCode), "session_id": .from(sessionID),
        ]
    }
}

/// Builders of Jupyter-shaped output items; absent fields are null, as the contract's models allow.
enum NodeOutputs {
    private static func item(_ type: String, _ members: [String: JSONValue]) -> JSONValue {
        var all: [String: JSONValue] = [
            "output_type": .string(type), "name": nil, "text": nil, "ename": nil, "evalue": nil, "traceback": nil,
            "data": nil, "metadata": nil,
        ]
        all.merge(members) { _, new in new }
        return .object(all)
    }

    /// A `stream` item for `stdout` or `stderr`.
    static func stream(_ name: String, _ text: String) -> JSONValue {
        item("stream", ["name": .string(name), "text": .string(text)])
    }

    /// An `execute_result` item whose `text/plain` is the value's `util.inspect` text.
    static func result(_ text: String, executionCount: Int?) -> JSONValue {
        var members: [String: JSONValue] = ["data": ["text/plain": .string(text)], "metadata": [:]]
        members["execution_count"] = .from(executionCount)
        return item("execute_result", members)
    }

    /// An `error` item.
    static func error(name: String, value: String, traceback: [String]) -> JSONValue {
        item("error", ["ename": .string(name), "evalue": .string(value), "traceback": .from(traceback)])
    }

    /// The stream items for non-empty `stdout` and `stderr`, in that order.
    static func streams(stdout: String, stderr: String) -> [JSONValue] {
        var items: [JSONValue] = []
        if !stdout.isEmpty { items.append(stream("stdout", stdout)) }
        if !stderr.isEmpty { items.append(stream("stderr", stderr)) }
        return items
    }

    /// Parses an uncaught error from Node's stderr: the last `Name: message` line that is followed
    /// by stack frames (`    at ...`), or the last line when there is none.
    ///
    /// Used only when the proxy hook's error report is missing, because a crash of the process
    /// itself (an abort, an out-of-memory kill) writes no report.
    static func errorFromStderr(_ stderr: String, exitCode: Int) -> JSONValue {
        let lines = stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in lines.indices.reversed() {
            let line = lines[index]
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), index + 1 < lines.count,
                lines[index + 1].hasPrefix("    at ")
            else { continue }
            let name = String(line[..<colon])
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }) else {
                continue
            }
            let frames = lines[(index + 1)...].prefix { $0.hasPrefix("    at ") }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            return error(name: name, value: value, traceback: [line] + frames)
        }
        let last = lines.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        return error(
            name: "ProcessExit", value: "node exited with status \(exitCode)" + (last.isEmpty ? "" : ": \(last)"),
            traceback: lines.filter { !$0.isEmpty })
    }
}

extension NodeOutputs {
    /// The `error` item of an execution that reached its timeout.
    static func timeoutError(seconds: Int, restarted: Bool) -> JSONValue {
        let consequence =
            restarted
            ? "; the session's node process was killed, and the next execution starts a fresh REPL without the state"
            : "; node and every process it started were killed"
        let message = "execution exceeded the timeout of \(seconds) s" + consequence
        return error(name: "TimeoutError", value: message, traceback: ["TimeoutError: " + message])
    }

    /// The `error` item from a `{ename, evalue, traceback}` report of the driver or error reporter.
    static func error(fromReport report: JSONValue?) -> JSONValue? {
        guard let report, let name = report["ename"]?.stringValue else { return nil }
        var traceback: [String] = []
        if case .array(let lines)? = report["traceback"] { traceback = lines.compactMap(\.stringValue) }
        return error(name: name, value: report["evalue"]?.stringValue ?? "", traceback: traceback)
    }
}
