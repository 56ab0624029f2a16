import Foundation
import Glibc
import PaddockCore
import Testing

@testable import PaddockRuntime

/// The join writes to plain files under a temporary root that mimics the v1 hierarchies, so the
/// tests move no process between real cgroups.
struct CgroupJoinTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("cgroup-join-\(UUID().uuidString)").path

    func placement() -> CgroupPlacement {
        CgroupPlacement(version: .v1, root: root, path: "paddock/sb-test")
    }

    func makeProcsFiles() throws {
        for directory in placement().directories {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(atPath: directory + "/cgroup.procs", contents: Data()))
        }
    }

    @Test func joinWritesEveryHierarchy() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try makeProcsFiles()
        let join = CgroupJoin(manager: CgroupManager(placement: placement()))
        try join.wait()
        for directory in placement().directories {
            let written = try String(contentsOfFile: directory + "/cgroup.procs", encoding: .utf8)
            #expect(written == "0", "expected the process's own pid marker in \(directory)")
        }
    }

    @Test func joinReportsMissingCgroup() {
        let join = CgroupJoin(manager: CgroupManager(placement: placement()))
        let error = #expect(throws: PaddockError.self) { try join.wait() }
        #expect(error?.message.contains(root + "/memory/paddock/sb-test/cgroup.procs") == true)
    }

    @Test func secondWaitReturnsSameOutcome() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try makeProcsFiles()
        let join = CgroupJoin(manager: CgroupManager(placement: placement()))
        try join.wait()
        try join.wait()

        let failing = CgroupJoin(manager: CgroupManager(placement: CgroupPlacement(version: .v2, root: root, path: "x")))
        #expect(throws: PaddockError.self) { try failing.wait() }
        #expect(throws: PaddockError.self) { try failing.wait() }
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
