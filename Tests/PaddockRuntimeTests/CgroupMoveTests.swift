import Foundation
import Glibc
import PaddockCore
import Testing

@testable import PaddockRuntime

/// The moves write to plain files under a temporary root that mimics the v1 hierarchies, so the
/// tests move no process between real cgroups.
struct CgroupMoveTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("cgroup-move-\(UUID().uuidString)").path

    func placement() -> CgroupPlacement {
        CgroupPlacement(version: .v1, root: root, path: "paddock/sb-test")
    }

    func makeProcsFiles() throws {
        for directory in placement().directories(of: .supervisor) {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(atPath: directory + "/cgroup.procs", contents: Data()))
        }
    }

    func procsContents() throws -> [String] {
        try placement().directories(of: .supervisor).map {
            try String(contentsOfFile: $0 + "/cgroup.procs", encoding: .utf8)
        }
    }

    @Test func moveWritesPidToEveryHierarchy() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try makeProcsFiles()
        try CgroupManager(placement: placement()).move(pid: 4321)
        #expect(try procsContents() == ["4321", "4321", "4321"])
    }

    @Test func joinSelfWritesZero() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try makeProcsFiles()
        try CgroupManager(placement: placement()).joinSelf()
        #expect(try procsContents() == ["0", "0", "0"])
    }

    @Test func moveIntoMissingCgroupNamesPath() {
        let error = #expect(throws: PaddockError.self) {
            try CgroupManager(placement: placement()).move(pid: 4321)
        }
        #expect(error?.message.contains(root + "/memory/paddock/sb-test/supervisor/cgroup.procs") == true)
    }

    @Test func leavesSitBelowSandboxCgroup() {
        #expect(placement().directories(of: .supervisor)[0] == root + "/memory/paddock/sb-test/supervisor")
        #expect(placement().directories(of: .workload)[2] == root + "/cpu/paddock/sb-test/workload")
    }

    /// Pre-creates the limit files, which the kernel would provide, and checks that the limits land
    /// in the workload leaf and nowhere above the supervisor.
    @Test func limitsGoToWorkloadLeaf() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = ["memory.limit_in_bytes", "memory.memsw.limit_in_bytes", "pids.max", "cpu.cfs_period_us", "cpu.cfs_quota_us"]
        for directory in placement().directories(of: .workload) + placement().directories {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for file in files {
                #expect(FileManager.default.createFile(atPath: directory + "/" + file, contents: Data()))
            }
        }

        try CgroupManager(placement: placement()).create(limits: ResourceLimits(memoryBytes: 64 << 20, pids: 50))

        let workloadMemory = placement().directories(of: .workload)[0] + "/memory.limit_in_bytes"
        #expect(try String(contentsOfFile: workloadMemory, encoding: .utf8) == String(64 << 20))
        let sandboxMemory = placement().directories[0] + "/memory.limit_in_bytes"
        #expect(try String(contentsOfFile: sandboxMemory, encoding: .utf8) == "")
        let supervisorMemory = placement().directories(of: .supervisor)[0] + "/memory.limit_in_bytes"
        #expect(!FileManager.default.fileExists(atPath: supervisorMemory))
    }
}

struct FileReplaceTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("replace-\(UUID().uuidString)").path

    @Test func replaceSwapsContentsAndMode() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/config.json"
        try FileSystemHelpers.write("old", to: path, mode: 0o644)

        try FileSystemHelpers.replace(bytes: Array("new contents".utf8), at: path, mode: 0o600)

        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new contents")
        var status = stat()
        #expect(stat(path, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o600)
        #expect(!FileManager.default.fileExists(atPath: path + ".tmp"))
    }

    @Test func replaceInMissingDirectoryNamesPath() {
        let path = directory + "/absent/config.json"
        let error = #expect(throws: SystemCallError.self) {
            try FileSystemHelpers.replace(bytes: [1, 2, 3], at: path)
        }
        #expect(error.map { "\($0)" }?.contains(path) == true)
    }
}
