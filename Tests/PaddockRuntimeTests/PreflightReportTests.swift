import Foundation
import Testing

@testable import PaddockRuntime

struct PreflightReportTests {
    static let mixed = PreflightReport(
        checks: [
            PreflightCheck(id: "privileges", title: "root privileges", status: .ok, detail: "uid 0"),
            PreflightCheck(
                id: "namespace.net", title: "network namespace", status: .failed,
                detail: "unshare(CLONE_NEWNET) failed with EPERM", fix: "run as root"),
            PreflightCheck(
                id: "landlock", title: "Landlock", status: .warning, detail: "disabled at boot",
                fix: "add lsm=landlock"),
            PreflightCheck(
                id: "cgroups", title: "cgroup controllers", status: .failed, detail: "no cgroup filesystem",
                fix: "mount cgroup2"),
        ],
        landlockABI: nil, cgroupLayout: .unavailable)

    static let ready = PreflightReport(
        checks: [PreflightCheck(id: "landlock", title: "Landlock", status: .warning, detail: "off", fix: "enable")],
        landlockABI: nil, cgroupLayout: .v2(mountPoint: "/sys/fs/cgroup"))

    @Test func failedCheckMeansNotReady() {
        #expect(!Self.mixed.isolationReady)
        #expect(Self.mixed.failedChecks.map(\.id) == ["namespace.net", "cgroups"])
    }

    @Test func warningsStillReady() {
        #expect(Self.ready.isolationReady)
        #expect(Self.ready.failureMessage == nil)
    }

    @Test func failureMessageNamesEachFailedCheck() throws {
        let message = try #require(Self.mixed.failureMessage)
        #expect(message.contains("2 preflight checks failed"))
        #expect(message.contains("namespace.net (network namespace): unshare(CLONE_NEWNET) failed with EPERM."))
        #expect(message.contains("Fix: run as root."))
        #expect(message.contains("cgroups (cgroup controllers): no cgroup filesystem."))
        #expect(message.contains("Fix: mount cgroup2."))
        #expect(!message.contains("landlock"))
        #expect(!message.contains("\n"))
    }

    @Test func tableHasRowPerCheckAndFixLines() {
        let table = Self.mixed.renderTable()
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("CHECK") == true)
        #expect(lines.contains { $0.hasPrefix("namespace.net  failed   unshare(CLONE_NEWNET)") })
        #expect(lines.contains { $0.hasSuffix("fix: mount cgroup2") })
        #expect(!lines.contains { $0.hasPrefix("privileges") && $0.contains("fix:") })
        #expect(table.contains("isolation ready: no; Landlock: unavailable; cgroup layout: unavailable"))
    }

    @Test func jsonUsesSnakeCaseAndRoundTrips() throws {
        let json = try Self.mixed.renderJSON()
        #expect(json.contains("\"isolation_ready\" : false"))
        #expect(json.contains("\"cgroup_layout\""))
        let decoded = try JSONDecoder().decode(PreflightReport.self, from: Data(json.utf8))
        #expect(decoded == Self.mixed)
    }
}
