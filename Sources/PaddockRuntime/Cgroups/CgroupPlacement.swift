/// Where a sandbox's cgroup lives: the hierarchy version and the cgroup's path below each root.
public struct CgroupPlacement: Codable, Sendable, Equatable {
    public enum Version: String, Codable, Sendable {
        /// One unified hierarchy at `root` with the memory, pids and cpu controllers.
        case v2
        /// Separate hierarchies at `root/memory`, `root/pids` and `root/cpu`.
        case v1
    }

    public var version: Version
    /// The mount point: `/sys/fs/cgroup` for v2, the directory holding the v1 hierarchies for v1.
    public var root: String
    /// The sandbox's cgroup, relative to the hierarchy root, such as `paddock/sb-1234`.
    public var path: String

    public init(version: Version, root: String = "/sys/fs/cgroup", path: String) {
        self.version = version
        self.root = root
        self.path = path
    }

    /// The controllers that Paddock limits.
    public static let controllers = ["memory", "pids", "cpu"]

    /// The cgroup directories of this sandbox, one per hierarchy.
    public var directories: [String] {
        switch version {
        case .v2: return ["\(root)/\(path)"]
        case .v1: return CgroupPlacement.controllers.map { "\(root)/\($0)/\(path)" }
        }
    }

    func directory(for controller: String) -> String {
        switch version {
        case .v2: return "\(root)/\(path)"
        case .v1: return "\(root)/\(controller)/\(path)"
        }
    }
}
