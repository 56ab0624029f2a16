import Foundation
import PaddockCore
import Testing

@testable import PaddockWorkspace

/// The Node.js runner against the real `node` on this machine: the REPL driver's protocol,
/// stateless runs, and session expiry.
@Suite(.serialized) final class NodeServiceTests {
    private let service = NodeService(
        context: WorkspaceContext(workspace: "/tmp", logger: Logger(label: "node-test"), version: "test"))

    deinit {
        if let directory = service.runtime.createdDirectory { try? FileManager.default.removeItem(atPath: directory) }
    }

    private func newSessionID() -> String { "test-" + UUID().uuidString.prefix(8).lowercased() }

    @Test(arguments: [NodeScripts.driverFileName, NodeScripts.proxyHookFileName, NodeScripts.errorReporterFileName])
    func embeddedScriptParses(_ name: String) throws {
        let path = try service.runtime.directory() + "/" + name
        let node = try service.runtime.requireNode()
        let check = try ChildProcess.start(arguments: [node, "--check", path], environment: [:], workingDirectory: "/")
        check.closeInput()
        check.waitUntilFinished(deadline: .distantFuture)
        let errors = String(decoding: check.stderr.read(from: 0).bytes, as: UTF8.self)
        #expect(check.exitStatus == .exited(0), "\(errors)")
    }

    @Test func replEchoesLastExpression() throws {
        let id = newSessionID()
        defer { try? service.sessions.remove(id) }
        let result = try service.execute(code: "10 + 20", stateful: true, sessionID: id)
        #expect(result.status == .ok)
        #expect(result.sessionID == id)
        #expect(result.outputs.last?["output_type"] == "execute_result")
        #expect(result.outputs.last?["data"]?["text/plain"] == "30")
    }

    @Test func replKeepsVariablesAndFunctions() throws {
        let id = newSessionID()
        defer { try? service.sessions.remove(id) }
        _ = try service.execute(
            code: "let base = 40; function add(x) { return base + x }", stateful: true, sessionID: id)
        let result = try service.execute(code: "add(2)", sessionID: id)
        #expect(result.outputs.last?["data"]?["text/plain"] == "42")
        #expect(result.executionCount == 2)
    }

    @Test func replSupportsTopLevelAwait() throws {
        let id = newSessionID()
        defer { try? service.sessions.remove(id) }
        _ = try service.execute(
            code: "const value = await new Promise((resolve) => setTimeout(() => resolve('later'), 10))",
            stateful: true, sessionID: id)
        let result = try service.execute(code: "value", sessionID: id)
        #expect(result.outputs.last?["data"]?["text/plain"] == "'later'")
    }

    @Test func replCapturesConsolePerRequest() throws {
        let id = newSessionID()
        defer { try? service.sessions.remove(id) }
        let first = try service.execute(code: "console.log('one'); console.error('two')", stateful: true, sessionID: id)
        #expect(first.stdout == "one\n")
        #expect(first.stderr == "two\n")
        let second = try service.execute(code: "console.log('three')", sessionID: id)
        #expect(second.stdout == "three\n")
        #expect(second.outputs.first?["name"] == "stdout")
    }

    @Test func replReportsThrownError() throws {
        let id = newSessionID()
        defer { try? service.sessions.remove(id) }
        let result = try service.execute(code: "throw new RangeError('too far')", stateful: true, sessionID: id)
        #expect(result.status == .error)
        let error = try #require(result.outputs.last)
        #expect(error["ename"] == "RangeError")
        #expect(error["evalue"] == "too far")
        guard case .array(let traceback)? = error["traceback"] else {
            Issue.record("no traceback")
            return
        }
        #expect(traceback.first == "RangeError: too far")
        #expect(!traceback.contains { $0.stringValue?.contains(NodeScripts.driverFileName) == true })
    }

    @Test func replReportsSyntaxError() throws {
        let id = newSessionID()
        defer { try? service.sessions.remove(id) }
        let result = try service.execute(code: "function broken( {", stateful: true, sessionID: id)
        #expect(result.status == .error)
        #expect(result.outputs.last?["ename"] == "SyntaxError")
    }

    @Test func replExitLosesStateWithHint() throws {
        let id = newSessionID()
        defer { try? service.sessions.remove(id) }
        _ = try service.execute(code: "var kept = 1", stateful: true, sessionID: id)
        let exited = try service.execute(code: "console.log('bye'); process.exit(3)", sessionID: id)
        #expect(exited.status == .error)
        #expect(exited.exitCode == 3)
        #expect(exited.stdout == "bye\n")
        #expect(exited.outputs.last?["ename"] == "ProcessExit")
        let after = try service.execute(code: "typeof kept", sessionID: id)
        #expect(after.outputs.last?["data"]?["text/plain"] == "'undefined'")
        #expect(after.hint?.contains("exited with status 3") == true)
    }

    @Test func replExitBetweenCallsIsNoted() throws {
        let id = newSessionID()
        defer { try? service.sessions.remove(id) }
        _ = try service.execute(code: "setTimeout(() => process.exit(5), 50); 'scheduled'", stateful: true, sessionID: id)
        let session = try #require(service.sessions.find(id))
        let deadline = Date().addingTimeInterval(30)
        while session.hasRunningREPL, Date() < deadline { usleep(20_000) }
        let after = try service.execute(code: "1", sessionID: id)
        #expect(after.status == .ok)
        #expect(after.hint?.contains("exited after the previous execution") == true)
    }

    @Test func deletedSessionRejectsExecution() throws {
        let (session, _) = try service.sessions.create(id: newSessionID(), cwd: nil, maxIdleSeconds: nil)
        try service.sessions.remove(session.id)
        #expect(throws: OperationFailure.self) { try session.execute(code: "1", timeout: 5) }
        #expect(!session.hasRunningREPL)
    }

    @Test func replTimeoutRestartsFresh() throws {
        let id = newSessionID()
        defer { try? service.sessions.remove(id) }
        _ = try service.execute(code: "var kept = 1", stateful: true, sessionID: id)
        let stuck = try service.execute(code: "while (true) {}", timeout: 1, sessionID: id)
        #expect(stuck.status == .timeout)
        #expect(stuck.outputs.last?["ename"] == "TimeoutError")
        let after = try service.execute(code: "typeof kept", sessionID: id)
        #expect(after.status == .ok)
        #expect(after.outputs.last?["data"]?["text/plain"] == "'undefined'")
        #expect(after.hint?.contains("timed out") == true)
    }

    @Test func statelessRunReadsStdinAndFiles() throws {
        let code = """
            const fs = require('fs');
            const input = fs.readFileSync(0, 'utf8');
            console.log(require('./lib/greet.js')(input.trim()));
            """
        let result = try service.execute(
            code: code, stdin: "world\n", files: ["lib/greet.js": "module.exports = (name) => 'hello ' + name"])
        #expect(result.status == .ok)
        #expect(result.stdout == "hello world\n")
        #expect(result.exitCode == 0)
        #expect(result.sessionID == nil)
    }

    @Test func statelessRunReportsUncaughtError() throws {
        let result = try service.execute(code: "throw new TypeError('bad input')")
        #expect(result.status == .error)
        #expect(result.exitCode == 1)
        #expect(result.outputs.last?["ename"] == "TypeError")
        #expect(result.outputs.last?["evalue"] == "bad input")
    }

    @Test func statelessTimeoutKillsDetachedChild() throws {
        let marker = "node-test-sleep-" + UUID().uuidString.prefix(8)
        let code = """
            const { spawn } = require('child_process');
            spawn('/bin/sh', ['-c', 'exec -a \(marker) sleep 300'], { detached: true, stdio: 'ignore' });
            spawn('/bin/sh', ['-c', 'exec -a \(marker) sleep 300'], { stdio: 'ignore' });
            setInterval(() => {}, 1000);
            """
        let result = try service.execute(code: code, timeout: 2)
        #expect(result.status == .timeout)
        #expect(result.exitCode == 137)
        let survivors = try FileManager.default.contentsOfDirectory(atPath: "/proc").filter { entry in
            guard Int32(entry) != nil, let command = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline")
            else { return false }
            return String(decoding: command, as: UTF8.self).hasPrefix(marker)
        }
        #expect(survivors.isEmpty, "processes left running: \(survivors)")
    }

    @Test func statelessOutputIsTruncated() throws {
        let result = try service.execute(code: "process.stdout.write('x'.repeat(8 * 1024 * 1024))")
        #expect(result.status == .ok)
        #expect(result.stdout.count < 2 * NodeStatelessRunner.outputLimit)
        #expect(result.stdout.contains("truncated"))
    }

    @Test func invalidFileNameIsRejected() {
        #expect(throws: OperationFailure.self) { try service.execute(code: "1", files: ["../escape.js": ""]) }
    }

    @Test func otherVersionIsRejected() throws {
        do {
            _ = try service.execute(code: "1", version: "node99")
            Issue.record("node99 was accepted")
        } catch let failure as OperationFailure {
            #expect(failure.message.contains("node99"))
            #expect(failure.message.contains(try #require(service.runtime.versionName)))
        }
        #expect(throws: Never.self) { try service.runtime.checkVersion(service.runtime.versionName) }
    }

    @Test func unknownSessionOfStatelessCallFails() {
        #expect(throws: OperationFailure.self) { try service.execute(code: "1", sessionID: "no-such-session") }
    }

    @Test func idleSessionExpires() throws {
        let id = newSessionID()
        let (session, created) = try service.sessions.create(id: id, cwd: nil, maxIdleSeconds: 60)
        #expect(created)
        #expect(session.hasRunningREPL)
        #expect(service.sessions.expireIdle(at: Date().addingTimeInterval(30)).isEmpty)
        #expect(service.sessions.expireIdle(at: Date().addingTimeInterval(61)) == [id])
        #expect(service.sessions.find(id) == nil)
        #expect(!session.hasRunningREPL)
    }

    @Test func sessionLimitIsEnforced() throws {
        let sessions = NodeSessions(runtime: service.runtime, maxSessions: 1)
        let first = newSessionID()
        defer { try? sessions.remove(first) }
        _ = try sessions.create(id: first, cwd: nil, maxIdleSeconds: nil)
        do {
            _ = try sessions.create(id: newSessionID(), cwd: nil, maxIdleSeconds: nil)
            Issue.record("a second session was created beyond the limit of 1")
        } catch let failure as OperationFailure {
            #expect(failure.message.contains("too many Node.js sessions (1)"))
        }
        let again = try sessions.create(id: first, cwd: nil, maxIdleSeconds: nil)
        #expect(!again.created)
    }

    @Test func sessionChangesDirectoryForRequire() throws {
        let base = NSTemporaryDirectory() + "node-cwd-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: base) }
        for name in ["one", "two"] {
            try FileManager.default.createDirectory(atPath: base + "/" + name, withIntermediateDirectories: true)
            try Data("module.exports = '\(name)'".utf8).write(to: URL(fileURLWithPath: base + "/\(name)/which.js"))
        }
        let (session, _) = try service.sessions.create(id: newSessionID(), cwd: base + "/one", maxIdleSeconds: nil)
        defer { try? service.sessions.remove(session.id) }
        let before = try service.execute(code: "require('./which.js')", sessionID: session.id)
        #expect(before.outputs.last?["data"]?["text/plain"] == "'one'")
        try session.update(maxIdleSeconds: nil, cwd: base + "/two")
        let after = try service.execute(code: "[process.cwd(), require('./which.js')]", sessionID: session.id)
        #expect(after.outputs.last?["data"]?["text/plain"] == .string("[ '\(base)/two', 'two' ]"))
    }

    @Test func infoNamesInstalledVersion() throws {
        let info = service.info()
        let version = try #require(info["node_version"]?.stringValue)
        #expect(version.hasPrefix("v"))
        #expect(info["available_versions"] == .array([.string(try #require(service.runtime.versionName))]))
        #expect(info["supported_languages"] == ["javascript"])
    }
}
