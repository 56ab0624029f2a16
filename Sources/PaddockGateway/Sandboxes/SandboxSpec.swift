import Foundation
import PaddockRuntime

/// What a sandbox was created with, stored as JSON in its record.
struct SandboxSpec: Codable, Sendable {
    var limits: ResourceLimits
    var environment: [String: String]
    var command: [String]?
    var removeOnExit: Bool
    var ttlSeconds: Double?
    var user: SandboxUser
    var workspace: String
    /// The policy document as the user wrote it, and the file it came from, for messages.
    var policySource: String?
    var policyFile: String?
    /// The egress proxy's test switches, or nil for the defaults.
    var egressOptions: EgressOptionsSpec?
}

/// The body of `POST /v1/sandboxes`.
struct CreateSandboxRequest: Codable, Sendable {
    var name: String?
    var policy: String?
    var policyFile: String?
    var memory: String?
    var cpus: String?
    var pids: Int?
    var env: [String: String]?
    var ttl: String?
    var removeOnExit: Bool?
    var command: [String]?
    /// Names of the credential providers whose placeholders the sandbox gets.
    var providers: [String]?
    var egressOptions: EgressOptionsSpec?

    enum CodingKeys: String, CodingKey {
        case name, policy, memory, cpus, pids, env, ttl, command, providers
        case policyFile = "policy_file"
        case removeOnExit = "remove_on_exit"
        case egressOptions = "egress_options"
    }
}
