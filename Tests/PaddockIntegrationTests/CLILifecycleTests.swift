import Foundation
import Glibc
import Testing

extension IntegrationSuite {
    /// Creating and removing sandboxes through the CLI and the REST API: name clashes, unknown
    /// names, bad limits and policies, TTL expiry and `--rm`. A rejected create must leave nothing.
    @Suite(.gateway)
    struct CLILifecycleTests {
        /// Returns the ids of the sandbox directories in the state directory.
        func sandboxDirectories() throws -> Set<String> {
            let gateway = try TestGateway.require()
            let path = gateway.stateDirectory + "/sandboxes"
            return Set((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
        }

        @Test func duplicateNameRejected() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("twin") { _ in
                let directories = try sandboxDirectories()

                let result = try await gateway.paddock(["sandbox", "create", "--name", "twin"])

                #expect(result.exitCode == 1)
                #expect(
                    result.stderr == "error: sandbox 'twin' already exists; choose another name or delete it first\n")
                #expect(try sandboxDirectories() == directories)
            }
        }

        @Test func duplicateNameConflictStatus() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("twin-api") { _ in
                let body = Data(#"{"name": "twin-api"}"#.utf8)
                let reply = try await gateway.request("POST", "/v1/sandboxes", json: body)

                #expect(reply.status == 409)
                #expect(reply.errorCode == "already_exists")
            }
        }

        @Test func unknownSandboxCLI() async throws {
            let gateway = try TestGateway.require()

            let result = try await gateway.paddock(["sandbox", "exec", "ghost", "--", "true"])

            #expect(result.exitCode == 1)
            #expect(result.stderr == "error: sandbox 'ghost' not found\n")
        }

        @Test(arguments: [
            ("GET", "/v1/sandboxes/ghost"), ("DELETE", "/v1/sandboxes/ghost"), ("POST", "/v1/sandboxes/ghost/stop"),
            ("POST", "/v1/sandboxes/ghost/start"), ("GET", "/v1/sandboxes/ghost/files?path=/sandbox/x"),
        ])
        func unknownSandboxStatus(method: String, path: String) async throws {
            let gateway = try TestGateway.require()

            let reply = try await gateway.request(method, path)

            #expect(reply.status == 404)
            #expect(reply.errorCode == "not_found")
            #expect(reply.errorMessage == "sandbox 'ghost' not found")
        }

        @Test func unknownSandboxExecStatus() async throws {
            let gateway = try TestGateway.require()

            let reply = try await gateway.request(
                "POST", "/v1/sandboxes/ghost/exec", json: Data(#"{"command": ["true"]}"#.utf8))

            #expect(reply.status == 404)
            #expect(reply.errorMessage == "sandbox 'ghost' not found")
        }

        @Test func execInStoppedSandbox() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("resting") { _ in
                let stop = try await gateway.paddock(["sandbox", "stop", "resting"])

                let result = try await gateway.paddock(["sandbox", "exec", "resting", "--", "true"])
                let reply = try await gateway.request(
                    "POST", "/v1/sandboxes/resting/exec", json: Data(#"{"command": ["true"]}"#.utf8))

                #expect(stop.exitCode == 0, "\(stop)")
                #expect(result.exitCode == 1)
                let message = "sandbox 'resting' is stopped, not running; start it with `paddock sandbox start resting`"
                #expect(result.stderr == "error: \(message)\n")
                #expect(reply.status == 409)
                #expect(reply.errorCode == "failed_precondition")
                #expect(reply.errorMessage == message)
            }
        }

        // The CLI is killed after 60 s, a hang guard: the delete ends the command at once.
        @Test func deleteDuringExecEndsIt() async throws {
            let gateway = try TestGateway.require()
            let record = try await gateway.createSandbox("interrupted")

            async let exec = gateway.paddock(["sandbox", "exec", "interrupted", "--", "sleep", "300"], timeout: 60)
            let started = await Poll.until(timeout: 30) {
                HostProcesses.inCgroup(of: record.id).contains { HostProcesses.commandLine(of: $0) == "sleep 300" }
            }
            let deletion = try await gateway.paddock(["sandbox", "delete", "interrupted"])
            let result = try await exec

            #expect(started)
            #expect(deletion.exitCode == 0, "\(deletion)")
            #expect(!result.timedOut, "\(result)")
            #expect(result.exitCode == 1, "\(result)")
            #expect(result.stderr == "error: sandbox 'interrupted' was deleted while the command ran\n")
        }

        @Test func stopDuringExecNamesCause() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("stopped-mid-exec") { record in
                async let exec = gateway.paddock(["sandbox", "exec", "stopped-mid-exec", "--", "sleep", "300"], timeout: 60)
                let started = await Poll.until(timeout: 30) {
                    HostProcesses.inCgroup(of: record.id).contains { HostProcesses.commandLine(of: $0) == "sleep 300" }
                }
                let stop = try await gateway.paddock(["sandbox", "stop", "stopped-mid-exec"])
                let result = try await exec

                #expect(started)
                #expect(stop.exitCode == 0, "\(stop)")
                #expect(result.exitCode == 1, "\(result)")
                #expect(result.stderr == "error: sandbox 'stopped-mid-exec' was stopped while the command ran\n")
            }
        }

        @Test func supervisorKillDuringExecNamesCause() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("lost-supervisor") { record in
                async let exec = gateway.paddock(["sandbox", "exec", "lost-supervisor", "--", "sleep", "300"], timeout: 60)
                let started = await Poll.until(timeout: 30) {
                    HostProcesses.inCgroup(of: record.id).contains { HostProcesses.commandLine(of: $0) == "sleep 300" }
                }
                let supervisor = try #require(HostProcesses.supervisor(of: record.id))
                kill(supervisor, SIGKILL)
                let result = try await exec

                #expect(started)
                #expect(result.exitCode == 1, "\(result)")
                #expect(
                    result.stderr
                        == "error: the supervisor of sandbox 'lost-supervisor' exited while the command ran; "
                        + "see `paddock sandbox get lost-supervisor`\n")
            }
        }

        @Test func gatewayKillDuringExecNamesCause() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("orphaned-exec") { record in
                async let exec = gateway.paddock(["sandbox", "exec", "orphaned-exec", "--", "sleep", "300"], timeout: 60)
                let started = await Poll.until(timeout: 30) {
                    HostProcesses.inCgroup(of: record.id).contains { HostProcesses.commandLine(of: $0) == "sleep 300" }
                }
                try await gateway.killHard()
                let result = try await exec
                try await gateway.start()

                #expect(started)
                #expect(result.exitCode == 1, "\(result)")
                #expect(
                    result.stderr
                        == "error: lost the connection to the gateway while the command in sandbox 'orphaned-exec' ran\n")
            }
        }

        @Test func badMemoryLimitCLI() async throws {
            let gateway = try TestGateway.require()
            let directories = try sandboxDirectories()

            let result = try await gateway.paddock(["sandbox", "create", "--name", "greedy", "--memory", "lots"])
            let listed = try await gateway.list().map(\.name)

            #expect(result.exitCode == 64)
            #expect(result.stderr.hasPrefix("error: --memory: invalid memory size 'lots'"), "\(result)")
            #expect(!listed.contains("greedy"))
            #expect(try sandboxDirectories() == directories)
        }

        // The CLI checks limits before it sends them; the gateway checks them again for other clients.
        @Test(arguments: [
            (#"{"name": "greedy-api", "memory": "lots"}"#, "lots"),
            (#"{"name": "greedy-api", "cpus": "many"}"#, "many"),
            (#"{"name": "greedy-api", "pids": 0}"#, "0"),
            (#"{"name": "greedy-api", "ttl": "soon"}"#, "soon"),
        ])
        func badLimitAPI(body: String, value: String) async throws {
            let gateway = try TestGateway.require()
            let directories = try sandboxDirectories()

            let reply = try await gateway.request("POST", "/v1/sandboxes", json: Data(body.utf8))
            let listed = try await gateway.list().map(\.name)

            #expect(reply.status == 400)
            #expect(reply.errorCode == "invalid_argument")
            #expect(reply.errorMessage?.contains(value) == true, "\(reply.errorMessage ?? "")")
            #expect(!listed.contains("greedy-api"))
            #expect(try sandboxDirectories() == directories)
        }

        @Test func invalidPolicyFile() async throws {
            let gateway = try TestGateway.require()
            let policy = try gateway.writeFile(
                "bad-policy.yaml", "version: 1\nfilesystem_policy:\n  readonly: [/usr]\n")
            let directories = try sandboxDirectories()

            let result = try await gateway.paddock(["sandbox", "create", "--name", "misruled", "--policy", policy])
            let listed = try await gateway.list().map(\.name)

            #expect(result.exitCode == 1)
            #expect(result.stderr.contains("\(policy):3:3: filesystem_policy.readonly: unknown field"), "\(result)")
            #expect(!listed.contains("misruled"))
            #expect(try sandboxDirectories() == directories)
        }

        @Test func missingPolicyFile() async throws {
            let gateway = try TestGateway.require()
            let policy = gateway.directory + "/no-such-policy.yaml"

            let result = try await gateway.paddock(["sandbox", "create", "--name", "unruled", "--policy", policy])
            let listed = try await gateway.list().map(\.name)

            #expect(result.exitCode == 1)
            #expect(result.stderr.contains(policy), "\(result)")
            #expect(!listed.contains("unruled"))
        }

        @Test func createEnvironmentApplies() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("with-env", ["--env", "STAGE=test"]) { _ in
                let result = try await gateway.paddock(["sandbox", "exec", "with-env", "--", "printenv", "STAGE"])

                #expect(result.output == "test", "\(result)")
            }
        }

        @Test func execEnvironmentOverrides() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("with-env-override", ["--env", "STAGE=test"]) { _ in
                let result = try await gateway.paddock(
                    ["sandbox", "exec", "with-env-override", "--env", "STAGE=override", "--", "printenv", "STAGE"])

                #expect(result.output == "override", "\(result)")
            }
        }

        @Test func ttlExpiryDeletes() async throws {
            let gateway = try TestGateway.require()
            let record = try await gateway.createSandbox("brief", ["--ttl", "2s"])

            // The gateway looks for expired sandboxes every second; the deadline only guards a hang.
            let gone = try await Poll.until(timeout: 60, interval: 0.5) {
                try await gateway.request("GET", "/v1/sandboxes/brief").status == 404
            }

            #expect(gone, "sandbox 'brief' still exists; \(gateway.logTail())")
            #expect(!FileManager.default.fileExists(atPath: gateway.sandboxDirectory(record.id)))
            #expect(HostProcesses.supervisor(of: record.id) == nil)
        }

        @Test func removeOnExit() async throws {
            let gateway = try TestGateway.require()

            let result = try await gateway.paddock(
                ["sandbox", "create", "--name", "one-shot", "--rm", "--", "sh", "-c", "echo done; exit 3"])
            let reply = try await gateway.request("GET", "/v1/sandboxes/one-shot")

            #expect(result.exitCode == 3, "\(result)")
            #expect(result.stdout == "done\n")
            #expect(reply.status == 404)
        }

        @Test func removeOnExitLeavesNoDirectory() async throws {
            let gateway = try TestGateway.require()
            let directories = try sandboxDirectories()

            let result = try await gateway.paddock(
                ["sandbox", "create", "--name", "one-shot-dir", "--rm", "--", "true"])

            #expect(result.exitCode == 0, "\(result)")
            #expect(try sandboxDirectories() == directories)
        }

        @Test func missingTokenRejected() async throws {
            let gateway = try TestGateway.require()

            let reply = try await gateway.send("GET", "/v1/sandboxes")

            #expect(reply.status == 401)
            #expect(reply.errorCode == "unauthenticated")
            #expect(reply.errorMessage?.hasPrefix("missing bearer token") == true)
        }

        @Test func wrongTokenRejected() async throws {
            let gateway = try TestGateway.require()

            let reply = try await gateway.send(
                "GET", "/v1/sandboxes", headers: ["Authorization": "Bearer not-the-token"])

            #expect(reply.status == 401)
            #expect(reply.errorMessage == "invalid bearer token")
        }

        @Test func wrongTokenCLI() async throws {
            let gateway = try TestGateway.require()

            let result = try await gateway.paddock(
                ["sandbox", "list"],
                environment: ["PADDOCK_GATEWAY": try gateway.url(), "PADDOCK_TOKEN": "not-the-token"])

            #expect(result.exitCode == 1)
            #expect(result.stderr == "error: invalid bearer token (the token came from PADDOCK_TOKEN)\n")
        }

        @Test func gatewayURLAndTokenCLI() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("over-tcp") { _ in
                let result = try await gateway.paddock(
                    ["--gateway", try gateway.url(), "sandbox", "exec", "over-tcp", "--", "echo", "via tcp"],
                    environment: ["PADDOCK_STATE_DIR": "/nonexistent", "PADDOCK_TOKEN": try gateway.token()])

                #expect(result.exitCode == 0, "\(result)")
                #expect(result.output == "via tcp")
            }
        }
    }
}
