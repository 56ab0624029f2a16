import CShim
import Foundation

/// Checks, for each namespace type that a sandbox gets, that the kernel offers it and that this
/// process can create one (tried with unshare(2) in a short-lived child).
enum NamespaceCheck {
    /// A namespace type: its name under `/proc/self/ns`, its clone flag and its kernel option.
    struct Kind: Sendable {
        var name: String
        var title: String
        var flagName: String
        var flag: Int32
        /// The kernel build option, or nil when the type is always built in.
        var kernelOption: String?

        /// The sysctl that limits how many namespaces of this type may exist.
        var limitSysctl: String { "user.max_\(name)_namespaces" }
    }

    static let kinds: [Kind] = [
        Kind(name: "mnt", title: "mount namespace", flagName: "CLONE_NEWNS", flag: csh_clone_newns,
             kernelOption: nil),
        Kind(name: "pid", title: "PID namespace", flagName: "CLONE_NEWPID", flag: csh_clone_newpid,
             kernelOption: "CONFIG_PID_NS"),
        Kind(name: "uts", title: "UTS namespace", flagName: "CLONE_NEWUTS", flag: csh_clone_newuts,
             kernelOption: "CONFIG_UTS_NS"),
        Kind(name: "ipc", title: "IPC namespace", flagName: "CLONE_NEWIPC", flag: csh_clone_newipc,
             kernelOption: "CONFIG_IPC_NS"),
        Kind(name: "cgroup", title: "cgroup namespace", flagName: "CLONE_NEWCGROUP", flag: csh_clone_newcgroup,
             kernelOption: "CONFIG_CGROUPS"),
        Kind(name: "net", title: "network namespace", flagName: "CLONE_NEWNET", flag: csh_clone_newnet,
             kernelOption: "CONFIG_NET_NS"),
    ]

    /// The facts gathered for one namespace type.
    struct Observation: Sendable {
        /// Whether `/proc/self/ns/<name>` exists.
        var listed: Bool
        /// The value of `/proc/sys/user/max_<name>_namespaces`, or nil when it cannot be read.
        var limit: Int?
        /// 0 when unshare(2) succeeded, else its errno; nil when the probe child could not run.
        var unshareError: Int32?
        /// The reason the probe child could not run, or nil when it ran.
        var probeFailure: String?
    }

    static func run() -> [PreflightCheck] {
        let probe = probeUnshare()
        return kinds.enumerated().map { index, kind in
            let observation = Observation(
                listed: FileManager.default.fileExists(atPath: "/proc/self/ns/\(kind.name)"),
                limit: readLimit(kind),
                unshareError: probe.errors?[index],
                probeFailure: probe.failure)
            return evaluate(kind, observation)
        }
    }

    static func evaluate(_ kind: Kind, _ observation: Observation) -> PreflightCheck {
        let id = "namespace.\(kind.name)"
        func failed(_ detail: String, _ fix: String) -> PreflightCheck {
            PreflightCheck(id: id, title: kind.title, status: .failed, detail: detail, fix: fix)
        }
        let kernelFix = "use a kernel built with \(kind.kernelOption ?? "namespace support")=y"
        if observation.limit == 0 {
            return failed(
                "\(kind.limitSysctl) is 0, so the kernel refuses to create \(kind.title)s",
                "raise the limit: sysctl -w \(kind.limitSysctl)=10000, and persist it in /etc/sysctl.d/")
        }
        guard observation.listed else {
            return failed("/proc/self/ns/\(kind.name) is missing, so the kernel lacks \(kind.title)s", kernelFix)
        }
        guard let error = observation.unshareError else {
            return failed(
                "could not start the unshare(\(kind.flagName)) test process: \(observation.probeFailure ?? "unknown")",
                "check that the gateway may fork (pids limit, memory) and run `paddock doctor` again")
        }
        let call = "unshare(\(kind.flagName)) failed with \(ErrnoText.describe(error))"
        switch error {
        case 0:
            return PreflightCheck(
                id: id, title: kind.title, status: .ok, detail: "unshare(\(kind.flagName)) succeeded in a test process")
        case EPERM:
            return failed(
                "\(call): the process lacks CAP_SYS_ADMIN (as in an unprivileged container), "
                    + "or a seccomp profile or security module denies the call",
                "run the gateway as root on the host, or in a container started with --privileged")
        case EINVAL:
            return failed("\(call): the kernel does not support \(kind.title)s", kernelFix)
        case ENOSPC:
            let limit = observation.limit.map { " (\($0))" } ?? ""
            return failed(
                "\(call): the limit \(kind.limitSysctl)\(limit) is reached",
                "raise the limit: sysctl -w \(kind.limitSysctl)=10000, and persist it in /etc/sysctl.d/")
        case ENOMEM:
            return failed("\(call): the kernel is out of memory", "free memory and run `paddock doctor` again")
        default:
            return failed(call, "check the kernel log (dmesg) for the reason")
        }
    }

    private static func readLimit(_ kind: Kind) -> Int? {
        let path = "/proc/sys/user/max_\(kind.name)_namespaces"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private static func probeUnshare() -> (errors: [Int32]?, failure: String?) {
        let flags = kinds.map(\.flag)
        var errors = [Int32](repeating: 0, count: flags.count)
        let result = csh_probe_unshare(flags, &errors, Int32(flags.count))
        guard result == 0 else {
            return (nil, "fork or pipe failed with \(ErrnoText.describe(errno))")
        }
        return (errors, nil)
    }
}
