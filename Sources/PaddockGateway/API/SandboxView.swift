import Foundation
import PaddockRuntime
import PaddockStore

/// A sandbox as the REST API shows it.
struct SandboxView: Codable, Sendable {
    struct Limits: Codable, Sendable {
        var memoryBytes: UInt64?
        var cpus: Double?
        var pids: Int?

        enum CodingKeys: String, CodingKey {
            case memoryBytes = "memory_bytes"
            case cpus, pids
        }
    }

    var id: String
    var name: String
    var phase: String
    var image: String
    var createdAt: String
    var expiresAt: String?
    var limits: Limits
    var env: [String: String]
    var command: [String]?
    var removeOnExit: Bool
    var exitCode: Int32?
    var lastError: String?
    var workspace: String
    var user: SandboxUser
    /// The credential providers whose placeholders the sandbox's environment holds.
    var providers: [String]

    enum CodingKeys: String, CodingKey {
        case id, name, phase, image, limits, env, command, workspace, user, providers
        case createdAt = "created_at"
        case expiresAt = "expires_at"
        case removeOnExit = "remove_on_exit"
        case exitCode = "exit_code"
        case lastError = "last_error"
    }

    init(record: SandboxRecord, spec: SandboxSpec, providers: [String] = []) {
        let formatter = ISO8601DateFormatter()
        id = record.id
        name = record.name
        phase = record.phase.rawValue
        image = record.image
        createdAt = formatter.string(from: record.createdAt)
        expiresAt = record.expiresAt.map { formatter.string(from: $0) }
        limits = Limits(memoryBytes: spec.limits.memoryBytes, cpus: spec.limits.cpus, pids: spec.limits.pids)
        env = spec.environment
        command = spec.command
        removeOnExit = spec.removeOnExit
        exitCode = record.exitCode
        lastError = record.lastError
        workspace = spec.workspace
        user = spec.user
        self.providers = providers
    }
}

/// The body of `GET /v1/sandboxes`.
struct SandboxList: Codable, Sendable {
    var sandboxes: [SandboxView]
}
