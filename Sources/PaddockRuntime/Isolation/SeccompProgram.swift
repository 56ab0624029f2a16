import CSeccomp
import CShim
import Glibc
import PaddockCore

/// A compiled seccomp BPF program, built once by the supervisor and installed in every sandbox
/// process right before `execve`.
public final class SeccompProgram: @unchecked Sendable {
    // The instructions never change after init, so sharing them between threads is safe.
    private let instructions: UnsafeMutableRawPointer
    private let byteCount: Int

    init(instructions: UnsafeMutableRawPointer, byteCount: Int) {
        self.instructions = instructions
        self.byteCount = byteCount
    }

    deinit {
        free(instructions)
    }

    /// The number of BPF instructions.
    public var instructionCount: Int { byteCount / MemoryLayout<sock_filter>.stride }

    func withProgram<R>(_ body: (UnsafePointer<sock_fprog>) -> R) -> R {
        var program = sock_fprog(
            len: UInt16(instructionCount), filter: instructions.assumingMemoryBound(to: sock_filter.self))
        return withUnsafePointer(to: &program) { body($0) }
    }
}

/// The sandbox's system call filter: every call is allowed except those that could escape or
/// weaken isolation, which fail with EPERM.
public enum SandboxSeccompFilter {
    /// System calls that always fail with EPERM inside a sandbox.
    public static let deniedSystemCalls = [
        // Mounting and the new mount API could rearrange the filesystem the sandbox sees.
        "mount", "umount2", "pivot_root", "fsopen", "fsconfig", "fsmount", "fspick", "move_mount",
        "open_tree", "mount_setattr",
        // Joining other namespaces.
        "setns",
        // Reading or changing other processes' memory.
        "ptrace", "process_vm_readv", "process_vm_writev", "pidfd_getfd",
        // Kernel attack surface that sandboxed programs do not need.
        "bpf", "perf_event_open", "userfaultfd", "kexec_load", "kexec_file_load", "init_module",
        "finit_module", "delete_module", "keyctl", "add_key", "request_key", "io_uring_setup",
        "io_uring_enter", "io_uring_register", "acct", "swapon", "swapoff", "reboot", "syslog",
        "open_by_handle_at", "name_to_handle_at", "lookup_dcookie", "quotactl", "nfsservctl",
        "vhangup", "uselib",
    ]

    /// Socket address families that `socket` refuses with EPERM; AF_NETLINK is refused for every
    /// protocol except NETLINK_ROUTE, which `ip` and glibc's interface enumeration use.
    public static let deniedSocketFamilies: [(name: String, value: UInt64)] = [
        ("AF_PACKET", 17), ("AF_BLUETOOTH", 31), ("AF_VSOCK", 40), ("AF_KEY", 15), ("AF_ALG", 38),
    ]
    static let netlinkFamily: UInt64 = 16
    static let netlinkRoute: UInt64 = 0
    static let cloneNewUser: UInt64 = 0x1000_0000
    static let tiocsti: UInt64 = 0x5412
    static let tioclinux: UInt64 = 0x541C

    /// Compiles the filter.
    public static func build() throws -> SeccompProgram {
        guard let context = seccomp_init(SCMP_ACT_ALLOW) else {
            throw PaddockError(.internal, "seccomp_init failed")
        }
        defer { seccomp_release(context) }

        for name in deniedSystemCalls {
            let number = seccomp_syscall_resolve_name(name)
            guard number != __NR_SCMP_ERROR else { continue }
            try check(csh_seccomp_deny(context, number, UInt16(EPERM)), "deny \(name)")
        }
        let socket = seccomp_syscall_resolve_name("socket")
        for family in deniedSocketFamilies {
            try check(csh_seccomp_deny_arg_equal(context, socket, UInt16(EPERM), 0, family.value), family.name)
        }
        try check(
            csh_seccomp_deny_equal_and_not_equal(context, socket, UInt16(EPERM), 0, netlinkFamily, 2, netlinkRoute),
            "AF_NETLINK")
        // New user namespaces would give a process capabilities over namespaces of its own.
        for name in ["unshare", "clone"] {
            let number = seccomp_syscall_resolve_name(name)
            try check(
                csh_seccomp_deny_arg_masked(context, number, UInt16(EPERM), 0, cloneNewUser, cloneNewUser),
                "\(name) with CLONE_NEWUSER")
        }
        // clone3 passes its flags in memory, where the filter cannot read them, so it fails with
        // ENOSYS and the C library falls back to clone.
        try check(csh_seccomp_deny(context, seccomp_syscall_resolve_name("clone3"), UInt16(ENOSYS)), "clone3")
        // TIOCSTI and TIOCLINUX push input into a terminal that another process may be reading.
        let ioctl = seccomp_syscall_resolve_name("ioctl")
        for request in [tiocsti, tioclinux] {
            try check(csh_seccomp_deny_arg_equal(context, ioctl, UInt16(EPERM), 1, request), "ioctl")
        }

        var buffer: UnsafeMutableRawPointer?
        let size = csh_seccomp_export(context, &buffer)
        guard size > 0, let buffer else {
            throw PaddockError(.internal, "cannot export the seccomp filter", cause: SystemCallError("seccomp_export_bpf", errno: errno))
        }
        return SeccompProgram(instructions: buffer, byteCount: size)
    }

    private static func check(_ result: Int32, _ what: String) throws {
        guard result == 0 else {
            throw PaddockError(
                .internal, "cannot add seccomp rule: \(what)", cause: SystemCallError("seccomp_rule_add", errno: -result))
        }
    }
}
