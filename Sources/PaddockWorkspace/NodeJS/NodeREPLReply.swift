/// Conversion of the REPL driver's replies into executions.
enum NodeREPLReply {
    /// Builds the execution for an `ok` or `error` reply.
    static func execution(from message: JSONValue, code: String, executionCount: Int) -> NodeExecution {
        let stdout = message["stdout"]?.stringValue ?? ""
        let stderr = message["stderr"]?.stringValue ?? ""
        var outputs = NodeOutputs.streams(stdout: stdout, stderr: stderr)
        let failed = message["status"] != "ok"
        if failed {
            outputs.append(
                NodeOutputs.error(fromReport: message["error"])
                    ?? NodeOutputs.error(
                        name: "Error", value: "the REPL driver reported a failure without details", traceback: []))
        } else if let result = message["result"]?.stringValue {
            outputs.append(NodeOutputs.result(result, executionCount: executionCount))
        }
        return NodeExecution(
            status: failed ? .error : .ok, outputs: outputs, code: code, stdout: stdout, stderr: stderr,
            exitCode: failed ? 1 : 0, sessionID: nil, executionCount: executionCount, hint: nil)
    }

    /// Builds the execution whose REPL was killed at its timeout. The driver's captured output is lost.
    static func timeout(code: String, seconds: Int, executionCount: Int) -> NodeExecution {
        NodeExecution(
            status: .timeout, outputs: [NodeOutputs.timeoutError(seconds: seconds, restarted: true)], code: code,
            stdout: "", stderr: "", exitCode: 137, sessionID: nil, executionCount: executionCount, hint: nil)
    }

    /// Builds the execution during which the REPL process exited, with the output sent on exit.
    static func exit(message: JSONValue?, code: String, status: Int) -> NodeExecution {
        let stdout = message?["stdout"]?.stringValue ?? ""
        let stderr = message?["stderr"]?.stringValue ?? ""
        var outputs = NodeOutputs.streams(stdout: stdout, stderr: stderr)
        let text =
            "the Node.js REPL exited with status \(status) while running this code (process.exit() ends it); "
            + "the next execution starts a fresh REPL without the state"
        outputs.append(NodeOutputs.error(name: "ProcessExit", value: text, traceback: ["ProcessExit: " + text]))
        return NodeExecution(
            status: .error, outputs: outputs, code: code, stdout: stdout, stderr: stderr, exitCode: status,
            sessionID: nil, executionCount: nil, hint: nil)
    }

    /// The text a byte log received from `offset` on, cut to the stateless output limit.
    static func text(_ log: ByteLog, from offset: Int) -> String {
        let bytes = log.read(from: offset).bytes
        guard !bytes.isEmpty else { return "" }
        return OutputTruncation.middle(OutputTruncation.decode(bytes).text, limit: NodeStatelessRunner.outputLimit)
    }
}

extension NodeExecution {
    /// Adds output that reached the process's descriptors directly, as further stream items.
    mutating func appendDirectOutput(stdout extraOut: String, stderr extraErr: String) {
        guard !extraOut.isEmpty || !extraErr.isEmpty else { return }
        stdout += extraOut
        stderr += extraErr
        let streams = NodeOutputs.streams(stdout: extraOut, stderr: extraErr)
        let firstNonStream = outputs.firstIndex { $0["output_type"] != "stream" } ?? outputs.endIndex
        outputs.insert(contentsOf: streams, at: firstNonStream)
    }
}
