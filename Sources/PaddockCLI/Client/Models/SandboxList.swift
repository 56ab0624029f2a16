/// The body of `GET /v1/sandboxes`.
struct SandboxList: Codable, Sendable, Equatable {
    var sandboxes: [Sandbox]
}
