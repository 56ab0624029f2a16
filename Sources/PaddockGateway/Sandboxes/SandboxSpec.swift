import Foundation
import PaddockCore
import PaddockImage
import PaddockRuntime

/// What a sandbox was created with, stored as JSON in its record.
struct SandboxSpec: Codable, Sendable {
    var limits: ResourceLimits
    var environment: [String: String]
    var command: [String]?
    var removeOnExit: Bool
    /// Whether the client runs `command` itself over `exec/ws?main=true` instead of the gateway.
    var attached: Bool?
    var ttlSeconds: Double?
    var user: SandboxUser
    var workspace: String
    /// The policy document as the user wrote it, and the file it came from, for messages.
    var policySource: String?
    var policyFile: String?
    /// For a sandbox from an OCI image: its layers, user, working directory and environment.
    var image: ImageSandboxPlan?
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
    var attach: Bool?
    /// Names of the credential providers whose placeholders the sandbox gets.
    var providers: [String]?
    var egressOptions: EgressOptionsSpec?
    /// An image name or digest from the image store; nil means the `host` image.
    var image: String?
    /// Ports to forward once the sandbox runs, each `[BIND:]PORT`.
    var forwards: [String]?

    enum CodingKeys: String, CodingKey {
        case name, policy, memory, cpus, pids, env, ttl, command, attach, providers, image, forwards
        case policyFile = "policy_file"
        case removeOnExit = "remove_on_exit"
        case egressOptions = "egress_options"
    }

    /// The accepted fields, checked before decoding so that a misspelled field is an error.
    static let fields = JSONRequestFields(
        subject: "the request body",
        fields: [
            .init("name", .string), .init("policy", .string), .init("policy_file", .string),
            .init("memory", .string), .init("cpus", .string), .init("pids", .integer(1...Int64(Int32.max))),
            .init("env", .stringMap), .init("ttl", .string), .init("remove_on_exit", .bool),
            .init("command", .stringArray), .init("attach", .bool), .init("providers", .stringArray),
            .init("image", .string), .init("forwards", .stringArray),
            .init("egress_options", .object(EgressOptionsSpec.fields)),
        ])
}
