import Foundation
import PaddockHTTP

/// The unified code API. `POST /v1/code/execute` sends Python to a Jupyter kernel and JavaScript
/// to Node.js and returns one reply shape for both, and `GET /v1/code/info` describes both runtimes.
struct CodeRoutes {
    let jupyter: JupyterService
    let node: NodeService

    static let languages = ["python", "javascript"]
    static let defaultTimeout = 30
    static let timeoutRange = 1...300

    var routes: [Route] {
        [
            Route("POST", "/v1/code/execute", execute),
            Route("GET", "/v1/code/info", { _ in Envelope.success(info()) }),
        ]
    }

    private func execute(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let language = fields.requiredChoice("language", Self.languages)
        let code = fields.requiredString("code")
        let timeout = fields.int("timeout")
        let cwd = fields.string("cwd")
        let stateful = fields.bool("stateful") ?? false
        let sessionID = fields.string("session_id")
        try fields.validate()
        try ValidationFailure.checkRange(timeout, "timeout", Self.timeoutRange)
        let seconds = timeout ?? Self.defaultTimeout
        let result: CodeExecution
        switch language {
        case "python":
            result = try runPython(code, timeout: seconds, cwd: cwd, stateful: stateful, sessionID: sessionID)
        default:
            let execution = try node.execute(
                code: code, timeout: seconds, stateful: stateful, sessionID: sessionID, cwd: cwd)
            result = CodeExecution(node: execution)
        }
        return Envelope.success(result.json, hint: result.hint)
    }

    /// Runs Python on the kernel of a session when the call is stateful or names a session, and on a
    /// one-off kernel otherwise. A stateful call without a session id gets a new id, which the
    /// reply carries so the next call can reuse the kernel.
    private func runPython(
        _ code: String, timeout: Int, cwd: String?, stateful: Bool, sessionID: String?
    ) throws -> CodeExecution {
        let named = sessionID.flatMap { $0.isEmpty ? nil : $0 }
        let session = named ?? (stateful ? "code-" + UUID().uuidString.lowercased().prefix(12) : nil)
        let execution = try jupyter.execute(
            code: code, timeout: TimeInterval(timeout), sessionID: session, cwd: cwd)
        return CodeExecution(python: execution)
    }

    /// `python3 --version` without the word "Python", read once.
    static let pythonVersion: String? = {
        let environment = ProcessInfo.processInfo.environment
        guard let python = NodeRuntime.findExecutable("python3", path: environment["PATH"]) else { return nil }
        return NodeRuntime.firstLine(of: [python, "--version"], environment: environment)
            .map { $0.replacingOccurrences(of: "Python ", with: "") }
    }()

    private func info() -> JSONValue {
        let python = jupyter.info()
        let node = node.info()
        return [
            "languages": [
                [
                    "language": "python", "description": "Python on a Jupyter (ipykernel) kernel",
                    "runtime_version": .from(Self.pythonVersion), "default_timeout": .int(Self.defaultTimeout),
                    "max_timeout": .int(Self.timeoutRange.upperBound), "details": python.json,
                ],
                [
                    "language": "javascript", "description": "JavaScript on Node.js",
                    "runtime_version": node["node_version"] ?? .null, "default_timeout": .int(Self.defaultTimeout),
                    "max_timeout": .int(Self.timeoutRange.upperBound), "details": node,
                ],
            ]
        ]
    }
}
