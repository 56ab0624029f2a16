/// The Linux capabilities that the sandbox runtime uses, numbered as in `<linux/capability.h>`.
enum Capability: Int, CaseIterable, Sendable {
    /// Reads and writes files in a sandbox that the sandbox user owns.
    case dacOverride = 1
    /// Switches sandbox processes to the sandbox user's group.
    case setgid = 6
    /// Switches sandbox processes to the sandbox user.
    case setuid = 7
    /// Drops capabilities from the bounding set before exec.
    case setpcap = 8
    /// Brings up loopback in the sandbox's network namespace.
    case netAdmin = 12
    /// Changes the root directory of sandbox processes.
    case sysChroot = 18
    /// Creates namespaces and mounts filesystems.
    case sysAdmin = 21
    /// Creates device nodes in the sandbox's minimal /dev.
    case mknod = 27

    /// The name as `capabilities(7)` spells it, such as `CAP_SYS_ADMIN`.
    var name: String {
        switch self {
        case .dacOverride: return "CAP_DAC_OVERRIDE"
        case .setgid: return "CAP_SETGID"
        case .setuid: return "CAP_SETUID"
        case .setpcap: return "CAP_SETPCAP"
        case .netAdmin: return "CAP_NET_ADMIN"
        case .sysChroot: return "CAP_SYS_CHROOT"
        case .sysAdmin: return "CAP_SYS_ADMIN"
        case .mknod: return "CAP_MKNOD"
        }
    }
}
