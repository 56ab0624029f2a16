import Foundation
import Glibc
import Testing

extension IntegrationSuite {
    /// Which processes a sandboxed process can find through its own PID namespace.
    @Suite(.gateway)
    struct ProcessIsolationTests {
        static let sandbox = "pids"

        /// A program that prints `PID NAME` for every process in `/proc`, itself included.
        static let listProcesses = """
            import os
            for entry in sorted(os.listdir('/proc'), key=lambda e: int(e) if e.isdigit() else 0):
                if entry.isdigit():
                    try:
                        with open(f'/proc/{entry}/comm') as comm:
                            print(entry, comm.read().strip())
                    except FileNotFoundError:
                        pass
            """

        /// Returns the `PID NAME` lines that `listProcesses` prints inside the sandbox.
        func processLines() async throws -> [String] {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)
            let result = try await gateway.python(Self.sandbox, Self.listProcesses)
            #expect(result.exitCode == 0, "\(result)")
            return result.lines
        }

        @Test func supervisorIsPIDOne() async throws {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)

            let result = try await gateway.exec(Self.sandbox, ["cat", "/proc/1/cmdline"])
            let arguments = result.stdout.split(separator: "\0").map(String.init)

            #expect(arguments.dropFirst().first == "__supervisor")
        }

        // Besides the supervisor (PID 1) and the workspace server it starts, the command started by
        // exec is the only process.
        @Test func onlySandboxProcessesVisible() async throws {
            let lines = try await processLines()

            #expect(lines.count == 3, "\(lines)")
            #expect(lines.first == "1 paddock")
            #expect(lines.dropFirst().first?.hasSuffix(" paddock") == true, "\(lines)")
            #expect(lines.last?.hasSuffix(" python3") == true, "\(lines)")
        }

        @Test func commandIsChildOfSupervisor() async throws {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)

            let result = try await gateway.python(Self.sandbox, "import os; print(os.getppid())")

            #expect(result.output == "1")
        }

        @Test func hostProcessesAbsent() async throws {
            let gateway = try TestGateway.require()
            let record = try await gateway.sharedSandbox(Self.sandbox)
            let gatewayPID = try #require(gateway.daemonPID())
            let supervisorPID = try #require(HostProcesses.supervisor(of: record.id))
            let hostPIDs = [getpid(), gatewayPID, supervisorPID]
            let probe = hostPIDs.map { "print(\($0), os.path.exists('/proc/\($0)'))" }.joined(separator: "; ")

            let result = try await gateway.python(Self.sandbox, "import os; " + probe)

            #expect(result.lines == hostPIDs.map { "\($0) False" }, "\(result)")
        }

        /// Returns the errno name that `statement` raises inside the sandbox, or `OK`.
        func outcome(of statement: String) async throws -> String {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)
            let result = try await gateway.python(Self.sandbox, PythonSnippets.errno(of: statement))
            #expect(result.exitCode == 0, "\(result)")
            return result.output
        }

        // The supervisor runs as root, so the sandbox user may neither signal nor inspect it.
        @Test func supervisorUnkillable() async throws {
            let gateway = try TestGateway.require()
            let record = try await gateway.sharedSandbox(Self.sandbox)

            let outcome = try await outcome(of: "os.kill(1, 9)")
            let after = try await gateway.record(record.name)

            #expect(outcome == "EPERM")
            #expect(after.phase == "running")
        }

        @Test func supervisorEnvironmentUnreadable() async throws {
            let outcome = try await outcome(of: "open('/proc/1/environ').read()")

            #expect(outcome == "EACCES")
        }

        @Test func supervisorRootUnreachable() async throws {
            let outcome = try await outcome(of: "os.listdir('/proc/1/root/')")

            #expect(outcome == "EACCES")
        }

        @Test func setuidRootDenied() async throws {
            let outcome = try await outcome(of: "os.setuid(0)")

            #expect(outcome == "EPERM")
        }

        @Test func psListsOnlySandbox() async throws {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)

            let result = try await gateway.exec(Self.sandbox, ["ps", "-e", "-o", "pid=,comm="])
            let rows = result.lines.map { $0.split(separator: " ").map(String.init) }

            // PID 1 is the supervisor and the other paddock is the workspace server.
            #expect(rows.first?.first == "1", "\(result)")
            #expect(rows.map(\.last) == ["paddock", "paddock", "ps"], "\(result)")
        }
    }
}
