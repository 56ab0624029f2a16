import Foundation
import Glibc
import PaddockCore

/// Reads a sandbox's cgroup counters through directory fds opened while /sys/fs/cgroup was still
/// visible, because the supervisor's own root filesystem has no cgroup mounts after `pivot_root`.
public final class CgroupMonitor: Sendable {
    public let placement: CgroupPlacement
    private let memoryDirectory: Int32

    /// Opens the memory controller's directory of the sandbox's cgroup.
    public init(placement: CgroupPlacement) throws {
        self.placement = placement
        let path = placement.directory(for: "memory")
        memoryDirectory = try systemCall("open", subject: path) { open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
    }

    deinit {
        close(memoryDirectory)
    }

    /// The number of processes that the kernel's OOM killer has killed in this cgroup.
    public func oomKillCount() -> Int {
        let file = placement.version == .v2 ? "memory.events" : "memory.oom_control"
        guard let text = read(file) else { return 0 }
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, parts[0] == "oom_kill" { return Int(parts[1]) ?? 0 }
        }
        return 0
    }

    /// The memory the cgroup's processes use now, in bytes.
    public func memoryUsage() -> UInt64? {
        let file = placement.version == .v2 ? "memory.current" : "memory.usage_in_bytes"
        return read(file).flatMap { UInt64($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    private func read(_ name: String) -> String? {
        let fd = openat(memoryDirectory, name, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = Glibc.read(fd, &buffer, buffer.count)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count], as: UTF8.self)
    }
}
