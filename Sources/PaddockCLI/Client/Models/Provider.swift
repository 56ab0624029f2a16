/// A credential provider as the gateway returns it: credential names, never values.
struct Provider: Codable, Sendable, Equatable {
    var name: String
    var credentials: [String]
    var endpoints: [String]
    var sandboxes: [String]?
    var createdAt: String?
    var updatedAt: String?

    enum CodingKeys: String, CodingKey {
        case name, credentials, endpoints, sandboxes
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

/// The body of `GET /v1/providers`.
struct ProviderList: Codable, Sendable, Equatable {
    var providers: [Provider]
}

/// The body of `POST /v1/providers`.
struct CreateProviderRequest: Codable, Sendable, Equatable {
    var name: String
    var credentials: [String: String]
    var endpoints: [String]?
}

/// The body of `PATCH /v1/providers/NAME`.
struct UpdateProviderRequest: Codable, Sendable, Equatable {
    var credentials: [String: String]?
    var removeCredentials: [String]?
    var endpoints: [String]?

    enum CodingKeys: String, CodingKey {
        case credentials
        case removeCredentials = "remove_credentials"
        case endpoints
    }
}
