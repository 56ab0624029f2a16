@preconcurrency import Glibc
import CSeccomp
import CShim
import Foundation

/// Checks that the kernel supports seccomp in filter mode with the `errno` action, which sandbox
/// filters use to deny system calls.
enum SeccompCheck {
    /// The seccomp facts gathered from the kernel.
    struct Observation: Sendable {
        /// The `Seccomp:` field of `/proc/self/status`, nil when the line is absent.
        var statusMode: Int?
        /// prctl(PR_GET_SECCOMP)'s result, or the negated errno when it failed.
        var prctlMode: Int32
        /// The contents of `/proc/sys/kernel/seccomp/actions_avail`, or nil when unreadable.
        var actionsAvailable: Set<String>?
        /// 0 when a child installed a filter, its errno otherwise, or nil when no child could run.
        var filterError: Int32?
        /// libseccomp's version, such as `2.5.4`.
        var libraryVersion: String
    }

    static let id = "seccomp"
    static let title = "seccomp filters"

    static func run() -> PreflightCheck {
        let mode = csh_probe_seccomp_mode()
        let prctlMode = mode < 0 ? -errno : mode
        let filter = csh_probe_seccomp_filter()
        let actions = try? String(contentsOfFile: "/proc/sys/kernel/seccomp/actions_avail", encoding: .utf8)
        let version = seccomp_version().map { "\($0.pointee.major).\($0.pointee.minor).\($0.pointee.micro)" }
        return evaluate(
            Observation(
                statusMode: ProcStatus.readSelf()?.seccompMode, prctlMode: prctlMode,
                actionsAvailable: actions.map { Set($0.split(whereSeparator: \.isWhitespace).map(String.init)) },
                filterError: filter < 0 ? nil : filter, libraryVersion: version ?? "unknown"))
    }

    static func evaluate(_ observation: Observation) -> PreflightCheck {
        func failed(_ detail: String, _ fix: String) -> PreflightCheck {
            PreflightCheck(id: id, title: title, status: .failed, detail: detail, fix: fix)
        }
        let kernelFix = "use a kernel built with CONFIG_SECCOMP=y and CONFIG_SECCOMP_FILTER=y"
        if observation.statusMode == nil || observation.prctlMode == -EINVAL {
            return failed("the kernel has no seccomp support (no Seccomp line in /proc/self/status)", kernelFix)
        }
        if let actions = observation.actionsAvailable, !actions.contains("errno") {
            return failed(
                "/proc/sys/kernel/seccomp/actions_avail lacks the errno action (has: "
                    + actions.sorted().joined(separator: " ") + ")",
                kernelFix)
        }
        guard let filterError = observation.filterError else {
            return failed(
                "could not start the test process that installs a filter",
                "check that the gateway may fork (pids limit, memory) and run `paddock doctor` again")
        }
        guard filterError == 0 else {
            return failed(
                "installing an allow-all filter in a test process failed with \(ErrnoText.describe(filterError))",
                filterError == EINVAL ? kernelFix : "check the kernel log (dmesg) for the reason")
        }
        var detail = "filter mode works (an allow-all filter loaded in a test process); libseccomp "
            + observation.libraryVersion
        if observation.statusMode == 2 {
            detail += "; the gateway itself already runs under a filter, which sandbox filters stack on"
        }
        return PreflightCheck(id: id, title: title, status: .ok, detail: detail)
    }
}
