/// The body of `POST /v1/sandboxes`. Units stay as the text the user typed, already validated, so
/// that the gateway's messages quote them as given.
struct CreateSandboxRequest: Codable, Sendable, Equatable {
    var name: String?
    /// The policy's YAML text.
    var policy: String?
    /// The policy's local path, for the gateway's messages.
    var policyFile: String?
    var memory: String?
    var cpus: String?
    var pids: Int?
    var env: [String: String]?
    var ttl: String?
    var removeOnExit: Bool?
    var command: [String]?
    /// Whether this client runs `command` itself over `exec/ws?main=true`, so the gateway does not.
    var attach: Bool?

    enum CodingKeys: String, CodingKey {
        case name, policy
        case policyFile = "policy_file"
        case memory, cpus, pids, env, ttl
        case removeOnExit = "remove_on_exit"
        case command, attach
    }
}
