/// The body of `POST /v1/sandboxes/NAME/exec`, and the first message of a streamed exec.
struct ExecRequest: Codable, Sendable, Equatable {
    var command: [String]
    var env: [String: String]?
    var workdir: String?
    var timeoutSeconds: Double?
    /// Standard input in base64, for the buffered exec only.
    var stdin: String?
    var tty: Bool?
    var rows: Int?
    var cols: Int?

    enum CodingKeys: String, CodingKey {
        case command, env, workdir
        case timeoutSeconds = "timeout_seconds"
        case stdin, tty, rows, cols
    }
}
