/// The `process` section: the user and group that sandboxed processes run as.
///
/// A field left out (nil) lets the runtime choose: the image's `USER`, or the `sandbox` account.
public struct ProcessPolicy: Codable, Sendable, Equatable {
    public var runAsUser: ProcessIdentity?
    public var runAsGroup: ProcessIdentity?

    public init(runAsUser: ProcessIdentity? = nil, runAsGroup: ProcessIdentity? = nil) {
        self.runAsUser = runAsUser
        self.runAsGroup = runAsGroup
    }

    private enum CodingKeys: String, CodingKey {
        case runAsUser = "run_as_user"
        case runAsGroup = "run_as_group"
    }
}
