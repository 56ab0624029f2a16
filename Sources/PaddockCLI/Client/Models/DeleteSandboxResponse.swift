/// The body of `DELETE /v1/sandboxes/NAME`.
struct DeleteSandboxResponse: Codable, Sendable, Equatable {
    /// The name of the deleted sandbox.
    var deleted: String
}
