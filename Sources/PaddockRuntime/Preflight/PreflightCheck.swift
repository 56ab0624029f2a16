/// The outcome of one preflight check: what was checked, what was found and, when something is
/// missing, how to fix it.
public struct PreflightCheck: Codable, Sendable, Equatable {
    /// The result of a check.
    public enum Status: String, Codable, Sendable {
        /// The runtime has what it needs.
        case ok
        /// Sandboxes still run, with less protection or fewer features.
        case warning
        /// Sandboxes cannot be isolated until this is fixed.
        case failed
    }

    /// A stable machine-readable name, such as `namespace.net` or `cgroups`.
    public var id: String
    /// A short human-readable name, such as `network namespace`.
    public var title: String
    public var status: Status
    /// The finding, including the cause when the check did not pass.
    public var detail: String
    /// The action that fixes a warning or failure; nil when the check passed.
    public var fix: String?

    public init(id: String, title: String, status: Status, detail: String, fix: String? = nil) {
        self.id = id
        self.title = title
        self.status = status
        self.detail = detail
        self.fix = fix
    }
}
