import Foundation

/// A credential provider as the store keeps it, without its values: the names of its credentials
/// and the endpoints that may receive them.
public struct ProviderRecord: Codable, Sendable, Equatable {
    /// The unique name that users type and that sandboxes refer to.
    public var name: String
    /// The credential keys, sorted. Each is also the environment variable that holds its placeholder.
    public var credentialKeys: [String]
    /// Host patterns with an optional `:port`, in the order given.
    public var endpoints: [String]
    public var createdAt: Date
    public var updatedAt: Date

    public init(name: String, credentialKeys: [String], endpoints: [String], createdAt: Date, updatedAt: Date) {
        self.name = name
        self.credentialKeys = credentialKeys
        self.endpoints = endpoints
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
