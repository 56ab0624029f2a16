import Foundation
import Glibc
import PaddockCore

/// Creates, limits, inspects and removes the cgroup of one sandbox.
public struct CgroupManager: Sendable {
    public let placement: CgroupPlacement

    public init(placement: CgroupPlacement) {
        self.placement = placement
    }

    /// Creates the sandbox's cgroup with its two leaves and writes the limits to the workload leaf.
    /// Existing directories are reused, so a restarted sandbox gets its limits written again.
    public func create(limits: ResourceLimits) throws {
        if placement.version == .v2 {
            try enableV2Controllers()
        }
        for leaf in CgroupPlacement.Leaf.allCases {
            for directory in placement.directories(of: leaf) {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
        }
        try apply(limits)
    }

    /// Moves the calling process into the supervisor leaf.
    public func joinSelf() throws {
        try move(pid: 0)
    }

    /// Moves process `pid` with all its threads into the supervisor leaf; 0 is the calling process.
    public func move(pid: Int32) throws {
        for directory in placement.directories(of: .supervisor) {
            try write(String(pid), to: directory + "/cgroup.procs")
        }
    }

    /// Opens the workload leaf's `cgroup.procs` in every hierarchy for writing. A process that
    /// writes `0` to each joins the workload cgroup, which works after `pivot_root` hides
    /// /sys/fs/cgroup.
    public func openWorkloadProcs() throws -> [Int32] {
        var descriptors: [Int32] = []
        for directory in placement.directories(of: .workload) {
            let path = directory + "/cgroup.procs"
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else {
                let code = errno
                descriptors.forEach { close($0) }
                throw PaddockError(
                    .internal, "cannot open cgroup file \(path)", cause: SystemCallError("open", errno: code, subject: path))
            }
            descriptors.append(fd)
        }
        return descriptors
    }

    /// Removes the leaves and then the sandbox's cgroup, waiting up to `timeout` seconds for exiting
    /// processes to leave.
    public func remove(timeout: Double = 2) throws {
        let deadline = Date().addingTimeInterval(timeout)
        let leaves = CgroupPlacement.Leaf.allCases.flatMap { placement.directories(of: $0) }
        for directory in leaves + placement.directories {
            while true {
                if rmdir(directory) == 0 || errno == ENOENT { break }
                let code = errno
                if code != EBUSY || Date() > deadline {
                    throw PaddockError(
                        .internal, "cannot remove cgroup \(directory)",
                        cause: SystemCallError("rmdir", errno: code, subject: directory))
                }
                killAll(in: directory)
                usleep(10_000)
            }
        }
    }

    /// The pids of every process in the workload leaf.
    public func processes() -> [Int32] {
        let directory = placement.directory(for: "pids")
        guard let text = try? String(contentsOfFile: directory + "/cgroup.procs", encoding: .utf8) else {
            return []
        }
        return text.split(separator: "\n").compactMap { Int32($0) }
    }

    private func apply(_ limits: ResourceLimits) throws {
        switch placement.version {
        case .v2:
            let directory = placement.directory(for: "memory")
            try write(limits.memoryBytes.map(String.init) ?? "max", to: directory + "/memory.max")
            if limits.memoryBytes != nil {
                // Without swap accounting a limited cgroup could page out instead of hitting its limit.
                try? write("0", to: directory + "/memory.swap.max")
                try? write("1", to: directory + "/memory.oom.group")
            }
            try write(limits.pids.map(String.init) ?? "max", to: directory + "/pids.max")
            try write(Self.cpuMax(limits.cpus), to: directory + "/cpu.max")
        case .v1:
            let memory = placement.directory(for: "memory")
            try write(limits.memoryBytes.map(String.init) ?? "-1", to: memory + "/memory.limit_in_bytes")
            if let bytes = limits.memoryBytes {
                try? write(String(bytes), to: memory + "/memory.memsw.limit_in_bytes")
            }
            try write(limits.pids.map(String.init) ?? "max", to: placement.directory(for: "pids") + "/pids.max")
            let cpu = placement.directory(for: "cpu")
            try write("100000", to: cpu + "/cpu.cfs_period_us")
            let quota = limits.cpus.map { String(Int(($0 * 100_000).rounded())) } ?? "-1"
            try write(quota, to: cpu + "/cpu.cfs_quota_us")
        }
    }

    /// Enables the controllers in the `cgroup.subtree_control` of every ancestor of the leaves, which
    /// cgroup v2 requires before a child cgroup can use them.
    private func enableV2Controllers() throws {
        var current = placement.root
        let components = placement.path.split(separator: "/")
        try write("+memory +pids +cpu", to: current + "/cgroup.subtree_control")
        for component in components {
            current += "/\(component)"
            try FileManager.default.createDirectory(atPath: current, withIntermediateDirectories: true)
            try write("+memory +pids +cpu", to: current + "/cgroup.subtree_control")
        }
    }

    private func killAll(in directory: String) {
        guard let text = try? String(contentsOfFile: directory + "/cgroup.procs", encoding: .utf8) else { return }
        for pid in text.split(separator: "\n").compactMap({ Int32($0) }) {
            kill(pid, SIGKILL)
        }
    }

    static func cpuMax(_ cpus: Double?) -> String {
        guard let cpus else { return "max 100000" }
        return "\(Int((cpus * 100_000).rounded())) 100000"
    }

    private func write(_ value: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw PaddockError(
                .internal, "cannot open cgroup file \(path)", cause: SystemCallError("open", errno: errno, subject: path))
        }
        defer { close(fd) }
        let bytes = Array(value.utf8)
        let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            throw PaddockError(
                .internal, "cannot write '\(value)' to \(path)",
                cause: SystemCallError("write", errno: errno, subject: path))
        }
    }
}
