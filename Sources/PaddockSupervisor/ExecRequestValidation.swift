import PaddockCore

extension ExecParameters {
    /// The accepted fields of an exec request, for the buffered route and the WebSocket's first message.
    static let fields = JSONRequestFields(
        subject: "the exec request",
        fields: [
            .init("command", .stringArray, required: true), .init("env", .stringMap), .init("workdir", .string),
            .init("timeout_seconds", .number), .init("tty", .bool), .init("rows", .integer(0...65535)),
            .init("cols", .integer(0...65535)), .init("stdin", .string),
        ])

    /// Decodes and checks an exec request, so that nothing starts for a request with any error.
    ///
    /// - Throws: `PaddockError` with code `invalidArgument` naming the field and the rule.
    static func decode(_ bytes: [UInt8]) throws -> ExecParameters {
        let parameters = try fields.decode(ExecParameters.self, from: bytes)
        guard !parameters.command.isEmpty else {
            throw PaddockError(.invalidArgument, "field 'command' is an empty array; give the program and its arguments")
        }
        for key in (parameters.env ?? [:]).keys.sorted() {
            try EnvironmentAssignment.validateKey(key)
        }
        if let timeout = parameters.timeoutSeconds, !(timeout > 0) {
            throw PaddockError(
                .invalidArgument,
                "field 'timeout_seconds' must be more than 0, got \(timeout); leave it out to run without a time limit")
        }
        return parameters
    }
}

extension ExecControl {
    /// The fields that a client may send in a control message.
    static let clientFields = JSONRequestFields(
        subject: "the control message",
        fields: [
            .init("type", .string, required: true), .init("rows", .integer(0...65535)),
            .init("cols", .integer(0...65535)), .init("signal", .integer(1...64)),
        ])

    /// The control message types that a client may send.
    static let clientTypes = ["eof", "resize", "signal"]

    /// Decodes and checks a control message from the client.
    ///
    /// - Throws: `PaddockError` with code `invalidArgument` naming the field, or the unknown type.
    static func decodeFromClient(_ bytes: [UInt8]) throws -> ExecControl {
        let control = try clientFields.decode(ExecControl.self, from: bytes)
        guard clientTypes.contains(control.type) else {
            throw PaddockError(
                .invalidArgument,
                "unknown control message type '\(control.type)'; accepted types: \(clientTypes.joined(separator: ", "))")
        }
        if control.type == "resize", control.rows == nil || control.cols == nil {
            throw PaddockError(.invalidArgument, "a resize control message needs both 'rows' and 'cols'")
        }
        return control
    }
}
