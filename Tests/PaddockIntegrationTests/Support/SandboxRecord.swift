/// The fields of the gateway's `Sandbox` object that the tests look at.
struct SandboxRecord: Decodable, Sendable {
    /// The sandbox id, such as `sb-3f9a1c0e7b2d`, which names its directory and cgroups.
    let id: String
    let name: String
    /// One of `creating`, `running`, `stopping`, `stopped`, `failed` or `deleting`.
    let phase: String
    /// The exit code of the command given at create, once it has exited.
    let exitCode: Int32?

    enum CodingKeys: String, CodingKey {
        case id, name, phase
        case exitCode = "exit_code"
    }
}

/// The body of `GET /v1/sandboxes`.
struct SandboxListing: Decodable, Sendable {
    let sandboxes: [SandboxRecord]
}
