import Foundation
import PaddockStore

/// A policy revision as the REST API shows it.
struct PolicyRevisionView: Codable, Sendable {
    var sandbox: String
    var revision: Int
    /// `pending`, `loaded`, `failed` or `superseded`.
    var status: String
    /// The reason the revision failed, or the reason a pending one is not confirmed yet.
    var error: String?
    var createdAt: String
    var loadedAt: String?
    /// The YAML document as given; left out of lists.
    var source: String?

    enum CodingKeys: String, CodingKey {
        case sandbox, revision, status, error, source
        case createdAt = "created_at"
        case loadedAt = "loaded_at"
    }

    init(record: PolicyRevisionRecord, sandbox: String, includeSource: Bool) {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        self.sandbox = sandbox
        revision = record.version
        status = record.status.rawValue
        error = record.loadError
        createdAt = formatter.string(from: record.createdAt)
        loadedAt = record.loadedAt.map { formatter.string(from: $0) }
        source = includeSource ? record.source : nil
    }
}

/// The body of `GET /v1/sandboxes/NAME/policy/revisions`.
struct PolicyRevisionList: Codable, Sendable {
    var revisions: [PolicyRevisionView]
}

/// The body of `PUT /v1/sandboxes/NAME/policy`.
struct SetPolicyRequest: Codable, Sendable {
    /// The policy's YAML text.
    var policy: String
    /// The file the policy came from, for messages.
    var policyFile: String?
    /// Whether to respond only once the supervisor reported the revision loaded or failed.
    var wait: Bool?
    /// How long to wait, in seconds; 30 when left out.
    var timeoutSeconds: Double?

    enum CodingKeys: String, CodingKey {
        case policy, wait
        case policyFile = "policy_file"
        case timeoutSeconds = "timeout_seconds"
    }
}
