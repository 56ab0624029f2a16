import PaddockCore
import PaddockPolicy

/// The egress settings file, `<sandbox dir>/egress.json`, that the gateway writes and the
/// supervisor's proxy enforces: one policy revision's `network_policies`, the credentials of the
/// sandbox's providers and the operator's test switches. docs/egress.md describes the format.
///
/// NOTE: the supervisor side decodes this file with its own type in PaddockRuntime. The two must
/// keep the same JSON field names, and this mirror can be replaced by that type once both exist
/// on one branch.
struct EgressDocument: Codable, Sendable, Equatable {
    var revision: Int
    var networkPolicies: [NetworkPolicy]
    var credentials: [EgressCredentialEntry]
    var options: EgressOptionsSpec

    enum CodingKeys: String, CodingKey {
        case revision
        case networkPolicies = "network_policies"
        case credentials, options
    }
}

/// One credential as the proxy needs it. `value` is the secret, so this type is never logged.
struct EgressCredentialEntry: Codable, Sendable, Equatable {
    var provider: String
    /// The environment variable that contains the placeholder inside the sandbox.
    var key: String
    var placeholder: String
    var value: String
    /// Host patterns, each with an optional `:port`, that may receive the value.
    var endpoints: [String]
}

/// The proxy's operator switches, meant for tests that point host names at local servers.
struct EgressOptionsSpec: Codable, Sendable, Equatable {
    /// Host name → IP address literal, used instead of DNS.
    var hostOverrides: [String: String] = [:]
    /// Lets the proxy dial loopback addresses, which it refuses by default.
    var allowLoopbackUpstreams = false
    /// PEM text of CA certificates that upstream TLS servers may chain to, beside the system's roots.
    var extraCA: String?

    var isDefault: Bool { hostOverrides.isEmpty && !allowLoopbackUpstreams && extraCA == nil }

    /// The accepted fields of `egress_options` in a create request.
    static let fields = JSONRequestFields(
        subject: "field 'egress_options'",
        fields: [
            .init("host_overrides", .stringMap), .init("allow_loopback_upstreams", .bool),
            .init("extra_ca", .string),
        ])

    enum CodingKeys: String, CodingKey {
        case hostOverrides = "host_overrides"
        case allowLoopbackUpstreams = "allow_loopback_upstreams"
        case extraCA = "extra_ca"
    }

    init(hostOverrides: [String: String] = [:], allowLoopbackUpstreams: Bool = false, extraCA: String? = nil) {
        self.hostOverrides = hostOverrides
        self.allowLoopbackUpstreams = allowLoopbackUpstreams
        self.extraCA = extraCA
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        hostOverrides = try container.decodeIfPresent([String: String].self, forKey: .hostOverrides) ?? [:]
        allowLoopbackUpstreams = try container.decodeIfPresent(Bool.self, forKey: .allowLoopbackUpstreams) ?? false
        extraCA = try container.decodeIfPresent(String.self, forKey: .extraCA)
    }
}
