/// A Python program that calls system calls directly through `ctypes` and prints one line per
/// probe: its name and `OK` or the errno name, such as `mount EPERM`.
///
/// Each probe passes arguments that make the kernel itself fail early in a harmless way, or succeed:
/// a bad pointer gives EFAULT, bad flags EINVAL, a closed descriptor EBADF. So EPERM appears only
/// when something in front of the kernel's own checks denies the call. Run on the host as root,
/// no probe answers EPERM; `SyscallFilterTests` checks that as its control.
enum SyscallProbe {
    /// The probes of calls that the sandbox's seccomp filter denies.
    static let denied = [
        "mount", "umount2", "pivot_root", "fsopen", "open_tree", "move_mount", "unshare_newuser",
        "clone_newuser", "setns", "ptrace", "process_vm_readv", "process_vm_writev", "bpf", "perf_event_open",
        "userfaultfd", "kexec_load", "init_module", "finit_module", "keyctl", "add_key", "io_uring_setup",
        "open_by_handle_at", "ioctl_tiocsti", "socket_packet", "socket_netlink_audit",
        "socket_netlink_kobject_uevent", "socket_vsock", "socket_bluetooth", "socket_key", "socket_alg",
    ]

    /// The probes of calls that sandboxed programs may make.
    static let allowed = ["socket_netlink_route", "socket_inet", "clone_plain"]

    /// Parses the program's output into the result of each probe.
    static func parse(_ output: String) -> [String: String] {
        var results: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: " ")
            if fields.count == 2 {
                results[String(fields[0])] = String(fields[1])
            }
        }
        return results
    }

    /// The program; its arguments name the probes to run, and it runs every probe without them.
    /// The numbers are x86_64 system call numbers.
    static let program = #"""
        import ctypes, errno, os, sys

        libc = ctypes.CDLL(None, use_errno=True)
        libc.syscall.restype = ctypes.c_long
        BAD = 1  # an address that no process maps, so the kernel fails with EFAULT when it reads it
        CLONE_NEWUSER = 0x10000000
        SIGCHLD = 17

        def name(code):
            return errno.errorcode.get(code, str(code))

        def call(number, *args):
            ctypes.set_errno(0)
            result = libc.syscall(ctypes.c_long(number), *[ctypes.c_long(a) for a in args])
            return result, ctypes.get_errno()

        def text(value):
            return ctypes.cast(ctypes.c_char_p(value.encode()), ctypes.c_void_p).value

        def plain(number, *args):
            result, code = call(number, *args)
            return "OK" if result >= 0 else name(code)

        def descriptor(number, *args):
            result, code = call(number, *args)
            if result < 0:
                return name(code)
            os.close(result)
            return "OK"

        def clone(flags):
            # A raw clone without a new stack behaves like fork: the child leaves at once.
            result, code = call(56, flags | SIGCHLD, 0, 0, 0, 0)
            if result == 0:
                os._exit(0)
            if result < 0:
                return name(code)
            os.waitpid(result, 0)
            return "OK"

        def unshare_newuser():
            # In a child, so that a call that succeeds changes nothing for the probes after it.
            child = os.fork()
            if child == 0:
                result, code = call(272, CLONE_NEWUSER)
                os._exit(0 if result == 0 else code)
            _, status = os.waitpid(child, 0)
            code = os.waitstatus_to_exitcode(status)
            return "OK" if code == 0 else name(code)

        BAD_FLAGS = 0x7FFF0000
        NO_SUCH_PID = 0x3FFFFFF0
        probes = {
            "mount": lambda: plain(165, text("none"), text("/tmp"), BAD, 0, 0),
            "umount2": lambda: plain(166, text("/tmp"), BAD_FLAGS),
            "pivot_root": lambda: plain(155, BAD, BAD),
            "fsopen": lambda: descriptor(430, BAD, 0),
            "open_tree": lambda: descriptor(428, -100, text("/tmp"), BAD_FLAGS),
            "move_mount": lambda: plain(429, -100, text("/tmp"), -100, text("/tmp"), BAD_FLAGS),
            "unshare_newuser": unshare_newuser,
            "clone_newuser": lambda: clone(CLONE_NEWUSER),
            "clone_plain": lambda: clone(0),
            "setns": lambda: plain(308, -1, 0),
            "ptrace": lambda: plain(101, 2, NO_SUCH_PID, 0, 0),
            "process_vm_readv": lambda: plain(310, os.getpid(), BAD, 1, BAD, 1, 0),
            "process_vm_writev": lambda: plain(311, os.getpid(), BAD, 1, BAD, 1, 0),
            "bpf": lambda: plain(321, 0x7FFF, 0, 0),
            "perf_event_open": lambda: descriptor(298, BAD, 0, -1, -1, 0),
            "userfaultfd": lambda: descriptor(323, 1 | 2),
            "kexec_load": lambda: plain(246, 0, 0x7FFFFFF0, 0, 0),
            "init_module": lambda: plain(175, BAD, 16, BAD),
            "finit_module": lambda: plain(313, -1, BAD, 0),
            "keyctl": lambda: plain(250, 0x7FFF, 0, 0, 0, 0),
            "add_key": lambda: plain(248, BAD, BAD, 0, 0, 0),
            "io_uring_setup": lambda: descriptor(425, 0, BAD),
            "open_by_handle_at": lambda: descriptor(304, -1, BAD, 0),
            # TIOCSTI on standard input, which is a pipe or /dev/null and so no terminal: ENOTTY.
            "ioctl_tiocsti": lambda: plain(16, 0, 0x5412, BAD),
            # clone3 reads its flags from memory; the bad pointer gives EFAULT.
            "clone3": lambda: plain(435, BAD, 88),
            "socket_packet": lambda: descriptor(41, 17, 3, 0),
            "socket_netlink_audit": lambda: descriptor(41, 16, 3, 9),
            "socket_netlink_kobject_uevent": lambda: descriptor(41, 16, 3, 15),
            "socket_vsock": lambda: descriptor(41, 40, 1, 0),
            "socket_bluetooth": lambda: descriptor(41, 31, 3, 0),
            "socket_key": lambda: descriptor(41, 15, 3, 2),
            "socket_alg": lambda: descriptor(41, 38, 5, 0),
            "socket_netlink_route": lambda: descriptor(41, 16, 3, 0),
            "socket_inet": lambda: descriptor(41, 2, 1, 0),
        }
        for probe in sys.argv[1:] or probes:
            print(probe, probes[probe](), flush=True)
        """#
}
