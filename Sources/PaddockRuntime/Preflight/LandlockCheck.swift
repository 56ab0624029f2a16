@preconcurrency import Glibc
import CShim
import Foundation

/// Checks the kernel's Landlock support, which confines each sandbox's file access on top of its
/// mount namespace. Without Landlock, sandboxes still run, so a missing Landlock is a warning.
enum LandlockCheck {
    static let id = "landlock"
    static let title = "Landlock"

    /// Queries the ABI version and evaluates it; the ABI is nil when Landlock is unavailable.
    static func run() -> (check: PreflightCheck, abi: Int?) {
        let version = csh_landlock_abi_version()
        let error = version < 0 ? errno : 0
        let lsm = try? String(contentsOfFile: "/sys/kernel/security/lsm", encoding: .utf8)
        let check = evaluate(abiVersion: version, errno: error, activeModules: lsm)
        return (check, version > 0 ? Int(version) : nil)
    }

    /// Evaluates the result of `landlock_create_ruleset(NULL, 0, LANDLOCK_CREATE_RULESET_VERSION)`.
    ///
    /// - Parameter activeModules: The contents of `/sys/kernel/security/lsm`, used to suggest an
    ///   `lsm=` kernel argument that keeps the modules already active.
    static func evaluate(abiVersion: Int32, errno error: Int32, activeModules: String?) -> PreflightCheck {
        if abiVersion >= 1 {
            return PreflightCheck(id: id, title: title, status: .ok, detail: "Landlock ABI \(abiVersion)")
        }
        let consequence = "sandboxes run without Landlock, and policies with landlock.compatibility: "
            + "hard_requirement are rejected"
        let modules = (activeModules ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            .split(separator: ",").map(String.init).filter { $0 != "landlock" }
        let argument = "lsm=" + (["landlock"] + modules).joined(separator: ",")
        switch error {
        case EOPNOTSUPP:
            return PreflightCheck(
                id: id, title: title, status: .warning,
                detail: "the kernel has Landlock but it is disabled at boot; \(consequence)",
                fix: "add \(argument) to the kernel command line and reboot")
        case ENOSYS:
            return PreflightCheck(
                id: id, title: title, status: .warning,
                detail: "the kernel lacks Landlock (it needs Linux 5.13 or later with CONFIG_SECURITY_LANDLOCK); "
                    + consequence,
                fix: "use a kernel built with CONFIG_SECURITY_LANDLOCK=y and boot it with \(argument)")
        default:
            return PreflightCheck(
                id: id, title: title, status: .warning,
                detail: "querying the Landlock ABI failed with \(ErrnoText.describe(error)); \(consequence)",
                fix: "check that a seccomp profile does not block landlock_create_ruleset")
        }
    }
}
