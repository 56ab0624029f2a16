import Foundation

/// One numbered revision of a sandbox's policy.
public struct PolicyRevisionRecord: Codable, Sendable, Equatable {
    public var sandboxID: String
    /// The revision number, counting from 1 for each sandbox.
    public var version: Int
    /// The compiled policy as JSON text.
    public var policy: String
    /// The YAML document that the policy was compiled from.
    public var source: String
    public var status: PolicyRevisionStatus
    public var loadError: String?
    public var createdAt: Date
    public var loadedAt: Date?

    public init(
        sandboxID: String, version: Int, policy: String, source: String, status: PolicyRevisionStatus,
        loadError: String? = nil, createdAt: Date, loadedAt: Date? = nil
    ) {
        self.sandboxID = sandboxID
        self.version = version
        self.policy = policy
        self.source = source
        self.status = status
        self.loadError = loadError
        self.createdAt = createdAt
        self.loadedAt = loadedAt
    }

    enum CodingKeys: String, CodingKey {
        case sandboxID = "sandbox_id"
        case version, policy, source, status
        case loadError = "load_error"
        case createdAt = "created_at"
        case loadedAt = "loaded_at"
    }
}
