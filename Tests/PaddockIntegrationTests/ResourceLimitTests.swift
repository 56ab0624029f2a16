import Foundation
import Testing

extension IntegrationSuite {
    /// The cgroup limits, tested by exhausting them from inside a sandbox.
    @Suite(.gateway)
    struct ResourceLimitTests {
        static let pidsLimit = 32

        /// What a fork bomb run in a sandbox left to look at: whether it reported reaching the limit,
        /// its output, and what `during` returned while it held every process it could.
        struct ForkBombRun<T: Sendable>: Sendable {
            let saturated: Bool
            let bomb: ExecOutput
            let observation: T
        }

        /// Runs `ForkBomb.program` in `record`'s sandbox, calls `during` once the bomb's fork failed
        /// while its children still live, then lets them go. The bomb gives up after 90 s by itself.
        func withForkBomb<T: Sendable>(
            in record: SandboxRecord, during: () async throws -> T
        ) async throws -> ForkBombRun<T> {
            let gateway = try TestGateway.require()
            let workspace = gateway.sandboxDirectory(record.id) + "/workspace"
            let readyFile = workspace + "/bomb-ready"
            let releaseFile = workspace + "/bomb-release"
            async let bomb = gateway.exec(
                record.name, ["python3", "-c", ForkBomb.program, "/sandbox/bomb-ready", "/sandbox/bomb-release"])
            let saturated = await Poll.until(timeout: 60) { FileManager.default.fileExists(atPath: readyFile) }
            let observation: T
            do {
                observation = try await during()
            } catch {
                _ = FileManager.default.createFile(atPath: releaseFile, contents: Data())
                _ = try? await bomb
                throw error
            }
            _ = FileManager.default.createFile(atPath: releaseFile, contents: Data())
            return ForkBombRun(saturated: saturated, bomb: try await bomb, observation: observation)
        }

        @Test func forkBombContained() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("fork-bomb", ["--pids", String(Self.pidsLimit)]) { record in
                let cgroup = SandboxCgroup(sandboxID: record.id)
                #expect(cgroup.pidsLimit == String(Self.pidsLimit))

                let run = try await withForkBomb(in: record) {
                    let current = cgroup.read("pids.current", controller: "pids").flatMap { Int($0) }
                    let hostFork = try await ProcessRunner.run("/bin/true", [], timeout: 30)
                    return (current, hostFork)
                }
                let next = try await gateway.exec(record.name, ["echo", "still here"])

                #expect(run.saturated, "the fork bomb never reported; \(gateway.logTail())")
                let current = try #require(run.observation.0, "no pids.current for \(record.id)")
                #expect(current <= Self.pidsLimit)
                #expect(run.observation.1.exitCode == 0, "\(run.observation.1)")
                #expect(run.bomb.exitCode == 0, "\(run.bomb)")
                let report = try #require(ForkBomb.parse(run.bomb.stdout), "\(run.bomb)")
                #expect(report.failure == "EAGAIN")
                #expect(report.children < Self.pidsLimit)
                #expect(next.output == "still here", "\(next)")
            }
        }

        // The supervisor sits outside the limited workload cgroup, so it can start the thread that
        // serves a new exec while the sandbox is at its limit. The CLI is killed after 20 s, a hang
        // guard for a command that otherwise returns at once.
        @Test func execAtProcessLimitReturns() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("fork-bomb-exec", ["--pids", String(Self.pidsLimit)]) { record in
                let run = try await withForkBomb(in: record) {
                    try await gateway.paddock(["sandbox", "exec", record.name, "--", "true"], timeout: 20)
                }

                #expect(run.saturated)
                #expect(!run.observation.timedOut, "\(run.observation)")
                #expect(run.observation.exitCode == 0, "\(run.observation)")
            }
        }

        @Test func memoryLimitWritten() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("memory-limit", ["--memory", "64M"]) { record in
                #expect(SandboxCgroup(sandboxID: record.id).memoryLimit == String(64 * 1024 * 1024))
            }
        }

        @Test func pidsLimitHasADefault() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("pids-default", []) { record in
                #expect(SandboxCgroup(sandboxID: record.id).pidsLimit == "4096")
            }
        }

        @Test func cpuQuotaWritten() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("cpu-limit", ["--cpus", "0.5"]) { record in
                #expect(SandboxCgroup(sandboxID: record.id).cpuQuotaAndPeriod == "50000 100000")
            }
        }

        @Test func memoryBombKilled() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("memory-bomb", ["--memory", "64M"]) { record in
                let supervisor = HostProcesses.supervisor(of: record.id)

                let bomb = try await gateway.python(record.name, "data = b'x' * (256 << 20); print(len(data))")
                let after = try await gateway.record(record.name)
                let next = try await gateway.exec(record.name, ["echo", "alive"])

                #expect(bomb.exitCode == 137, "\(bomb)")
                #expect(bomb.oomKilled == true, "\(bomb)")
                #expect(bomb.output.isEmpty)
                #expect(supervisor != nil)
                #expect(HostProcesses.supervisor(of: record.id) == supervisor)
                #expect(after.phase == "running")
                #expect(next.exitCode == 0)
                #expect(next.output == "alive")
            }
        }

        // Forty processes of about 14 MiB each exceed the 128 MiB limit, and none of them is larger than
        // the supervisor. The supervisor requests oom_score_adj -1000, but without CAP_SYS_RESOURCE it
        // keeps 0, so the OOM killer picks it and the sandbox fails.
        @Test func memoryBombAcrossProcesses() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("memory-bomb-spread", ["--memory", "128M"]) { record in
                let program = """
                    import os, time
                    children = []
                    for _ in range(40):
                        child = os.fork()
                        if child == 0:
                            data = bytearray(os.urandom(1)) * (4 << 20)
                            time.sleep(20)
                            os._exit(0)
                        children.append(child)
                    for child in children:
                        os.waitpid(child, 0)
                    """
                let supervisor = HostProcesses.supervisor(of: record.id)
                _ = try? await gateway.paddock(["sandbox", "exec", record.name, "--", "python3", "-c", program])
                let survived = supervisor.map(HostProcesses.isRunning) ?? false
                let after = try await gateway.record(record.name)

                #expect(supervisor != nil)
                #expect(survived)
                #expect(after.phase == "running")
            }
        }

        @Test func memoryBombReportedByCLI() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("memory-bomb-cli", ["--memory", "64M"]) { record in
                let result = try await gateway.paddock(
                    ["sandbox", "exec", record.name, "--", "python3", "-c", "data = b'x' * (256 << 20)"])

                #expect(result.exitCode == 137, "\(result)")
                #expect(result.stderr.contains("killed by the out-of-memory killer"), "\(result)")
            }
        }

        /// Fills /tmp far past the memory limit. The tmpfs, a quarter of the limit, runs out of
        /// space first, so the supervisor and later commands keep their memory.
        @Test func tmpBombLeavesSupervisor() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("tmp-bomb", ["--memory", "64M"]) { record in
                let supervisor = try #require(HostProcesses.supervisor(of: record.id))

                let fill = try await gateway.paddock(
                    ["sandbox", "exec", record.name, "--", "sh", "-c", "head -c 300M /dev/zero > /tmp/big"])
                let size = try await gateway.exec(record.name, ["stat", "-f", "-c", "%b %S", "/tmp"])
                let bomb = try await gateway.python(record.name, "data = b'x' * (256 << 20); print(len(data))")
                let after = try await gateway.record(record.name)
                let next = try await gateway.exec(record.name, ["echo", "alive"])

                #expect(fill.exitCode == 1, "\(fill)")
                #expect(fill.stderr.contains("No space left on device"), "\(fill)")
                let blocks = size.output.split(separator: " ").compactMap { Int($0) }
                #expect(blocks.count == 2 && blocks[0] * blocks[1] == 16 << 20, "\(size)")
                #expect(bomb.oomKilled == true, "\(bomb)")
                #expect(HostProcesses.supervisor(of: record.id) == supervisor)
                #expect(after.phase == "running")
                #expect(next.exitCode == 0, "\(next)")
                #expect(next.output == "alive")
            }
        }

        /// The supervisor lives in the unlimited supervisor leaf and commands in the workload leaf.
        @Test func supervisorOutsideWorkloadCgroup() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("cgroup-leaves", ["--memory", "64M"]) { record in
                let supervisor = try #require(HostProcesses.supervisor(of: record.id))
                let supervisorCgroups = try String(contentsOfFile: "/proc/\(supervisor)/cgroup", encoding: .utf8)
                let inside = try await gateway.exec(record.name, ["cat", "/proc/self/cgroup"])

                #expect(supervisorCgroups.contains("/paddock/\(record.id)/supervisor"), "\(supervisorCgroups)")
                #expect(!supervisorCgroups.contains("/workload"), "\(supervisorCgroups)")
                // The command's cgroup namespace is rooted at the workload leaf.
                #expect(inside.exitCode == 0)
                #expect(!inside.output.contains("paddock"), "\(inside)")
                #expect(!inside.output.contains(".."), "\(inside)")
            }
        }

        @Test func minimumMemoryRunsPython() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("memory-minimum", ["--memory", "32M"]) { record in
                let run = try await gateway.python(record.name, "print(1)")

                #expect(run.exitCode == 0, "\(run)")
                #expect(run.output == "1")
            }
        }

        @Test(arguments: ["1K", "100K", "31M"])
        func memoryBelowMinimumRejected(size: String) async throws {
            let gateway = try TestGateway.require()
            let result = try await gateway.paddock(["sandbox", "create", "--name", "too-small", "--memory", size])
            let body = try JSONSerialization.data(withJSONObject: ["name": "too-small-api", "memory": size])
            let reply = try await gateway.request("POST", "/v1/sandboxes", json: body)

            #expect(result.exitCode == 64, "\(result)")
            #expect(result.stderr.contains("'\(size)'"), "\(result)")
            #expect(result.stderr.contains("minimum of 32MiB"), "\(result)")
            #expect(reply.status == 400)
            #expect(reply.errorMessage?.contains("'\(size)'") == true, "\(String(decoding: reply.body, as: UTF8.self))")
            #expect(reply.errorMessage?.contains("minimum of 32MiB") == true)
            #expect(try await gateway.list().allSatisfy { !$0.name.hasPrefix("too-small") })
        }

        @Test func memoryAboveHostRejected() async throws {
            let gateway = try TestGateway.require()
            let body = try JSONSerialization.data(withJSONObject: ["name": "too-large-api", "memory": "99999T"])
            let reply = try await gateway.request("POST", "/v1/sandboxes", json: body)

            #expect(reply.status == 400)
            #expect(reply.errorMessage?.contains("'99999T'") == true, "\(String(decoding: reply.body, as: UTF8.self))")
            #expect(reply.errorMessage?.contains("above the host's") == true)
        }
    }
}
