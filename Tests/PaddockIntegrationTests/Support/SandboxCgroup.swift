import Foundation
import Glibc

/// The host-side cgroup directories of one sandbox: `/sys/fs/cgroup/{memory,pids,cpu}/paddock/ID`
/// on a cgroup v1 or hybrid host, `/sys/fs/cgroup/paddock/ID` on a cgroup v2 host. Each has the
/// leaves `supervisor` and `workload`, and the limits are on `workload`.
struct SandboxCgroup {
    static let root = "/sys/fs/cgroup"
    static let controllers = ["memory", "pids", "cpu"]

    let sandboxID: String

    /// Whether the host mounts the controllers as separate v1 hierarchies.
    static var isVersion1: Bool {
        FileManager.default.fileExists(atPath: root + "/memory/cgroup.procs")
    }

    /// Every directory of the sandbox's cgroup and its leaves, whether or not it exists, parents
    /// first.
    var directories: [String] {
        let sandboxDirectories =
            Self.isVersion1
            ? Self.controllers.map { "\(Self.root)/\($0)/paddock/\(sandboxID)" } : ["\(Self.root)/paddock/\(sandboxID)"]
        return sandboxDirectories + sandboxDirectories.flatMap { [$0 + "/supervisor", $0 + "/workload"] }
    }

    /// The directories that still exist.
    var existingDirectories: [String] {
        directories.filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// Returns the trimmed contents of `file` in the workload leaf of `controller`, or nil when
    /// missing.
    func read(_ file: String, controller: String) -> String? {
        let sandboxDirectory =
            Self.isVersion1 ? "\(Self.root)/\(controller)/paddock/\(sandboxID)" : "\(Self.root)/paddock/\(sandboxID)"
        let directory = sandboxDirectory + "/workload"
        guard let data = FileManager.default.contents(atPath: directory + "/" + file) else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The memory limit in bytes, or nil when the file is missing.
    var memoryLimit: String? {
        Self.isVersion1 ? read("memory.limit_in_bytes", controller: "memory") : read("memory.max", controller: "memory")
    }

    /// The process limit, or nil when the file is missing.
    var pidsLimit: String? { read("pids.max", controller: "pids") }

    /// The CPU quota and period in microseconds, such as `50000 100000`, or nil when missing.
    var cpuQuotaAndPeriod: String? {
        guard Self.isVersion1 else { return read("cpu.max", controller: "cpu") }
        guard let quota = read("cpu.cfs_quota_us", controller: "cpu"),
            let period = read("cpu.cfs_period_us", controller: "cpu")
        else { return nil }
        return "\(quota) \(period)"
    }

    /// Removes the directories that are left, which succeeds only once no process is in them.
    func removeLeftovers() {
        for directory in existingDirectories.reversed() {
            rmdir(directory)
        }
    }
}
