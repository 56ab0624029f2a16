/// The result of one execute request: the contract's `JupyterExecuteResponse` and a hint for the caller.
struct JupyterExecution: Sendable {
    enum Status: String, Sendable {
        case ok, error, timeout
    }

    var status: Status
    /// Outputs in the contract's `JupyterOutput` shape, absent members as null.
    var outputs: [JSONValue]
    var executionCount: Int?
    /// The session that ran the code; nil for a one-off call on a kernel that was shut down after.
    var sessionID: String?
    var kernelName: String
    var code: String
    var messageID: String?
    /// A note for the caller beyond the outputs: a timeout, a restarted kernel, truncation.
    var hint: String?

    var json: JSONValue {
        [
            "kernel_name": .string(kernelName), "session_id": .from(sessionID), "status": .string(status.rawValue),
            "execution_count": .from(executionCount), "outputs": .array(outputs), "code": .string(code),
            "msg_id": .from(messageID),
        ]
    }
}

/// The data of `GET /v1/jupyter/info`.
struct JupyterInfo: Sendable {
    var defaultKernel: String
    var availableKernels: [String]
    var activeSessions: Int
    var sessionTimeoutSeconds: Int
    var maxSessions: Int
    /// Whether a started kernel waits for the next new session or one-off call (beyond the contract).
    var spareKernelReady: Bool

    var json: JSONValue {
        [
            "default_kernel": .string(defaultKernel), "available_kernels": .from(availableKernels),
            "active_sessions": .int(activeSessions), "session_timeout_seconds": .int(sessionTimeoutSeconds),
            "max_sessions": .int(maxSessions), "spare_kernel_ready": .bool(spareKernelReady),
            "description": "Stateful Python execution on ipykernel kernels that the workspace server starts",
            "kernel_detection": "kernel.json files in JUPYTER_PATH, the user's and the system Jupyter data directories",
        ]
    }
}
