import Foundation
import Testing

@testable import PaddockRuntime

struct CgroupLayoutTests {
    @Test func unifiedHostIsV2() {
        let layout = CgroupLayout.detect(mounts: MountEntry.parse(Samples.v2Mounts))
        #expect(layout == .v2(mountPoint: "/sys/fs/cgroup"))
        #expect(layout.v1MountPoint(for: "memory") == nil)
    }

    @Test func legacyHostIsV1WithComountedCPU() {
        let layout = CgroupLayout.detect(mounts: MountEntry.parse(Samples.v1Mounts))
        #expect(layout.name == "v1")
        #expect(layout.v1MountPoint(for: "cpu") == "/sys/fs/cgroup/cpu,cpuacct")
        #expect(layout.v1MountPoint(for: "cpuacct") == "/sys/fs/cgroup/cpu,cpuacct")
        #expect(layout.v1MountPoint(for: "memory") == "/sys/fs/cgroup/memory")
        #expect(layout.v1MountPoint(for: "pids") == "/sys/fs/cgroup/pids")
    }

    @Test func namedHierarchyIsNotAController() {
        let layout = CgroupLayout.detect(mounts: MountEntry.parse(Samples.v1Mounts))
        #expect(layout.v1MountPoint(for: "systemd") == nil)
        #expect(layout.v1MountPoint(for: "name=systemd") == nil)
        #expect(layout.v1MountPoint(for: "xattr") == nil)
    }

    @Test func hybridHostUsesV1Controllers() {
        let layout = CgroupLayout.detect(mounts: MountEntry.parse(Samples.hybridMounts))
        let expected: [String: String] = [
            "cpu": "/sys/fs/cgroup/cpu", "cpuacct": "/sys/fs/cgroup/cpuacct", "memory": "/sys/fs/cgroup/memory",
            "pids": "/sys/fs/cgroup/pids",
        ]
        #expect(layout == .hybrid(controllers: expected, unifiedMountPoint: "/sys/fs/cgroup/unified"))
    }

    @Test func noCgroupMountIsUnavailable() {
        #expect(CgroupLayout.detect(mounts: MountEntry.parse(Samples.noCgroupMounts)) == .unavailable)
    }

    @Test func conventionalUnifiedMountWins() {
        let mounts = "cgroup2 /run/other cgroup2 rw 0 0\ncgroup2 /sys/fs/cgroup cgroup2 rw 0 0\n"
        #expect(CgroupLayout.detect(mounts: MountEntry.parse(mounts)) == .v2(mountPoint: "/sys/fs/cgroup"))
    }

    @Test func jsonRoundTripsEveryLayout() throws {
        let layouts: [CgroupLayout] = [
            .v2(mountPoint: "/sys/fs/cgroup"), .v1(controllers: ["memory": "/sys/fs/cgroup/memory"]),
            .hybrid(controllers: ["pids": "/sys/fs/cgroup/pids"], unifiedMountPoint: "/sys/fs/cgroup/unified"),
            .unavailable,
        ]
        for layout in layouts {
            let data = try JSONEncoder().encode(layout)
            #expect(try JSONDecoder().decode(CgroupLayout.self, from: data) == layout)
        }
    }

    @Test func jsonNamesTheLayout() throws {
        let data = try JSONEncoder().encode(CgroupLayout.v2(mountPoint: "/sys/fs/cgroup"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: String]
        #expect(object == ["layout": "v2", "mount_point": "/sys/fs/cgroup"])
    }

    @Test func jsonRejectsUnknownLayout() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CgroupLayout.self, from: Data(#"{"layout":"v3"}"#.utf8))
        }
    }
}
