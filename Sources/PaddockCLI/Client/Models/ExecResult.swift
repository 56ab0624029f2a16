/// The result of a buffered exec, `POST /v1/sandboxes/NAME/exec`.
struct ExecResult: Codable, Sendable, Equatable {
    /// The exit status: 124 when the timeout fired, 127 when the command was not found, 128 + N
    /// when signal N ended it.
    var exitCode: Int
    var timedOut: Bool
    /// Standard output in base64.
    var stdout: String
    /// Standard error in base64.
    var stderr: String

    enum CodingKeys: String, CodingKey {
        case exitCode = "exit_code"
        case timedOut = "timed_out"
        case stdout, stderr
    }
}
