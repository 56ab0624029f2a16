import Foundation
import Glibc
import PaddockCore
import PaddockRuntime

/// The isolation that every process of one sandbox gets, prepared once when the supervisor starts.
final class SandboxEnvironment: Sendable {
    let configuration: SandboxConfiguration
    let network: NetworkNamespace
    let seccomp: SeccompProgram
    let landlock: LandlockRuleset
    let cgroup: CgroupMonitor?
    /// The workload cgroup's `cgroup.procs` files, one per hierarchy, which every sandbox process
    /// joins; empty when the sandbox has no cgroup.
    let workloadProcs: [Int32]

    init(
        configuration: SandboxConfiguration, network: NetworkNamespace, seccomp: SeccompProgram,
        landlock: LandlockRuleset, cgroup: CgroupMonitor?, workloadProcs: [Int32]
    ) {
        self.configuration = configuration
        self.network = network
        self.seccomp = seccomp
        self.landlock = landlock
        self.cgroup = cgroup
        self.workloadProcs = workloadProcs
    }

    /// The environment a process starts with: Paddock's defaults, then the sandbox's variables, then
    /// the command's own.
    func environment(adding extra: [String: String], terminal: Bool) -> [String: String] {
        let user = configuration.user
        var environment: [String: String] = [
            "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "HOME": configuration.workspace,
            "USER": user.name,
            "LOGNAME": user.name,
            "SHELL": FileManager.default.fileExists(atPath: "/bin/bash") ? "/bin/bash" : "/bin/sh",
            "LANG": "C.UTF-8",
            "PADDOCK_SANDBOX": configuration.name,
            "PADDOCK_SANDBOX_ID": configuration.id,
        ]
        if terminal { environment["TERM"] = "xterm-256color" }
        environment.merge(configuration.environment) { _, new in new }
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// Returns the directory a command starts in: the workspace when none is given, and a relative
    /// directory taken from the workspace, as relative file paths are.
    func resolveWorkingDirectory(_ directory: String?) -> String {
        let base = configuration.workingDirectory ?? configuration.workspace
        guard let directory, !directory.isEmpty else { return base }
        return directory.hasPrefix("/") ? directory : base + "/" + directory
    }

    /// A spawn request with every isolation step applied; the caller sets the descriptors.
    func spawnRequest(command: [String], environment extra: [String: String], workingDirectory: String?, terminal: Bool) -> SpawnRequest {
        var request = SpawnRequest(
            executable: command[0], arguments: command, environment: environment(adding: extra, terminal: terminal))
        request.workingDirectory = resolveWorkingDirectory(workingDirectory)
        request.newSession = true
        request.controllingTerminal = terminal
        request.networkNamespace = network.sandbox
        let user = configuration.user
        request.identity = (uid: user.uid, gid: user.gid, groups: [user.gid])
        request.dropCapabilities = true
        request.noNewPrivileges = true
        request.landlockRuleset = landlock.descriptor ?? -1
        request.seccomp = seccomp
        request.oomScoreAdjustment = 0
        request.cgroupProcsDescriptors = workloadProcs
        return request
    }
}
