import Foundation

/// A sandbox as the gateway stores it.
///
/// `spec` and `policy` are JSON documents that the gateway owns; the store keeps them as text and
/// does not read them. The store keeps dates to whole microseconds.
public struct SandboxRecord: Codable, Sendable, Equatable {
    /// The stable identifier, such as `sb-3f9a1c0e7b2d`.
    public var id: String
    /// The unique name that users type.
    public var name: String
    public var phase: SandboxPhase
    public var image: String
    /// The creation request as JSON text.
    public var spec: String
    /// The compiled policy as JSON text.
    public var policy: String
    public var createdAt: Date
    /// The time of the last write; every update sets it.
    public var updatedAt: Date
    /// The time after which the gateway reaps the sandbox, or nil for no TTL.
    public var expiresAt: Date?
    public var supervisorPID: Int32?
    /// The supervisor's start time in clock ticks since boot (field 22 of `/proc/PID/stat`), so that
    /// a reused pid is not mistaken for the supervisor.
    public var supervisorStartTime: UInt64?
    public var exitCode: Int32?
    public var lastError: String?

    /// Creates a record; `updatedAt` defaults to `createdAt`.
    public init(
        id: String, name: String, phase: SandboxPhase, image: String, spec: String, policy: String,
        createdAt: Date = Date(), updatedAt: Date? = nil, expiresAt: Date? = nil,
        supervisorPID: Int32? = nil, supervisorStartTime: UInt64? = nil, exitCode: Int32? = nil,
        lastError: String? = nil
    ) {
        self.id = id
        self.name = name
        self.phase = phase
        self.image = image
        self.spec = spec
        self.policy = policy
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.expiresAt = expiresAt
        self.supervisorPID = supervisorPID
        self.supervisorStartTime = supervisorStartTime
        self.exitCode = exitCode
        self.lastError = lastError
    }

    enum CodingKeys: String, CodingKey {
        case id, name, phase, image, spec, policy
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case expiresAt = "expires_at"
        case supervisorPID = "supervisor_pid"
        case supervisorStartTime = "supervisor_start_time"
        case exitCode = "exit_code"
        case lastError = "last_error"
    }
}
