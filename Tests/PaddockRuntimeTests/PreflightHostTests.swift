@preconcurrency import Glibc
import Foundation
import Testing

@testable import PaddockRuntime

/// Runs the real checks on this machine, which the test suite expects to be a root host with
/// everything the runtime needs.
@Suite(.enabled(if: geteuid() == 0, "needs root, as the gateway does"))
struct PreflightHostTests {
    @Test func hostIsReadyForIsolation() {
        let report = Preflight.run()
        for check in report.checks {
            #expect(check.status != .failed, "\(check.id): \(check.detail)")
        }
        #expect(report.isolationReady)
        #expect(report.failureMessage == nil)
    }

    @Test func hostReportsLandlockABI() {
        let report = Preflight.run()
        #expect((report.landlockABI ?? 0) >= 1)
        #expect(report.checks.first { $0.id == "landlock" }?.status == .ok)
    }

    @Test func hostReportsEveryCheck() {
        let ids = Preflight.run().checks.map(\.id)
        let expected = [
            "privileges", "namespace.mnt", "namespace.pid", "namespace.uts", "namespace.ipc", "namespace.cgroup",
            "namespace.net", "overlayfs", "filesystems", "cgroups", "seccomp", "landlock",
        ]
        #expect(ids == expected)
    }

    /// Derives the expected layout from `/proc/mounts` with a separate, simpler reading.
    @Test func cgroupLayoutMatchesProcMounts() throws {
        let text = try String(contentsOfFile: "/proc/mounts", encoding: .utf8)
        let rows = text.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        let hasUnified = rows.contains { $0.count > 2 && $0[2] == "cgroup2" }
        let memoryRow = rows.first { row in
            row.count > 3 && row[2] == "cgroup" && row[3].split(separator: ",").contains("memory")
        }
        let layout = CgroupLayout.detect()
        switch (memoryRow, hasUnified) {
        case (let row?, true):
            #expect(layout.name == "hybrid")
            #expect(layout.v1MountPoint(for: "memory") == row[1])
        case (let row?, false):
            #expect(layout.name == "v1")
            #expect(layout.v1MountPoint(for: "memory") == row[1])
        case (nil, true):
            #expect(layout.name == "v2")
        case (nil, false):
            #expect(layout == .unavailable)
        }
    }

    @Test func overlayProbeLeavesNothingBehind() throws {
        let scratch = NSTemporaryDirectory() + "paddock-preflight-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }

        let check = OverlayCheck.run(filesystems: SupportedFilesystems.readSystem(), scratchDirectory: scratch)
        #expect(check.status == .ok, "\(check.detail)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).isEmpty)
        let mounts = try String(contentsOfFile: "/proc/self/mounts", encoding: .utf8)
        #expect(!mounts.contains(scratch))
    }

    @Test func reportRendersBothFormats() throws {
        let report = Preflight.run()
        #expect(report.renderTable().contains("isolation ready: yes"))
        let decoded = try JSONDecoder().decode(PreflightReport.self, from: Data(try report.renderJSON().utf8))
        #expect(decoded == report)
    }
}
