/// The `filesystem_policy` section: the paths that sandboxed processes may read, or read and write,
/// through Landlock. Paths that neither list covers are inaccessible.
public struct FilesystemPolicy: Codable, Sendable, Equatable {
    /// Whether the workspace directory is added to the read-write paths. It is false when the
    /// document omits it, as in OpenShell's own loader.
    public var includeWorkdir: Bool
    /// Absolute paths with read access.
    public var readOnly: [String]
    /// Absolute paths with full access.
    public var readWrite: [String]

    /// The maximum number of paths in `read_only` and `read_write` together.
    public static let maxPaths = 256
    /// The maximum length of one path, in bytes.
    public static let maxPathLength = 4096

    public init(includeWorkdir: Bool, readOnly: [String], readWrite: [String]) {
        self.includeWorkdir = includeWorkdir
        self.readOnly = readOnly
        self.readWrite = readWrite
    }

    private enum CodingKeys: String, CodingKey {
        case includeWorkdir = "include_workdir"
        case readOnly = "read_only"
        case readWrite = "read_write"
    }
}
