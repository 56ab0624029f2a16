/// The body of `GET /v1/health`.
struct HealthResponse: Codable, Sendable, Equatable {
    var status: String
    var version: String?
}
