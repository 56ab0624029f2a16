/// The body of `POST /v1/providers`.
struct CreateProviderRequest: Codable, Sendable {
    var name: String
    /// Credential key → secret value. Each key becomes an environment variable in sandboxes.
    var credentials: [String: String]
    /// The hosts, `HOST` or `HOST:PORT`, that the credentials may be sent to.
    var endpoints: [String]?
}

/// The body of `PATCH /v1/providers/NAME`. Fields left out keep their stored values.
struct UpdateProviderRequest: Codable, Sendable {
    /// Credentials to add or replace, key → secret value.
    var credentials: [String: String]?
    /// Credential keys to remove.
    var removeCredentials: [String]?
    /// The new endpoint list, which replaces the stored one.
    var endpoints: [String]?

    enum CodingKeys: String, CodingKey {
        case credentials
        case removeCredentials = "remove_credentials"
        case endpoints
    }
}
