/// A supervisor's report about loading egress settings.
enum EgressLoadReport: Sendable, Equatable {
    /// The revision is in force.
    case loaded(revision: Int)
    /// The supervisor rejected the revision and keeps the previous one, for `reason`.
    case failed(revision: Int, reason: String)
    /// The outcome is unknown because the supervisor has no egress routes, cannot be reached or did
    /// not reply. `reason` names the cause.
    case unknown(reason: String)
}

/// The body of the supervisor's `POST /v1/egress/reload` and `GET /v1/egress` replies.
struct EgressStatusBody: Codable, Sendable {
    var revision: Int
    var status: String
    var error: String?
}
