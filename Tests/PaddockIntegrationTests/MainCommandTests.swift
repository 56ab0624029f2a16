import Foundation
import Testing

extension IntegrationSuite {
    /// The `command` of a create request: the gateway runs it, records its exit code and, with
    /// `remove_on_exit`, deletes the sandbox when it ends, also when the client that asked is gone.
    @Suite(.gateway)
    struct MainCommandTests {
        func exists(_ name: String) async throws -> Bool {
            let gateway = try TestGateway.require()
            return try await gateway.request("GET", "/v1/sandboxes/\(name)").status == 200
        }

        @Test func commandRunsAndRecordsExitCode() async throws {
            let gateway = try TestGateway.require()
            let body = #"{"name":"cmdapi","command":["sh","-c","echo hi > /sandbox/ran; exit 2"]}"#

            let reply = try await gateway.request("POST", "/v1/sandboxes", json: Data(body.utf8))
            let finished = try await Poll.until(timeout: 30) { try await gateway.record("cmdapi").exitCode != nil }
            let record = try await gateway.record("cmdapi")
            let written = try await gateway.exec("cmdapi", ["cat", "/sandbox/ran"])
            try await gateway.deleteSandbox("cmdapi")

            #expect(reply.status == 201)
            #expect(finished)
            #expect(record.exitCode == 2)
            #expect(record.phase == "running")
            #expect(written.stdout == "hi\n")
        }

        @Test func removeOnExitDeletesAfterCommand() async throws {
            let gateway = try TestGateway.require()
            let body = #"{"name":"cmdrm","command":["true"],"remove_on_exit":true}"#

            let reply = try await gateway.request("POST", "/v1/sandboxes", json: Data(body.utf8))
            let gone = try await Poll.until(timeout: 30) { try await !exists("cmdrm") }

            #expect(reply.status == 201)
            #expect(gone)
        }

        // ProcessRunner ends the CLI with SIGKILL at its timeout, so no clean-up of the CLI runs.
        @Test func removeSurvivesKilledCLI() async throws {
            let gateway = try TestGateway.require()

            let result = try await gateway.paddock(["sandbox", "create", "--rm", "--name", "rm3", "--", "sleep", "300"], timeout: 8)
            let gone = try await Poll.until(timeout: 30) { try await !exists("rm3") }

            #expect(result.timedOut)
            #expect(gone)
        }

        @Test func attachNeedsCommand() async throws {
            let gateway = try TestGateway.require()

            let reply = try await gateway.request("POST", "/v1/sandboxes", json: Data(#"{"name":"att","attach":true}"#.utf8))

            #expect(reply.status == 400)
            #expect(reply.errorMessage == "attach needs a command: it says that the client runs that command itself")
        }
    }
}
