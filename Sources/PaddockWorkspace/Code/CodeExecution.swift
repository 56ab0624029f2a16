/// The reply of `POST /v1/code/execute`, the contract's `CodeExecuteResponse`, built from either
/// runtime's result so a client reads Python and JavaScript runs the same way.
struct CodeExecution {
    var language: String
    var status: String
    var outputs: [JSONValue]
    var code: String
    var stdout: String
    var stderr: String
    /// The exit code: the process's for JavaScript, and 0 or 1 by status for Python, because a
    /// kernel does not exit per call. Nil after a Python timeout.
    var exitCode: Int?
    var traceback: [String]?
    var sessionID: String?
    var hint: String?

    init(python execution: JupyterExecution) {
        language = "python"
        status = execution.status.rawValue
        outputs = execution.outputs
        code = execution.code
        stdout = Self.streamText(execution.outputs, "stdout")
        stderr = Self.streamText(execution.outputs, "stderr")
        switch execution.status {
        case .ok: exitCode = 0
        case .error: exitCode = 1
        case .timeout: exitCode = nil
        }
        traceback = Self.traceback(execution.outputs)
        sessionID = execution.sessionID
        hint = execution.hint
    }

    init(node execution: NodeExecution) {
        language = "javascript"
        status = execution.status.rawValue
        outputs = execution.outputs
        code = execution.code
        stdout = execution.stdout
        stderr = execution.stderr
        exitCode = execution.exitCode
        traceback = Self.traceback(execution.outputs)
        sessionID = execution.sessionID
        hint = execution.hint
    }

    var json: JSONValue {
        [
            "language": .string(language), "status": .string(status), "outputs": .array(outputs),
            "code": .string(code), "stdout": .string(stdout), "stderr": .string(stderr),
            "exit_code": .from(exitCode), "traceback": traceback.map { .from($0) } ?? .null,
            "session_id": .from(sessionID),
        ]
    }

    /// Joins the text of every `stream` output named `name`, in order.
    static func streamText(_ outputs: [JSONValue], _ name: String) -> String {
        outputs.compactMap { output in
            guard output["output_type"]?.stringValue == "stream", output["name"]?.stringValue == name else { return nil }
            return output["text"]?.stringValue
        }.joined()
    }

    /// Returns the traceback lines of the first `error` output, or nil when the run raised nothing.
    static func traceback(_ outputs: [JSONValue]) -> [String]? {
        guard let error = outputs.first(where: { $0["output_type"]?.stringValue == "error" }) else { return nil }
        guard case .array(let lines)? = error["traceback"] else { return [] }
        return lines.compactMap(\.stringValue)
    }
}
