/// Where a sandbox's cgroup lives: the hierarchy version and the cgroup's path below each root.
///
/// The sandbox's cgroup has two children. `supervisor` contains the supervisor and `workload` contains
/// every sandbox process and carries the limits, so that an out-of-memory kill or a full pids
/// limit inside the sandbox never reaches the supervisor. Two leaves rather than the supervisor in
/// the parent, because cgroup v2 allows no processes in a cgroup whose children use controllers.
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

    /// A child cgroup of the sandbox's cgroup.
    public enum Leaf: String, Sendable, CaseIterable {
        case supervisor
        case workload
    }

    /// The cgroup directories of this sandbox, one per hierarchy.
    public var directories: [String] {
        directories(relativePath: path)
    }

    /// The directories of one child cgroup, one per hierarchy.
    public func directories(of leaf: Leaf) -> [String] {
        directories(relativePath: path + "/" + leaf.rawValue)
    }

    /// The directory of the workload cgroup in the hierarchy of `controller`.
    func directory(for controller: String) -> String {
        let relativePath = path + "/" + Leaf.workload.rawValue
        switch version {
        case .v2: return "\(root)/\(relativePath)"
        case .v1: return "\(root)/\(controller)/\(relativePath)"
        }
    }

    private func directories(relativePath: String) -> [String] {
        switch version {
        case .v2: return ["\(root)/\(relativePath)"]
        case .v1: return CgroupPlacement.controllers.map { "\(root)/\($0)/\(relativePath)" }
        }
    }
}
