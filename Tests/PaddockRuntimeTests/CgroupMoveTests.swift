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
        for directory in placement().directories {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(atPath: directory + "/cgroup.procs", contents: Data()))
        }
    }

    func procsContents() throws -> [String] {
        try placement().directories.map { try String(contentsOfFile: $0 + "/cgroup.procs", encoding: .utf8) }
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
        #expect(error?.message.contains(root + "/memory/paddock/sb-test/cgroup.procs") == true)
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
