/// One policy revision of a sandbox as the gateway returns it.
struct PolicyRevision: Codable, Sendable, Equatable {
    var sandbox: String?
    var revision: Int
    /// `pending`, `loaded`, `failed` or `superseded`.
    var status: String
    var error: String?
    var createdAt: String?
    var loadedAt: String?
    /// The YAML document; absent in lists.
    var source: String?

    enum CodingKeys: String, CodingKey {
        case sandbox, revision, status, error, source
        case createdAt = "created_at"
        case loadedAt = "loaded_at"
    }
}

/// The body of `GET /v1/sandboxes/NAME/policy/revisions`.
struct PolicyRevisionList: Codable, Sendable, Equatable {
    var revisions: [PolicyRevision]
}

/// The body of `PUT /v1/sandboxes/NAME/policy`.
struct SetPolicyRequest: Codable, Sendable, Equatable {
    var policy: String
    var policyFile: String?
    var wait: Bool?
    var timeoutSeconds: Double?

    enum CodingKeys: String, CodingKey {
        case policy, wait
        case policyFile = "policy_file"
        case timeoutSeconds = "timeout_seconds"
    }
}
