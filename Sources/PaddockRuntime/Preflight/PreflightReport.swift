/// The result of `Preflight.run()`: every check, and the facts the runtime uses to place sandboxes.
public struct PreflightReport: Codable, Sendable, Equatable {
    public let checks: [PreflightCheck]
    /// Whether no check failed, so that sandboxes can be created with full isolation.
    public let isolationReady: Bool
    /// The kernel's Landlock ABI version, or nil when Landlock is unavailable.
    public let landlockABI: Int?
    public let cgroupLayout: CgroupLayout

    public init(checks: [PreflightCheck], landlockABI: Int?, cgroupLayout: CgroupLayout) {
        self.checks = checks
        self.isolationReady = !checks.contains { $0.status == .failed }
        self.landlockABI = landlockABI
        self.cgroupLayout = cgroupLayout
    }

    /// The checks that failed, in report order.
    public var failedChecks: [PreflightCheck] { checks.filter { $0.status == .failed } }

    /// A paragraph naming each failed check with its cause and fix, or nil when isolation is ready.
    /// It suits the error that rejects a sandbox creation on a host that is not ready.
    public var failureMessage: String? {
        let failed = failedChecks
        guard !failed.isEmpty else { return nil }
        let noun = failed.count == 1 ? "check" : "checks"
        var message = "Sandbox isolation is not available because \(failed.count) preflight \(noun) failed."
        for check in failed {
            message += " \(check.id) (\(check.title)): \(check.detail)."
            if let fix = check.fix {
                message += " Fix: \(fix)."
            }
        }
        return message + " Run `paddock doctor` for the full report."
    }

    enum CodingKeys: String, CodingKey {
        case checks
        case isolationReady = "isolation_ready"
        case landlockABI = "landlock_abi"
        case cgroupLayout = "cgroup_layout"
    }
}
