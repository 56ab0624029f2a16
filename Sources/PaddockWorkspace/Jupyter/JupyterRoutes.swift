import PaddockHTTP

/// The `/v1/jupyter/*` operations.
struct JupyterRoutes {
    let service: JupyterService

    /// The contract's bounds of `timeout`, in seconds.
    static let timeoutRange = 1...300
    static let defaultTimeout = 30

    var routes: [Route] {
        [
            Route("POST", "/v1/jupyter/execute", execute),
            Route("GET", "/v1/jupyter/info", { _ in Envelope.success(service.info().json) }),
            Route("GET", "/v1/jupyter/sessions", listSessions),
            Route("DELETE", "/v1/jupyter/sessions", deleteAllSessions),
            Route("DELETE", "/v1/jupyter/sessions/{session_id}", deleteSession),
            Route("POST", "/v1/jupyter/sessions/create", createSession),
        ]
    }

    private func execute(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let code = fields.requiredString("code")
        let timeout = fields.int("timeout")
        let kernelName = fields.string("kernel_name")
        let sessionID = fields.string("session_id")
        let cwd = fields.string("cwd")
        try fields.validate()
        try Self.checkTimeout(timeout)
        let result = try service.execute(
            code: code, timeout: Double(timeout ?? Self.defaultTimeout), sessionID: sessionID, kernelName: kernelName,
            cwd: cwd)
        return Envelope.success(result.json, message: "Code executed with status \(result.status.rawValue)", hint: result.hint)
    }

    /// Throws the 422 that pydantic raises for a timeout outside 1...300.
    static func checkTimeout(_ timeout: Int?) throws {
        guard let timeout, !timeoutRange.contains(timeout) else { return }
        let tooSmall = timeout < timeoutRange.lowerBound
        throw ValidationFailure([
            .init(
                location: ["body", "timeout"],
                message: tooSmall ? "Input should be greater than or equal to 1" : "Input should be less than or equal to 300",
                type: tooSmall ? "greater_than_equal" : "less_than_equal", input: .int(timeout))
        ])
    }

    private func listSessions(_ request: RouteRequest) throws -> HTTPResponse {
        var entries: [String: JSONValue] = [:]
        for session in service.allSessions { entries[session.id] = session.info }
        return Envelope.success(["sessions": .object(entries)])
    }

    private func deleteAllSessions(_ request: RouteRequest) throws -> HTTPResponse {
        let count = service.deleteAllSessions()
        return Envelope.success(nil, message: "Deleted \(count) Jupyter sessions")
    }

    private func deleteSession(_ request: RouteRequest) throws -> HTTPResponse {
        let id = request.parameters["session_id"] ?? ""
        try service.deleteSession(id)
        return Envelope.success(nil, message: "Session \(id) deleted")
    }

    private func createSession(_ request: RouteRequest) throws -> HTTPResponse {
        // Every field is optional, so an empty body creates a session with defaults.
        let body = try request.http.body.readAll(limit: RouteRequest.maxJSONBodyBytes)
        let fields = body.isEmpty ? RequestFields([:]) : try RequestFields.parse(body: body)
        let sessionID = fields.string("session_id")
        let kernelName = fields.string("kernel_name")
        let cwd = fields.string("cwd")
        try fields.validate()
        let (session, created) = try service.session(sessionID, kernelName: kernelName, cwd: cwd)
        let message = created ? "Session created" : "Session already exists"
        return Envelope.success([
            "session_id": .string(session.id), "kernel_name": .string(session.kernelName), "message": .string(message),
        ])
    }
}
