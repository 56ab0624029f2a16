import PaddockHTTP

/// The `/v1/nodejs/*` operations.
struct NodeJSRoutes {
    let service: NodeService

    var routes: [Route] {
        [
            Route("POST", "/v1/nodejs/execute", execute),
            Route("GET", "/v1/nodejs/info", { _ in Envelope.success(service.info()) }),
            Route("POST", "/v1/nodejs/sessions", createSession),
            Route("GET", "/v1/nodejs/sessions", listSessions),
            Route("GET", "/v1/nodejs/sessions/{session_id}", getSession),
            Route("PATCH", "/v1/nodejs/sessions/{session_id}", updateSession),
            Route("DELETE", "/v1/nodejs/sessions/{session_id}", deleteSession),
        ]
    }

    private func execute(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let code = fields.requiredString("code")
        let timeout = fields.int("timeout")
        let stdin = fields.string("stdin")
        let files = fields.stringMap("files")
        let stateful = fields.bool("stateful") ?? false
        let sessionID = fields.string("session_id")
        let cwd = fields.string("cwd")
        let version = fields.string("version")
        try fields.validate()
        try ValidationFailure.checkRange(timeout, "timeout", NodeService.timeoutRange)
        let execution = try service.execute(
            code: code, timeout: timeout ?? NodeService.defaultTimeout, stdin: stdin, files: files, stateful: stateful,
            sessionID: sessionID, cwd: cwd, version: version)
        return Envelope.success(execution.json, hint: execution.hint)
    }

    private func createSession(_ request: RouteRequest) throws -> HTTPResponse {
        try checkVersion(request)
        let fields = try Self.optionalBody(request)
        let sessionID = fields.string("session_id")
        let cwd = fields.string("cwd")
        let maxIdle = fields.int("max_idle_time")
        try fields.validate()
        try ValidationFailure.checkRange(maxIdle, "max_idle_time", NodeSessions.idleSecondsRange)
        let (session, created) = try service.sessions.create(id: sessionID, cwd: cwd, maxIdleSeconds: maxIdle)
        return Envelope.success([
            "session_id": .string(session.id), "created": .bool(created),
            "message": .string(created ? "Session created" : "Session already exists"), "session": session.info,
        ])
    }

    private func listSessions(_ request: RouteRequest) throws -> HTTPResponse {
        try checkVersion(request)
        var map: [String: JSONValue] = [:]
        for session in service.sessions.all { map[session.id] = session.info }
        return Envelope.success(["sessions": .object(map)])
    }

    private func getSession(_ request: RouteRequest) throws -> HTTPResponse {
        try checkVersion(request)
        let session = try service.sessions.existing(request.parameters["session_id"] ?? "")
        return Envelope.success(["session": session.info])
    }

    private func updateSession(_ request: RouteRequest) throws -> HTTPResponse {
        try checkVersion(request)
        let fields = try Self.optionalBody(request)
        let maxIdle = fields.int("max_idle_time")
        let cwd = fields.string("cwd")
        try fields.validate()
        try ValidationFailure.checkRange(maxIdle, "max_idle_time", NodeSessions.idleSecondsRange)
        let session = try service.sessions.existing(request.parameters["session_id"] ?? "")
        if let cwd { try NodeWorkingDirectory.check(cwd) }
        try session.update(maxIdleSeconds: maxIdle, cwd: cwd)
        return Envelope.success(["updated": true, "session": session.info])
    }

    private func deleteSession(_ request: RouteRequest) throws -> HTTPResponse {
        try checkVersion(request)
        let id = request.parameters["session_id"] ?? ""
        try service.sessions.remove(id)
        return Envelope.success(["deleted": true], message: "Session \(id) deleted")
    }

    private func checkVersion(_ request: RouteRequest) throws {
        let query = request.query()
        let version = query.string("version")
        try query.validate()
        try service.runtime.checkVersion(version)
    }

    /// Reads the JSON body's fields. An empty body counts as `{}`, because every field is optional.
    private static func optionalBody(_ request: RouteRequest) throws -> RequestFields {
        let bytes = try request.http.body.readAll(limit: RouteRequest.maxJSONBodyBytes)
        guard !bytes.isEmpty else { return RequestFields([:]) }
        return try RequestFields.parse(body: bytes)
    }
}
