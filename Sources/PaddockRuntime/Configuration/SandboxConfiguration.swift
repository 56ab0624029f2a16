/// Everything a supervisor needs to build and run one sandbox. The gateway writes it as JSON into the
/// sandbox's directory, and the supervisor reads it when it starts.
public struct SandboxConfiguration: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    /// The sandbox's directory on the host; see `SandboxLayout`.
    public var directory: String
    public var image: String
    public var user: SandboxUser
    /// The workspace inside the sandbox, also the user's home directory.
    public var workspace: String
    /// Variables every process in the sandbox starts with, before per-command ones.
    public var environment: [String: String]
    public var limits: ResourceLimits
    public var filesystem: FilesystemRules
    /// Host paths that must not be visible in the sandbox even when a parent directory is.
    public var maskedHostPaths: [String]
    /// The host path of the `paddock` executable, bind-mounted read-only at `SandboxPaths.executable`.
    public var executablePath: String
    /// The cgroup layout and the sandbox's cgroup path relative to each hierarchy's root.
    public var cgroup: CgroupPlacement?
    /// For a sandbox from an OCI image: its unpacked layer directories on the host, lowest first.
    /// Nil for the `host` image.
    public var imageLayers: [String]?
    /// The directory commands start in when they name none; nil means the workspace.
    public var workingDirectory: String?
    /// Host libraries that the `paddock` executable needs, bound into images that lack them.
    public var toolLibraries: [ToolLibrary]?

    public init(
        id: String, name: String, directory: String, image: String = "host", user: SandboxUser,
        workspace: String = "/sandbox", environment: [String: String] = [:], limits: ResourceLimits = .init(),
        filesystem: FilesystemRules, maskedHostPaths: [String] = [], executablePath: String,
        cgroup: CgroupPlacement? = nil
    ) {
        self.id = id
        self.name = name
        self.directory = directory
        self.image = image
        self.user = user
        self.workspace = workspace
        self.environment = environment
        self.limits = limits
        self.filesystem = filesystem
        self.maskedHostPaths = maskedHostPaths
        self.executablePath = executablePath
        self.cgroup = cgroup
    }
}

/// The unprivileged identity that every sandbox process runs as.
public struct SandboxUser: Codable, Sendable, Equatable {
    public var uid: UInt32
    public var gid: UInt32
    public var name: String

    public init(uid: UInt32 = 1000, gid: UInt32 = 1000, name: String = "sandbox") {
        self.uid = uid
        self.gid = gid
        self.name = name
    }
}

/// Memory, CPU and process-count limits; nil means unlimited.
public struct ResourceLimits: Codable, Sendable, Equatable {
    public var memoryBytes: UInt64?
    public var cpus: Double?
    public var pids: Int?

    public init(memoryBytes: UInt64? = nil, cpus: Double? = nil, pids: Int? = nil) {
        self.memoryBytes = memoryBytes
        self.cpus = cpus
        self.pids = pids
    }
}

/// The Landlock rules of a sandbox: paths inside the sandbox that its processes may read, or read
/// and write. Every other path is inaccessible when Landlock is in force.
public struct FilesystemRules: Codable, Sendable, Equatable {
    public var readOnly: [String]
    public var readWrite: [String]
    /// When true, a Landlock feature the kernel lacks aborts the sandbox instead of being skipped.
    public var hardRequirement: Bool

    /// True when the policy lists no paths, which means Landlock is not applied at all.
    public var isEmpty: Bool { readOnly.isEmpty && readWrite.isEmpty }

    public init(readOnly: [String], readWrite: [String], hardRequirement: Bool = false) {
        self.readOnly = readOnly
        self.readWrite = readWrite
        self.hardRequirement = hardRequirement
    }
}

/// Fixed paths inside every sandbox.
public enum SandboxPaths {
    /// The read-only directory that holds Paddock's own executable.
    public static let toolsDirectory = "/.paddock/bin"
    public static let executable = "/.paddock/bin/paddock"
    /// A directory shared with the host for sockets that the gateway reaches.
    public static let runDirectory = "/run/paddock"
    /// The workspace server's Unix socket, which the gateway reaches through the run directory.
    public static let workspaceSocket = "/run/paddock/workspace.sock"
    /// The egress proxy's address inside the sandbox's network namespace.
    public static let proxyAddress = "127.0.0.1:3128"
    /// The sandbox's CA certificate (`ca.pem`) and trust bundle (`ca-bundle.pem`, the system's roots
    /// plus that CA), which the proxy signs intercepted TLS connections with.
    public static let tlsDirectory = "/.paddock/tls"
    /// The workspace server's TCP address inside the sandbox's network namespace.
    public static let workspaceAddress = "127.0.0.1:8091"
}
