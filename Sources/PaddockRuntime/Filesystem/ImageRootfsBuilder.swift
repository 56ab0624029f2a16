import Foundation
import Glibc
import PaddockCore

/// Assembles the root filesystem of a sandbox from an OCI image. The root is an overlay whose lower
/// layers are the image's unpacked layers, shared read-only by every sandbox of that image, and
/// whose upper layer is the sandbox's own persistent directory. On it go the same workspace, /tmp,
/// /run, /dev, /proc, /sys and tools mounts as in the `host` image.
///
/// Unlike the `host` image, /var and /etc/passwd come from the image itself, because images keep
/// package state in /var and define their own users. Only /etc/hostname, /etc/hosts and
/// /etc/resolv.conf are replaced.
///
/// Runs in the supervisor, inside the sandbox's new mount namespace, before `pivot_root`.
public struct ImageRootfsBuilder {
    let configuration: SandboxConfiguration
    let layout: SandboxLayout
    let host: HostRootfsBuilder

    public init(configuration: SandboxConfiguration, logger: Logger) {
        self.configuration = configuration
        self.layout = SandboxLayout(directory: configuration.directory)
        self.host = HostRootfsBuilder(configuration: configuration, logger: logger)
    }

    /// Mounts everything beneath `layout.rootfs`. The caller then pivots into it.
    public func build() throws {
        guard let layers = configuration.imageLayers, !layers.isEmpty else {
            throw PaddockError(.invalidArgument, "sandbox '\(configuration.name)' has no image layers to mount")
        }
        let root = layout.rootfs
        try mountOverlay(layers: layers, root: root)
        try mountEtcOverrides(root: root)
        try mountWritableTrees(root: root)
        try host.mountDevices(root: root)
        try host.mountKernelFilesystems(root: root)
        try host.mountTools(root: root)
        try mountToolLibraries(root: root)
    }

    private func mountOverlay(layers: [String], root: String) throws {
        let upper = layout.upper + "/image"
        let work = layout.overlayWork + "/image"
        try FileSystemHelpers.makeDirectories(upper)
        try FileSystemHelpers.makeDirectories(work)
        // overlayfs lists lower directories topmost first.
        let lower = layers.reversed().joined(separator: ":")
        // NOTE: mount(2) data is limited to one page, which caps an image at roughly 40 layers here.
        try Mount.mount(
            source: "overlay", target: root, type: "overlay", flags: [.noSetuid, .noDevices],
            data: "lowerdir=\(lower),upperdir=\(upper),workdir=\(work)")
    }

    private func mountEtcOverrides(root: String) throws {
        let etc = root + "/etc"
        try FileSystemHelpers.makeDirectories(etc)
        for name in ["hostname", "hosts", "resolv.conf"] {
            let target = etc + "/" + name
            if case .symlink = FileSystemHelpers.kind(of: target) { unlink(target) }
            if !FileSystemHelpers.exists(target) { try FileSystemHelpers.touch(target) }
            try Mount.bind(layout.generatedEtc + "/" + name, on: target, readOnly: true)
        }
    }

    private func mountWritableTrees(root: String) throws {
        let owner = (configuration.user.uid, configuration.user.gid)
        let workspace = root + configuration.workspace
        try FileSystemHelpers.makeDirectories(workspace)
        try Mount.bind(layout.workspace, on: workspace, readOnly: false)
        if let directory = configuration.workingDirectory, !FileSystemHelpers.exists(root + directory) {
            // Container runtimes create a missing WorkingDir; it goes to the persistent upper layer.
            try FileSystemHelpers.makeDirectories(root + directory)
            _ = chown(root + directory, owner.0, owner.1)
        }
        try FileSystemHelpers.makeDirectories(root + "/tmp")
        try Mount.mount(source: "tmpfs", target: root + "/tmp", type: "tmpfs", flags: [.noSetuid, .noDevices], data: "mode=1777")
        try FileSystemHelpers.makeDirectories(root + "/run")
        try Mount.mount(source: "tmpfs", target: root + "/run", type: "tmpfs", flags: [.noSetuid, .noDevices], data: "mode=0755,size=16m")
        try FileSystemHelpers.makeDirectories(root + SandboxPaths.runDirectory)
        try Mount.bind(layout.run, on: root + SandboxPaths.runDirectory, readOnly: false)
    }

    private func mountToolLibraries(root: String) throws {
        guard let libraries = configuration.toolLibraries, !libraries.isEmpty else { return }
        let directory = root + SandboxPaths.toolLibraryDirectory
        try FileSystemHelpers.makeDirectories(directory)
        try Mount.mount(source: "paddock-lib", target: directory, type: "tmpfs", flags: [.noSetuid, .noDevices], data: "mode=0755,size=64k")
        for library in libraries {
            let target = directory + "/" + library.soname
            try FileSystemHelpers.touch(target, mode: 0o755)
            try Mount.bind(library.hostPath, on: target, readOnly: true)
        }
    }
}
