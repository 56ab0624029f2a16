import Foundation
import Glibc
import PaddockCore

/// Assembles the root filesystem of a sandbox that uses the `host` image: a read-only view of the
/// host's system directories with secrets masked, a persistent workspace and /var, and fresh /dev,
/// /proc, /sys, /tmp and /run.
///
/// Runs in the supervisor, inside the sandbox's new mount namespace, before `pivot_root`.
public struct HostRootfsBuilder {
    let configuration: SandboxConfiguration
    let layout: SandboxLayout
    let logger: Logger

    /// Top-level host entries that appear in the sandbox: symlinks are copied, directories are
    /// mounted read-only, or through an overlay when a read-write policy path lies inside them.
    static let systemEntries = ["bin", "sbin", "lib", "lib32", "lib64", "libx32", "usr", "etc", "opt"]
    /// Host files that stay unreadable even though /etc is visible.
    static let maskedEtcFiles = ["shadow", "shadow-", "gshadow", "gshadow-", "sudoers"]
    static let deviceNodes = ["null", "zero", "full", "random", "urandom", "tty"]
    static let maskedProcFiles = ["kcore", "keys", "timer_list", "sched_debug", "sysrq-trigger"]
    static let readOnlyProcDirectories = ["sys", "irq", "bus", "fs"]

    public init(configuration: SandboxConfiguration, logger: Logger) {
        self.configuration = configuration
        self.layout = SandboxLayout(directory: configuration.directory)
        self.logger = logger
    }

    /// Creates the persistent directories that survive stop and start; safe to call again.
    ///
    /// The overlay directories (`upper`, `overlay-work`) appear only when a policy needs an overlay.
    /// Every inode counts here: on ext4 without a journal, each new inode is searched past the
    /// recently deleted ones, which made up a large share of a sandbox's start in bench/.
    public func preparePersistentDirectories() throws {
        let owner = (configuration.user.uid, configuration.user.gid)
        for path in [layout.rootfs, layout.generatedEtc] {
            try FileSystemHelpers.makeDirectory(path, mode: 0o755)
        }
        try FileSystemHelpers.makeDirectory(layout.run, mode: 0o755, owner: owner)
        if !FileSystemHelpers.exists(layout.workspace) {
            try FileSystemHelpers.makeDirectory(layout.workspace, mode: 0o750, owner: owner)
        }
        if !FileSystemHelpers.exists(layout.variable) {
            try FileSystemHelpers.makeDirectory(layout.variable)
            for name in ["cache", "lib", "log", "spool"] {
                try FileSystemHelpers.makeDirectory(layout.variable + "/" + name)
            }
            try FileSystemHelpers.makeDirectory(layout.variable + "/tmp", mode: 0o1777)
        }
        try FileSystemHelpers.write("", to: layout.maskFile, mode: 0o000)
        try writeGeneratedEtc()
    }

    /// Mounts everything beneath `layout.rootfs`. The caller then pivots into it.
    public func build() throws {
        let root = layout.rootfs
        try Mount.mount(source: "paddock-root", target: root, type: "tmpfs", flags: [.noSetuid, .noDevices], data: "mode=0755,size=16m")
        for entry in Self.systemEntries {
            try mountSystemEntry(entry, root: root)
        }
        try mountMaskedHostPaths(root: root)
        try mountEtcOverrides(root: root)
        try mountWritableTrees(root: root)
        try mountDevices(root: root)
        try mountKernelFilesystems(root: root)
        try mountTools(root: root)
        try prepareReadWritePaths(root: root)
        // The top level of the tmpfs root holds only mount points; nothing may be created beside them.
        try Mount.mount(source: nil, target: root, type: nil, flags: [.remount, .readOnly, .noSetuid, .noDevices], data: "mode=0755")
    }

    private func mountSystemEntry(_ entry: String, root: String) throws {
        let host = "/" + entry
        let target = root + host
        switch FileSystemHelpers.kind(of: host) {
        case .missing, .file:
            return
        case .symlink(let destination):
            try FileSystemHelpers.symlink(destination, at: target)
        case .directory:
            try FileSystemHelpers.makeDirectory(target)
            if needsOverlay(host) {
                let upper = layout.upper + host
                let work = layout.overlayWork + host
                try FileSystemHelpers.makeDirectories(upper)
                try FileSystemHelpers.makeDirectories(work)
                try Mount.mount(
                    source: "overlay", target: target, type: "overlay", flags: [.noSetuid, .noDevices],
                    data: "lowerdir=\(host),upperdir=\(upper),workdir=\(work)")
            } else {
                try Mount.bind(host, on: target, readOnly: true)
            }
        }
    }

    /// A system directory gets a writable overlay only when a read-write policy path is inside it;
    /// otherwise a read-only bind is both cheaper and stricter.
    func needsOverlay(_ directory: String) -> Bool {
        configuration.filesystem.readWrite.contains { path in
            path == directory || path.hasPrefix(directory + "/")
        }
    }

    private func mountMaskedHostPaths(root: String) throws {
        for host in configuration.maskedHostPaths {
            let target = root + host
            switch FileSystemHelpers.kind(of: target) {
            case .directory:
                try Mount.mount(source: "paddock-mask", target: target, type: "tmpfs", flags: [.readOnly, .noSetuid, .noDevices, .noExec], data: "mode=0000,size=4k")
            case .file:
                try Mount.bind(layout.maskFile, on: target, readOnly: true)
            case .missing, .symlink:
                continue
            }
        }
    }

    private func mountEtcOverrides(root: String) throws {
        let etc = root + "/etc"
        guard FileSystemHelpers.exists(etc) else { return }
        for name in ["passwd", "group", "hostname", "hosts", "resolv.conf"] {
            let target = etc + "/" + name
            guard FileSystemHelpers.exists(target) else { continue }
            try Mount.bind(layout.generatedEtc + "/" + name, on: target, readOnly: true)
        }
        for name in Self.maskedEtcFiles where FileSystemHelpers.exists(etc + "/" + name) {
            try Mount.bind(layout.maskFile, on: etc + "/" + name, readOnly: true)
        }
    }

    private func mountWritableTrees(root: String) throws {
        let workspace = root + configuration.workspace
        try FileSystemHelpers.makeDirectories(workspace)
        try Mount.bind(layout.workspace, on: workspace, readOnly: false)
        try FileSystemHelpers.makeDirectory(root + "/var")
        try Mount.bind(layout.variable, on: root + "/var", readOnly: false)
        try FileSystemHelpers.makeDirectory(root + "/tmp", mode: 0o1777)
        try Mount.mount(source: "tmpfs", target: root + "/tmp", type: "tmpfs", flags: [.noSetuid, .noDevices], data: scratchOptions)
        try FileSystemHelpers.makeDirectory(root + "/run")
        try Mount.mount(source: "tmpfs", target: root + "/run", type: "tmpfs", flags: [.noSetuid, .noDevices], data: "mode=0755,size=16m")
        try FileSystemHelpers.makeDirectories(root + SandboxPaths.runDirectory)
        try Mount.bind(layout.run, on: root + SandboxPaths.runDirectory, readOnly: false)
        // /root and /home exist, as programs expect, but hold nothing of the host's.
        try FileSystemHelpers.makeDirectory(root + "/root", mode: 0o700)
        try FileSystemHelpers.makeDirectory(root + "/home", mode: 0o755)
        try FileSystemHelpers.makeDirectory(root + "/mnt", mode: 0o755)
        try FileSystemHelpers.makeDirectory(root + "/srv", mode: 0o755)
    }

    /// The mount options of /tmp and /dev/shm. Their pages count against the memory limit, so with a
    /// limit each gets a quarter of it, and a full /tmp fails writes with ENOSPC instead of leaving
    /// no memory to run anything. Without a limit the kernel's default applies: half of the RAM.
    var scratchOptions: String {
        guard let limit = configuration.limits.memoryBytes else { return "mode=1777" }
        return "mode=1777,size=\(MemoryLimit.scratchSize(forLimit: limit))"
    }

    func mountDevices(root: String) throws {
        let dev = root + "/dev"
        try FileSystemHelpers.makeDirectory(dev)
        try Mount.mount(source: "tmpfs", target: dev, type: "tmpfs", flags: [.noSetuid, .noExec], data: "mode=0755,size=64k")
        for name in Self.deviceNodes {
            try FileSystemHelpers.touch(dev + "/" + name)
            try Mount.bind("/dev/" + name, on: dev + "/" + name, readOnly: false)
        }
        try FileSystemHelpers.makeDirectory(dev + "/pts")
        try Mount.mount(source: "devpts", target: dev + "/pts", type: "devpts", flags: [.noSetuid, .noExec], data: "newinstance,ptmxmode=0666,mode=0620")
        try FileSystemHelpers.symlink("pts/ptmx", at: dev + "/ptmx")
        try FileSystemHelpers.makeDirectory(dev + "/shm", mode: 0o1777)
        try Mount.mount(source: "shm", target: dev + "/shm", type: "tmpfs", flags: [.noSetuid, .noDevices], data: scratchOptions)
        try FileSystemHelpers.symlink("/proc/self/fd", at: dev + "/fd")
        for (index, name) in ["stdin", "stdout", "stderr"].enumerated() {
            try FileSystemHelpers.symlink("/proc/self/fd/\(index)", at: dev + "/" + name)
        }
    }

    func mountKernelFilesystems(root: String) throws {
        let proc = root + "/proc"
        try FileSystemHelpers.makeDirectory(proc)
        try Mount.mount(source: "proc", target: proc, type: "proc", flags: [.noSetuid, .noDevices, .noExec])
        for name in Self.maskedProcFiles where FileSystemHelpers.exists(proc + "/" + name) {
            try Mount.bind(layout.maskFile, on: proc + "/" + name, readOnly: true)
        }
        for name in Self.readOnlyProcDirectories where FileSystemHelpers.exists(proc + "/" + name) {
            try Mount.bind(proc + "/" + name, on: proc + "/" + name, readOnly: true)
        }
        let sys = root + "/sys"
        try FileSystemHelpers.makeDirectory(sys)
        // sysfs shows the network devices of the mounting thread's network namespace, so the
        // supervisor mounts it while it is still inside the sandbox's.
        try Mount.mount(source: "sysfs", target: sys, type: "sysfs", flags: [.readOnly, .noSetuid, .noDevices, .noExec])
    }

    func mountTools(root: String) throws {
        try FileSystemHelpers.makeDirectories(root + SandboxPaths.toolsDirectory)
        try FileSystemHelpers.touch(root + SandboxPaths.executable, mode: 0o755)
        try Mount.bind(configuration.executablePath, on: root + SandboxPaths.executable, readOnly: true)
        // The egress proxy's trust bundle, which the supervisor writes before the root is built.
        if FileSystemHelpers.exists(layout.tls) {
            try FileSystemHelpers.makeDirectories(root + SandboxPaths.tlsDirectory)
            try Mount.bind(layout.tls, on: root + SandboxPaths.tlsDirectory, readOnly: true)
        }
    }

    private func writeGeneratedEtc() throws {
        let user = configuration.user
        let shell = FileSystemHelpers.exists("/bin/bash") ? "/bin/bash" : "/bin/sh"
        var passwd = (try? String(contentsOfFile: "/etc/passwd", encoding: .utf8)) ?? "root:x:0:0:root:/root:/bin/sh\n"
        passwd = Self.replacingEntry(in: passwd, name: user.name, id: user.uid, with: "\(user.name):x:\(user.uid):\(user.gid):Paddock sandbox:\(configuration.workspace):\(shell)")
        var group = (try? String(contentsOfFile: "/etc/group", encoding: .utf8)) ?? "root:x:0:\n"
        group = Self.replacingEntry(in: group, name: user.name, id: user.gid, with: "\(user.name):x:\(user.gid):")
        let etc = layout.generatedEtc
        try FileSystemHelpers.write(passwd, to: etc + "/passwd")
        try FileSystemHelpers.write(group, to: etc + "/group")
        try FileSystemHelpers.write(configuration.name + "\n", to: etc + "/hostname")
        let hosts = "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n127.0.1.1\t\(configuration.name)\n"
        try FileSystemHelpers.write(hosts, to: etc + "/hosts")
        // No name server is reachable from the sandbox; names are resolved by the egress proxy.
        try FileSystemHelpers.write("# Paddock sandbox: no name server.\n", to: etc + "/resolv.conf")
    }

    /// Drops entries of a passwd or group file with the same name or id, then appends `entry`.
    static func replacingEntry(in text: String, name: String, id: UInt32, with entry: String) -> String {
        let kept = text.split(separator: "\n", omittingEmptySubsequences: true).filter { line in
            let fields = line.split(separator: ":", omittingEmptySubsequences: false)
            guard fields.count >= 3 else { return true }
            return fields[0] != name && fields[2] != String(id)
        }
        return (kept + [Substring(entry)]).joined(separator: "\n") + "\n"
    }
}
