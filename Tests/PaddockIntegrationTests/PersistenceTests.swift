import Foundation
import Testing

extension IntegrationSuite {
    /// The workspace and the sandbox itself across stop and start of the sandbox and of the gateway.
    @Suite(.gateway)
    struct PersistenceTests {
        static let note = "/sandbox/note.txt"

        /// Writes `text` to the note file inside `sandbox`.
        func writeNote(_ text: String, in sandbox: String) async throws {
            let gateway = try TestGateway.require()
            let result = try await gateway.exec(sandbox, ["sh", "-c", "printf %s \"$0\" > \(Self.note)", text])
            #expect(result.exitCode == 0, "\(result)")
        }

        /// Reads the note file inside `sandbox`.
        func readNote(in sandbox: String) async throws -> ExecOutput {
            try await TestGateway.require().exec(sandbox, ["cat", Self.note])
        }

        @Test func workspaceSurvivesStopStart() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("keep-stop") { record in
                try await writeNote("kept across stop", in: record.name)

                let stop = try await gateway.paddock(["sandbox", "stop", record.name])
                let stopped = try await gateway.record(record.name)
                let supervisorAfterStop = HostProcesses.supervisor(of: record.id)
                let start = try await gateway.paddock(["sandbox", "start", record.name])
                let started = try await gateway.record(record.name)
                let note = try await readNote(in: record.name)

                #expect(stop.exitCode == 0, "\(stop)")
                #expect(stopped.phase == "stopped")
                #expect(supervisorAfterStop == nil)
                #expect(start.exitCode == 0, "\(start)")
                #expect(started.phase == "running")
                #expect(note.stdout == "kept across stop", "\(note)")
            }
        }

        @Test func stopEndsEveryProcess() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("stop-all") { record in
                let daemon = try await gateway.exec(
                    record.name, ["sh", "-c", "setsid sleep 600 > /dev/null 2>&1 < /dev/null & echo started"])
                let before = HostProcesses.inCgroup(of: record.id)

                let stop = try await gateway.paddock(["sandbox", "stop", record.name])
                let after = HostProcesses.inCgroup(of: record.id)

                #expect(daemon.output == "started", "\(daemon)")
                #expect(before.count >= 2, "\(before)")
                #expect(stop.exitCode == 0, "\(stop)")
                #expect(after.isEmpty, "\(after)")
                #expect(SandboxCgroup(sandboxID: record.id).existingDirectories.isEmpty)
            }
        }

        @Test func backgroundProcessSurvivesGatewayRestart() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("keep-daemon") { record in
                let daemon = try await gateway.exec(
                    record.name, ["sh", "-c", "setsid sleep 600 > /dev/null 2>&1 < /dev/null & echo $!"])
                let pidInside = daemon.output

                try await gateway.stop()
                try await gateway.start()
                let check = try await gateway.exec(record.name, ["cat", "/proc/\(pidInside)/cmdline"])

                #expect(!pidInside.isEmpty)
                #expect(check.stdout == "sleep\u{0}600\u{0}", "\(check)")
            }
        }

        @Test func sandboxSurvivesGatewayRestart() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("keep-restart") { record in
                try await writeNote("kept across a gateway restart", in: record.name)
                let supervisor = try #require(HostProcesses.supervisor(of: record.id))

                try await gateway.stop()
                let runningWhileDown = HostProcesses.isRunning(supervisor)
                try await gateway.start()
                let adopted = try await gateway.record(record.name)
                let note = try await readNote(in: record.name)

                #expect(runningWhileDown)
                #expect(adopted.phase == "running")
                #expect(HostProcesses.supervisor(of: record.id) == supervisor)
                #expect(note.stdout == "kept across a gateway restart", "\(note)")
            }
        }

        @Test func sandboxSurvivesGatewayKill() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("keep-kill") { record in
                try await writeNote("kept across SIGKILL", in: record.name)
                let supervisor = try #require(HostProcesses.supervisor(of: record.id))

                try await gateway.killHard()
                let runningWhileDown = HostProcesses.isRunning(supervisor)
                try await gateway.start()
                let listed = try await gateway.list().first { $0.name == record.name }
                let note = try await readNote(in: record.name)
                let exec = try await gateway.paddock(["sandbox", "exec", record.name, "--", "echo", "adopted"])

                #expect(runningWhileDown)
                #expect(listed?.phase == "running")
                #expect(listed?.id == record.id)
                #expect(HostProcesses.supervisor(of: record.id) == supervisor)
                #expect(note.stdout == "kept across SIGKILL", "\(note)")
                #expect(exec.exitCode == 0, "\(exec)")
                #expect(exec.output == "adopted")
            }
        }

        // After a restart the gateway is no longer the supervisor's parent, so a stop and start of
        // an adopted sandbox goes through the pid and start time it stored.
        @Test func adoptedSandboxStopsAndStarts() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("keep-adopted") { record in
                try await writeNote("kept after adoption", in: record.name)
                try await gateway.killHard()
                try await gateway.start()

                let stop = try await gateway.paddock(["sandbox", "stop", record.name])
                let supervisorAfterStop = HostProcesses.supervisor(of: record.id)
                let start = try await gateway.paddock(["sandbox", "start", record.name])
                let note = try await readNote(in: record.name)

                #expect(stop.exitCode == 0, "\(stop)")
                #expect(supervisorAfterStop == nil)
                #expect(start.exitCode == 0, "\(start)")
                #expect(note.stdout == "kept after adoption", "\(note)")
            }
        }
    }
}
