/// The body of `POST /v1/sandboxes`. Units stay as the text the user typed, already validated, so
/// that the gateway's messages quote them as given.
struct CreateSandboxRequest: Codable, Sendable, Equatable {
    var name: String?
    /// The policy's YAML text.
    var policy: String?
    /// The policy's local path, for the gateway's messages.
    var policyFile: String?
    var memory: String?
    var cpus: String?
    var pids: Int?
    var env: [String: String]?
    var ttl: String?
    var removeOnExit: Bool?
    var command: [String]?
    /// Whether this client runs `command` itself over `exec/ws?main=true`, so the gateway does not.
    var attach: Bool?
    /// Names of the credential providers whose placeholders the sandbox gets.
    var providers: [String]?
    var egressOptions: EgressOptions?
    /// An image name or digest from the gateway's image store; nil means the `host` image.
    var image: String?
    /// Ports to forward once the sandbox runs, each `[BIND:]PORT`.
    var forwards: [String]?

    enum CodingKeys: String, CodingKey {
        case name, policy
        case policyFile = "policy_file"
        case memory, cpus, pids, env, ttl
        case removeOnExit = "remove_on_exit"
        case command, attach, providers, image, forwards
        case egressOptions = "egress_options"
    }
}

/// The egress proxy's switches for tests, as `POST /v1/sandboxes` takes them.
struct EgressOptions: Codable, Sendable, Equatable {
    /// Host name → IP address, used instead of DNS.
    var hostOverrides: [String: String]?
    var allowLoopbackUpstreams: Bool?
    /// PEM text of extra CA certificates for upstream TLS servers.
    var extraCA: String?

    enum CodingKeys: String, CodingKey {
        case hostOverrides = "host_overrides"
        case allowLoopbackUpstreams = "allow_loopback_upstreams"
        case extraCA = "extra_ca"
    }
}
