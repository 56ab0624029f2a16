/// A sandbox policy in the schema of NVIDIA OpenShell's sandbox policy (version 1).
///
/// The static sections (`filesystemPolicy`, `landlock`, `process`) are applied once when a sandbox
/// starts. The dynamic ones (`networkPolicies`, `networkMiddlewares`) may be replaced while it runs.
/// Build one with `PolicyLoader`, which validates the document. Decoding from JSON does not validate,
/// so decode only JSON that this type encoded from a loaded policy.
public struct SandboxPolicy: Codable, Sendable, Equatable {
    /// The schema version, always 1.
    public var version: Int
    /// The filesystem rules, or nil when the document has no `filesystem_policy` section. Without the
    /// section, Landlock restricts no paths.
    public var filesystemPolicy: FilesystemPolicy?
    public var landlock: LandlockPolicy
    public var process: ProcessPolicy
    /// The network policies, sorted by key.
    public var networkPolicies: [NetworkPolicy]
    /// The network middlewares, sorted by key. `NetworkMiddleware.order` gives the order they run in.
    public var networkMiddlewares: [NetworkMiddleware]

    public init(
        version: Int = 1, filesystemPolicy: FilesystemPolicy?, landlock: LandlockPolicy = LandlockPolicy(),
        process: ProcessPolicy = ProcessPolicy(), networkPolicies: [NetworkPolicy] = [],
        networkMiddlewares: [NetworkMiddleware] = []
    ) {
        self.version = version
        self.filesystemPolicy = filesystemPolicy
        self.landlock = landlock
        self.process = process
        self.networkPolicies = networkPolicies.sorted { $0.key < $1.key }
        self.networkMiddlewares = networkMiddlewares.sorted { $0.key < $1.key }
    }

    /// The policy for a sandbox that has none: read-only system paths, read-write `/sandbox`, `/tmp`
    /// and `/dev/null` plus the workspace, Landlock best effort, the `sandbox` user and group, and no
    /// network access.
    public static let restrictiveDefault = SandboxPolicy(
        filesystemPolicy: FilesystemPolicy(
            includeWorkdir: true,
            readOnly: ["/usr", "/lib", "/proc", "/dev/urandom", "/app", "/etc", "/var/log"],
            readWrite: ["/sandbox", "/tmp", "/dev/null"]),
        landlock: LandlockPolicy(compatibility: .bestEffort),
        process: ProcessPolicy(runAsUser: .sandbox, runAsGroup: .sandbox))

    /// Returns whether the static sections (version, filesystem, Landlock and process) equal those of
    /// `other`, which a live reload requires because only the network sections can change then.
    public func staticSectionsEqual(_ other: SandboxPolicy) -> Bool {
        version == other.version && filesystemPolicy == other.filesystemPolicy && landlock == other.landlock
            && process == other.process
    }

    /// Returns this policy with the network policies and middlewares of `other`, for a live reload.
    public func withNetworkPolicies(from other: SandboxPolicy) -> SandboxPolicy {
        var copy = self
        copy.networkPolicies = other.networkPolicies
        copy.networkMiddlewares = other.networkMiddlewares
        return copy
    }

    /// Returns the network policy with map key `key`.
    public func networkPolicy(key: String) -> NetworkPolicy? {
        networkPolicies.first { $0.key == key }
    }

    private enum CodingKeys: String, CodingKey {
        case version
        case filesystemPolicy = "filesystem_policy"
        case landlock, process
        case networkPolicies = "network_policies"
        case networkMiddlewares = "network_middlewares"
    }
}
