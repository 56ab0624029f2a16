/// The `landlock` section: what to do when the kernel cannot apply the filesystem rules.
public struct LandlockPolicy: Codable, Sendable, Equatable {
    /// The Landlock requirement level.
    public enum Compatibility: String, Codable, Sendable, Equatable, CaseIterable {
        /// Run without Landlock when the kernel lacks it, and skip paths that do not exist, with a
        /// warning in the log.
        case bestEffort = "best_effort"
        /// Refuse to start the sandbox when Landlock or any listed path is unavailable.
        case hardRequirement = "hard_requirement"
    }

    /// The mode, `best_effort` when the document omits it.
    public var compatibility: Compatibility

    public init(compatibility: Compatibility = .bestEffort) {
        self.compatibility = compatibility
    }
}
