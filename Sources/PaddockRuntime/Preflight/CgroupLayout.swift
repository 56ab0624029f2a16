import Foundation

/// How the host mounts cgroups, which decides where the runtime creates each sandbox's cgroup.
public enum CgroupLayout: Sendable, Equatable {
    /// cgroup v2 only (the unified hierarchy), mounted at `mountPoint`.
    case v2(mountPoint: String)
    /// cgroup v1 only; `controllers` maps each controller name (`memory`, `pids`, `cpu`, …) to the
    /// mount point of its hierarchy.
    case v1(controllers: [String: String])
    /// v1 hierarchies for the controllers plus a cgroup2 mount at `unifiedMountPoint` that
    /// systemd uses for process tracking. Controllers attach to one hierarchy only, so the ones
    /// listed here are on v1, and the runtime uses v1 for limits.
    case hybrid(controllers: [String: String], unifiedMountPoint: String)
    /// No cgroup filesystem is mounted.
    case unavailable

    /// The controller names that cgroup v1 uses as mount options; any other option is a mount flag.
    static let v1ControllerNames: Set<String> = [
        "blkio", "cpu", "cpuacct", "cpuset", "devices", "freezer", "hugetlb", "memory", "misc", "net_cls",
        "net_prio", "perf_event", "pids", "rdma",
    ]

    /// Detects the layout from the calling process's mount table.
    public static func detect() -> CgroupLayout {
        detect(mounts: MountEntry.readSelf())
    }

    /// Detects the layout from parsed mount-table entries.
    static func detect(mounts: [MountEntry]) -> CgroupLayout {
        var controllers: [String: String] = [:]
        for entry in mounts where entry.type == "cgroup" {
            for option in entry.options where v1ControllerNames.contains(option) && controllers[option] == nil {
                controllers[option] = entry.mountPoint
            }
        }
        let unified = mounts.filter { $0.type == "cgroup2" }.map(\.mountPoint)
        // Prefer the conventional mount point when cgroup2 is mounted more than once.
        let unifiedMountPoint = unified.first { $0 == "/sys/fs/cgroup" } ?? unified.first
        switch (controllers.isEmpty, unifiedMountPoint) {
        case (false, let mountPoint?):
            return .hybrid(controllers: controllers, unifiedMountPoint: mountPoint)
        case (false, nil):
            return .v1(controllers: controllers)
        case (true, let mountPoint?):
            return .v2(mountPoint: mountPoint)
        case (true, nil):
            return .unavailable
        }
    }

    /// A short name: `v2`, `v1`, `hybrid` or `unavailable`.
    public var name: String {
        switch self {
        case .v2: return "v2"
        case .v1: return "v1"
        case .hybrid: return "hybrid"
        case .unavailable: return "unavailable"
        }
    }

    /// The mount point of the v1 hierarchy that contains `controller`, or nil on v2 or when it is not mounted.
    public func v1MountPoint(for controller: String) -> String? {
        switch self {
        case .v1(let controllers), .hybrid(let controllers, _): return controllers[controller]
        case .v2, .unavailable: return nil
        }
    }
}

extension CgroupLayout: Codable {
    enum CodingKeys: String, CodingKey {
        case layout
        case mountPoint = "mount_point"
        case controllers
        case unifiedMountPoint = "unified_mount_point"
    }

    /// Encodes as `{"layout": "hybrid", "controllers": {...}, "unified_mount_point": "..."}`,
    /// with only the keys that the layout has.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .layout)
        switch self {
        case .v2(let mountPoint):
            try container.encode(mountPoint, forKey: .mountPoint)
        case .v1(let controllers):
            try container.encode(controllers, forKey: .controllers)
        case .hybrid(let controllers, let unifiedMountPoint):
            try container.encode(controllers, forKey: .controllers)
            try container.encode(unifiedMountPoint, forKey: .unifiedMountPoint)
        case .unavailable:
            break
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let layout = try container.decode(String.self, forKey: .layout)
        switch layout {
        case "v2":
            self = .v2(mountPoint: try container.decode(String.self, forKey: .mountPoint))
        case "v1":
            self = .v1(controllers: try container.decode([String: String].self, forKey: .controllers))
        case "hybrid":
            self = .hybrid(
                controllers: try container.decode([String: String].self, forKey: .controllers),
                unifiedMountPoint: try container.decode(String.self, forKey: .unifiedMountPoint))
        case "unavailable":
            self = .unavailable
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .layout, in: container,
                debugDescription: "unknown cgroup layout '\(layout)'; expected v2, v1, hybrid or unavailable")
        }
    }
}
