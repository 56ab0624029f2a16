/// The files and directories of one sandbox on the host, all beneath its directory.
public struct SandboxLayout: Sendable, Equatable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    public var configuration: String { directory + "/config.json" }
    /// The mount point on which the supervisor assembles the root filesystem.
    public var rootfs: String { directory + "/rootfs" }
    /// Overlay upper and work directories, one pair per overlaid system directory.
    public var upper: String { directory + "/upper" }
    public var overlayWork: String { directory + "/overlay-work" }
    /// The persistent workspace, mounted at the configuration's `workspace`.
    public var workspace: String { directory + "/workspace" }
    /// The persistent /var of the sandbox.
    public var variable: String { directory + "/var" }
    /// Generated files that replace the image's (passwd, group, hosts, hostname, resolv.conf).
    public var generatedEtc: String { directory + "/etc" }
    /// Shared with the sandbox at `SandboxPaths.runDirectory`.
    public var run: String { directory + "/run" }
    /// The supervisor's control socket. It stays outside `run` so that no sandbox process can reach it.
    public var controlSocket: String { directory + "/control.sock" }
    public var supervisorLog: String { directory + "/supervisor.log" }
    /// Audit events from the supervisor (`AuditRecord` JSON lines), ingested by the gateway.
    public var auditLog: String { directory + "/audit.jsonl" }
    /// The egress settings (`EgressSettings` JSON), written by the gateway, read by the proxy.
    public var egressSettings: String { directory + "/egress.json" }
    /// The sandbox's CA certificate and trust bundle, mounted read-only at `SandboxPaths.tlsDirectory`.
    public var tls: String { directory + "/tls" }
    /// The workspace server's Unix socket, at `SandboxPaths.workspaceSocket` inside the sandbox.
    public var workspaceSocket: String { run + "/workspace.sock" }
    /// A root-owned file with mode 0000, bind-mounted over files that must stay unreadable.
    public var maskFile: String { directory + "/mask" }
}
