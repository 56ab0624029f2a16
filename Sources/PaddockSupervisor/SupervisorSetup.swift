import CShim
import Foundation
import Glibc
import PaddockCore
import PaddockRuntime

/// The supervisor's start-up: everything between being spawned by the gateway and being ready to
/// run commands. Runs as PID 1 of the sandbox's new PID namespace, in new mount, UTS and IPC
/// namespaces, as root.
enum SupervisorSetup {
    /// Paths every sandbox process may use whatever its policy says: Paddock's own tools and the
    /// terminal devices that interactive sessions need.
    static let baselineReadOnly = [SandboxPaths.toolsDirectory, SandboxPaths.tlsDirectory]
    static let baselineReadWrite = [
        "/dev/tty", "/dev/pts", "/dev/ptmx", "/dev/zero", "/dev/full", SandboxPaths.runDirectory,
    ]

    /// Builds the sandbox. `awaitCgroup` returns once the process is in its cgroup, and
    /// `beforePivot` runs while the host's filesystem is still visible, to open what the supervisor
    /// needs from it (such as its control socket).
    ///
    /// The gateway moves the supervisor into its cgroup while the supervisor starts up and builds
    /// the root filesystem. Until then the supervisor's own mounts and files are charged to the
    /// gateway's cgroup. The supervisor stays in the supervisor leaf of the sandbox's cgroup, and
    /// every sandbox process joins the workload leaf, which carries the limits, before `execve`.
    static func prepare(
        configuration: SandboxConfiguration, logger: Logger, awaitCgroup: (CgroupPlacement) throws -> Void,
        beforePivot: () throws -> Void
    ) throws -> SandboxEnvironment {
        try systemCall("sethostname", subject: configuration.name) {
            csh_sethostname(configuration.name, configuration.name.utf8.count)
        }
        try Mount.mount(source: nil, target: "/", type: nil, flags: [.recursive, .private])

        let builder = HostRootfsBuilder(configuration: configuration, logger: logger)
        try builder.preparePersistentDirectories()
        // The root filesystem is built inside the new network namespace, so that its sysfs shows
        // the sandbox's interfaces rather than the host's.
        let network = try NetworkNamespace.create()
        if configuration.imageLayers != nil {
            try ImageRootfsBuilder(configuration: configuration, logger: logger).build()
        } else {
            try builder.build()
        }
        try network.returnToHost()
        var cgroup: CgroupMonitor?
        var workloadProcs: [Int32] = []
        if let placement = configuration.cgroup {
            try awaitCgroup(placement)
            // Opened before the unshare, so that with cgroup v2's nsdelegate the kernel checks the
            // writes against the host's cgroup namespace, in which the workload leaf is visible.
            workloadProcs = try CgroupManager(placement: placement).openWorkloadProcs()
            try systemCall("unshare", subject: "CLONE_NEWCGROUP") { csh_unshare(CSH_CLONE_NEWCGROUP) }
            cgroup = try CgroupMonitor(placement: placement)
        }
        // Threads that `beforePivot` starts are created in the host's network namespace, and they
        // see the new root once the pivot below changes it for the whole process.
        try beforePivot()
        try Mount.pivotRoot(to: SandboxLayout(directory: configuration.directory).rootfs)

        let seccomp = try SandboxSeccompFilter.build()
        var rules = configuration.filesystem
        if !rules.isEmpty {
            rules.readOnly += baselineReadOnly
            rules.readWrite += baselineReadWrite
        }
        let landlock = try LandlockRuleset.build(rules: rules)
        // Best effort must be loud about what it could not do.
        for problem in landlock.skipped {
            logger.warning("landlock rule not applied", ["problem": problem])
        }
        return SandboxEnvironment(
            configuration: configuration, network: network, seccomp: seccomp, landlock: landlock, cgroup: cgroup,
            workloadProcs: workloadProcs)
    }
}
