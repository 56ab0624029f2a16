/// The `credential_binding` of an endpoint: the provider whose static credentials may be sent to it.
public struct CredentialBinding: Codable, Sendable, Equatable {
    /// The provider name.
    public var provider: String

    public init(provider: String) {
        self.provider = provider
    }
}
