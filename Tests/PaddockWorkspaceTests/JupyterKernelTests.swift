import Foundation
import Glibc
import PaddockCore
import Synchronization
import Testing

@testable import PaddockWorkspace

/// Runs real ipykernel kernels on the host (`python3 -m ipykernel_launcher`) through the service.
@Suite(.serialized) struct JupyterKernelTests {
    static func makeService(_ settings: JupyterSettings = JupyterSettings(keepsSpareKernel: false)) -> JupyterService {
        let workspace = NSTemporaryDirectory() + "jupyter-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: workspace + "/sub", withIntermediateDirectories: true)
        let context = WorkspaceContext(workspace: workspace, logger: Logger(label: "test"), version: "test")
        return JupyterService(context: context, settings: settings)
    }

    /// Waits up to `seconds` until `pid` no longer exists or is a zombie; returns whether it is gone.
    static func waitUntilGone(_ pid: Int32, seconds: Int = 10) -> Bool {
        for attempt in 0...(seconds * 20) {
            if attempt > 0 { usleep(50_000) }
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
            if let close = stat.lastIndex(of: ")"), stat[close...].dropFirst(2).first == "Z" { return true }
        }
        return false
    }

    @Test func sessionKeepsStateAcrossCalls() throws {
        let service = Self.makeService()
        defer { service.shutdown() }
        let first = try service.execute(code: "x = 41", sessionID: "s1")
        #expect(first.status == .ok)
        #expect(first.sessionID == "s1")
        let second = try service.execute(code: "print('hi'); x + 1", sessionID: "s1")
        #expect(second.status == .ok)
        #expect(second.executionCount == 2)
        #expect(second.outputs.count == 2)
        #expect(second.outputs.first?["text"] == "hi\n")
        #expect(second.outputs.last?["data"]?["text/plain"] == "42")
    }

    @Test func errorCarriesTraceback() throws {
        let service = Self.makeService()
        defer { service.shutdown() }
        let result = try service.execute(code: "1/0")
        #expect(result.status == .error)
        #expect(result.sessionID == nil)
        let error = result.outputs.first { $0["output_type"] == "error" }
        #expect(error?["ename"] == "ZeroDivisionError")
        guard case .array(let lines)? = error?["traceback"] else {
            Issue.record("no traceback in \(String(describing: error))")
            return
        }
        #expect(!lines.isEmpty)
    }

    @Test func timeoutInterruptsAndSessionSurvives() throws {
        let service = Self.makeService()
        defer { service.shutdown() }
        _ = try service.execute(code: "y = 7", sessionID: "t")
        let slow = try service.execute(code: "print('before', flush=True)\nwhile True: pass", timeout: 1, sessionID: "t")
        #expect(slow.status == .timeout)
        #expect(slow.outputs.first?["text"] == "before\n")
        #expect(slow.hint?.contains("interrupted") == true)
        let after = try service.execute(code: "y", sessionID: "t")
        #expect(after.status == .ok, "\(after.outputs) \(after.hint ?? "")")
        #expect(after.outputs.first?["data"]?["text/plain"] == "7")
    }

    @Test func deadKernelIsReportedAndReplaced() throws {
        let service = Self.makeService()
        defer { service.shutdown() }
        _ = try service.execute(code: "z = 1", sessionID: "d")
        let died = try service.execute(code: "import os; os._exit(3)", sessionID: "d")
        #expect(died.status == .error)
        let error = died.outputs.last
        #expect(error?["ename"] == "KernelDied")
        #expect(error?["evalue"]?.stringValue?.contains("ended (exited with code 3)") == true)
        let fresh = try service.execute(code: "'z' in globals()", sessionID: "d")
        #expect(fresh.status == .ok)
        #expect(fresh.outputs.first?["data"]?["text/plain"] == "False")
        #expect(fresh.hint?.contains("fresh kernel") == true)
    }

    @Test func killBetweenCallsGivesFreshKernel() throws {
        let service = Self.makeService()
        defer { service.shutdown() }
        _ = try service.execute(code: "w = 1", sessionID: "k")
        let pid = service.allSessions[0].kernel.pid
        kill(pid, SIGKILL)
        let after = try service.execute(code: "'w' in globals()", sessionID: "k")
        #expect(after.status == .ok)
        #expect(after.outputs.first?["data"]?["text/plain"] == "False")
        #expect(after.hint?.contains("killed by signal 9") == true)
        #expect(service.allSessions[0].kernel.pid != pid)
    }

    @Test func cwdResolvesAgainstWorkspace() throws {
        let service = Self.makeService()
        defer { service.shutdown() }
        let result = try service.execute(code: "import os; os.getcwd()", sessionID: "c", cwd: "sub")
        let expected = URL(fileURLWithPath: service.context.workspace + "/sub").standardizedFileURL.path
        #expect(result.outputs.first?["data"]?["text/plain"] == .string("'\(expected)'"))
        #expect(throws: OperationFailure.self) { try service.execute(code: "1", sessionID: "c", cwd: "missing") }
    }

    @Test func unknownKernelNameListsAvailableOnes() throws {
        let service = Self.makeService()
        defer { service.shutdown() }
        do {
            _ = try service.execute(code: "1", kernelName: "cobol")
            Issue.record("an unknown kernel name was accepted")
        } catch let failure as OperationFailure {
            #expect(failure.message.contains("cobol"))
            #expect(failure.message.contains("python3"))
        }
    }

    @Test func maxSessionsIsEnforced() throws {
        let service = Self.makeService(JupyterSettings(maxSessions: 1, keepsSpareKernel: false))
        defer { service.shutdown() }
        _ = try service.session("one", kernelName: nil)
        #expect(throws: OperationFailure.self) { try service.session("two", kernelName: nil) }
        #expect(service.info().activeSessions == 1)
    }

    @Test func idleSessionsExpire() throws {
        let service = Self.makeService(JupyterSettings(sessionTimeout: 60, keepsSpareKernel: false))
        defer { service.shutdown() }
        let (session, _) = try service.session("idle", kernelName: nil)
        let pid = session.kernel.pid
        service.expireIdleSessions(now: Date().addingTimeInterval(30))
        #expect(service.allSessions.count == 1)
        service.expireIdleSessions(now: Date().addingTimeInterval(61))
        #expect(service.allSessions.isEmpty)
        #expect(kill(pid, 0) == -1)
    }

    @Test func deleteStopsKernelAndForkedChildren() throws {
        let service = Self.makeService()
        defer { service.shutdown() }
        let forked = try service.execute(
            code: "import os, time\nchild = os.fork()\nif child == 0:\n    time.sleep(60)\n    os._exit(0)\nprint(child)",
            sessionID: "f")
        #expect(forked.status == .ok)
        let child = Int32((forked.outputs.first?["text"]?.stringValue ?? "").trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(child != nil)
        let kernel = service.allSessions[0].kernel.pid
        try service.deleteSession("f")
        #expect(Self.waitUntilGone(kernel))
        #expect(Self.waitUntilGone(child ?? 0))
        #expect(throws: OperationFailure.self) { try service.deleteSession("f") }
    }
}
