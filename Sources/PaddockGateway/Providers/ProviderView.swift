import Foundation
import PaddockStore

/// A provider as the REST API shows it: the names of its credentials, never their values.
struct ProviderView: Codable, Sendable {
    var name: String
    var credentials: [String]
    var endpoints: [String]
    /// The sandboxes that use the provider, sorted by name.
    var sandboxes: [String]
    var createdAt: String
    var updatedAt: String

    enum CodingKeys: String, CodingKey {
        case name, credentials, endpoints, sandboxes
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    init(record: ProviderRecord, sandboxes: [String]) {
        let formatter = ISO8601DateFormatter()
        name = record.name
        credentials = record.credentialKeys
        endpoints = record.endpoints
        self.sandboxes = sandboxes
        createdAt = formatter.string(from: record.createdAt)
        updatedAt = formatter.string(from: record.updatedAt)
    }
}

/// The body of `GET /v1/providers`.
struct ProviderList: Codable, Sendable {
    var providers: [ProviderView]
}
