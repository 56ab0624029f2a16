@preconcurrency import Glibc

/// Checks that the process may create namespaces, mount filesystems and drop privileges: root,
/// or any user that has every capability in `Capability`.
enum PrivilegeCheck {
    static func run() -> PreflightCheck {
        evaluate(effectiveUID: geteuid(), status: ProcStatus.readSelf())
    }

    static func evaluate(effectiveUID: uid_t, status: ProcStatus?) -> PreflightCheck {
        let id = "privileges"
        let title = "root privileges"
        guard let status, status.effectiveCapabilities != nil else {
            return PreflightCheck(
                id: id, title: title, status: .failed,
                detail: "cannot read CapEff from /proc/self/status, so the capabilities are unknown",
                fix: "mount procfs at /proc (mount -t proc proc /proc)")
        }
        let missing = status.missingCapabilities()
        guard !missing.isEmpty else {
            return PreflightCheck(
                id: id, title: title, status: .ok,
                detail: "uid \(effectiveUID) holds all \(Capability.allCases.count) required capabilities")
        }
        let names = missing.map(\.name).joined(separator: ", ")
        let user = effectiveUID == 0 ? "uid 0 (root)" : "uid \(effectiveUID)"
        return PreflightCheck(
            id: id, title: title, status: .failed,
            detail: "\(user) lacks \(names) in its effective capability set",
            fix: "run the gateway as root with full capabilities: on the host, or in a container started with "
                + "--privileged or with the missing capabilities added (for example --cap-add SYS_ADMIN)")
    }
}
