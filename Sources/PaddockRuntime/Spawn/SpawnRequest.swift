import CShim

/// A process to start and the isolation it gets before `execve`; the Swift side of `csh_spawn`.
public struct SpawnRequest: Sendable {
    public var executable: String
    public var arguments: [String]
    public var environment: [String: String]
    public var workingDirectory: String?
    public var stdin: Int32 = -1
    public var stdout: Int32 = -1
    public var stderr: Int32 = -1
    public var extraDescriptor: Int32 = -1
    public var namespaces: NamespaceSet = []
    public var newSession = false
    public var controllingTerminal = false
    public var networkNamespace: Int32 = -1
    public var identity: (uid: UInt32, gid: UInt32, groups: [UInt32])?
    public var dropCapabilities = false
    public var noNewPrivileges = false
    public var landlockRuleset: Int32 = -1
    public var seccomp: SeccompProgram?
    public var dieWithParent = false
    public var oomScoreAdjustment: Int32?
    /// Open `cgroup.procs` files of the cgroup the process joins before anything else; it then gets
    /// a cgroup namespace rooted there. Empty leaves it in the parent's cgroup.
    public var cgroupProcsDescriptors: [Int32] = []

    /// - Parameters:
    ///   - executable: An absolute path, or a name looked up in the environment's `PATH`.
    ///   - arguments: The full argument vector, including `argv[0]`.
    public init(executable: String, arguments: [String], environment: [String: String]) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
    }
}

/// Linux namespaces that a spawned process gets new instances of.
public struct NamespaceSet: OptionSet, Sendable {
    public let rawValue: UInt64

    public init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    public static let mount = NamespaceSet(rawValue: CSH_CLONE_NEWNS)
    public static let pid = NamespaceSet(rawValue: CSH_CLONE_NEWPID)
    public static let uts = NamespaceSet(rawValue: CSH_CLONE_NEWUTS)
    public static let ipc = NamespaceSet(rawValue: CSH_CLONE_NEWIPC)
    public static let network = NamespaceSet(rawValue: CSH_CLONE_NEWNET)
    public static let cgroup = NamespaceSet(rawValue: CSH_CLONE_NEWCGROUP)
}
