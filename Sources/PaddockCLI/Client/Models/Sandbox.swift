/// A sandbox as the gateway's REST API returns it.
///
/// Fields that an older or newer gateway may leave out are optional, so that decoding fails only
/// when `id`, `name` or `phase` is missing.
struct Sandbox: Codable, Sendable, Equatable {
    /// Resource limits as stored by the gateway.
    struct Limits: Codable, Sendable, Equatable {
        var memoryBytes: Int64?
        var cpus: Double?
        var pids: Int?

        enum CodingKeys: String, CodingKey {
            case memoryBytes = "memory_bytes"
            case cpus
            case pids
        }
    }

    /// The user that the sandbox's processes run as.
    struct User: Codable, Sendable, Equatable {
        var uid: Int
        var gid: Int
        var name: String?
    }

    var id: String
    var name: String
    /// One of `creating`, `running`, `stopping`, `stopped`, `failed` and `deleting`.
    var phase: String
    var image: String?
    /// The creation time in RFC 3339, such as `2026-12-04T10:00:00Z`.
    var createdAt: String?
    /// The time the gateway deletes the sandbox, in RFC 3339, or nil without a TTL.
    var expiresAt: String?
    var limits: Limits?
    var env: [String: String]?
    var command: [String]?
    var removeOnExit: Bool?
    var exitCode: Int?
    var lastError: String?
    var workspace: String?
    var user: User?
    /// The credential providers whose placeholders the sandbox's environment contains.
    var providers: [String]?

    enum CodingKeys: String, CodingKey {
        case id, name, phase, image
        case createdAt = "created_at"
        case expiresAt = "expires_at"
        case limits, env, command
        case removeOnExit = "remove_on_exit"
        case exitCode = "exit_code"
        case lastError = "last_error"
        case workspace, user, providers
    }
}
