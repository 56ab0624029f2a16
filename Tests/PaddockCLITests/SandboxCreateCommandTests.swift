@preconcurrency import Glibc
import Foundation
import Testing

@testable import PaddockCLI

struct SandboxCreateCommandTests {
    static func harness() -> CLIHarness {
        let harness = CLIHarness()
        harness.transport.route = { request in
            switch (request.method, request.path) {
            case ("POST", "/v1/sandboxes"): return Respond.json(Respond.sandbox("brave-otter"), status: 201)
            case ("DELETE", "/v1/sandboxes/brave-otter"): return Respond.json(#"{"deleted": "brave-otter"}"#)
            default: return Respond.error("not_found", "no route", status: 404)
            }
        }
        return harness
    }

    @Test func oversizedPolicyRejectedBeforeSending() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("big-policy-\(getpid()).yaml").path
        try String(repeating: "#\n", count: 600_000).write(toFile: path, atomically: true, encoding: .utf8)
        defer { unlink(path) }
        let harness = Self.harness()

        let result = harness.run(["sandbox", "create", "--policy", path])

        #expect(result.status == 1)
        #expect(
            result.error
                == "error: policy file '\(path)' is 1200000 bytes; a policy may be at most 1048576 bytes (1 MiB), "
                + "so split out what is not policy or remove unused rules\n")
        #expect(harness.transport.requests.isEmpty)
    }

    @Test func printsName() {
        let result = Self.harness().run("sandbox create")
        #expect(result.status == 0)
        #expect(result.output == "brave-otter\n")
    }

    @Test func sendsPost() {
        let harness = Self.harness()
        _ = harness.run("sandbox create")
        #expect(harness.transport.requests.map { "\($0.method) \($0.path)" } == ["POST /v1/sandboxes"])
    }

    @Test func sendsToken() {
        let harness = Self.harness()
        _ = harness.run("sandbox create")
        #expect(harness.transport.requests.first?.header("Authorization") == "Bearer test-token")
    }

    @Test func sendsJSONContentType() {
        let harness = Self.harness()
        _ = harness.run("sandbox create")
        #expect(harness.transport.requests.first?.header("Content-Type") == "application/json")
    }

    @Test func emptyBodyWithoutOptions() {
        let harness = Self.harness()
        _ = harness.run("sandbox create")
        #expect(harness.transport.requests.first?.bodyText == "{}")
    }

    @Test func sendsEveryOption() throws {
        let harness = Self.harness()
        let result = harness.run(
            "sandbox create --name demo --memory 1.5G --cpus 2 --pids 64 -e A=1 --env B=x=y --ttl 1h30m")
        #expect(result.status == 0)
        let body = try #require(harness.transport.requests.first?.jsonBody())
        #expect(body["name"] as? String == "demo")
        #expect(body["memory"] as? String == "1.5G")
        #expect(body["cpus"] as? String == "2")
        #expect(body["pids"] as? Int == 64)
        #expect(body["env"] as? [String: String] == ["A": "1", "B": "x=y"])
        #expect(body["ttl"] as? String == "1h30m")
        #expect(body["command"] == nil)
        #expect(body["remove_on_exit"] == nil)
    }

    @Test func environmentKeysKeepCase() throws {
        let harness = Self.harness()
        _ = harness.run("sandbox create -e MY_VAR=1")
        #expect(harness.transport.requests.first?.bodyText.contains(#""MY_VAR":"1""#) == true)
    }

    @Test func sendsPolicyText() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("policy-\(getpid()).yaml").path
        try "version: 1\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let harness = Self.harness()
        _ = harness.run(["sandbox", "create", "--policy", path])
        let body = try #require(harness.transport.requests.first?.jsonBody())
        #expect(body["policy"] as? String == "version: 1\n")
        #expect(body["policy_file"] as? String == path)
    }

    @Test func unreadablePolicyNamesPath() {
        let harness = Self.harness()
        let result = harness.run(["sandbox", "create", "--policy", "/nonexistent/p.yaml"])
        #expect(result.status == 1)
        #expect(
            result.error
                == "error: failed to read policy file '/nonexistent/p.yaml': No such file or directory (ENOENT)\n")
        #expect(harness.transport.requests.isEmpty)
    }

    @Test(arguments: [
        (
            "--memory 12Q",
            "--memory: invalid memory size '12Q': expected a number with an optional unit B, K, M, G or T, such as 512M"
        ),
        ("--memory 0", "--memory: invalid memory size '0': the size must be greater than zero"),
        ("--memory 1K", "--memory: invalid memory size '1K': below the minimum of 32MiB; use 32M or more"),
        ("--cpus 0", "--cpus: invalid CPU count '0': the count must be greater than 0"),
        ("--cpus 1.2345", "--cpus: invalid CPU count '1.2345': at most 3 decimals are allowed, such as 1.125"),
        ("--pids 0", "--pids: invalid process limit '0': expected a whole number from 1 to 4194304, such as 512"),
        ("--pids -5", "--pids: invalid process limit '-5': expected a whole number from 1 to 4194304, such as 512"),
        ("--ttl 0s", "--ttl: invalid TTL '0s': the duration must be greater than zero"),
        (
            "--env 1A=2",
            "--env: invalid environment variable '1A=2': the name '1A' must start with a letter or '_' "
                + "and contain only letters, digits and '_'"
        ),
        ("-e NOVALUE", "--env: invalid environment variable 'NOVALUE': expected KEY=VALUE, such as DEBUG=1"),
    ])
    func rejectsBadValues(arguments: String, message: String) {
        let harness = Self.harness()
        let result = harness.run("sandbox create " + arguments)
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("error: \(message)\n"))
        #expect(harness.transport.requests.isEmpty)
    }

    @Test func rejectsMemoryAboveHost() {
        let harness = Self.harness()
        let result = harness.run("sandbox create --memory 99999T")
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("error: --memory: invalid memory size '99999T': above the host's "))
        #expect(harness.transport.requests.isEmpty)
    }

    @Test func rejectsBadName() {
        let result = Self.harness().run("sandbox create --name Bad_Name")
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("error: --name: invalid sandbox name 'Bad_Name': "))
    }

    @Test func removeNeedsCommand() {
        let harness = Self.harness()
        let result = harness.run("sandbox create --rm")
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("error: --rm needs a command after '--'"))
        #expect(harness.transport.requests.isEmpty)
    }

    @Test func commandRunsThroughExec() throws {
        let harness = Self.harness()
        let socket = FakeWebSocket.replying([.output(Array("hi\n".utf8)), .control(.exit(code: 3, timedOut: false))])
        harness.transport.sockets = [socket]
        let result = harness.run("sandbox create -- echo hi")
        #expect(result.status == 3)
        #expect(result.output == "hi\n")
        #expect(result.error == "created sandbox brave-otter\n")
        let request = try #require(socket.sentTexts.first)
        #expect(request == #"{"command":["echo","hi"]}"#)
    }

    @Test func commandIsNotSentInCreate() throws {
        let harness = Self.harness()
        harness.transport.sockets = [FakeWebSocket.replying([.control(.exit(code: 0, timedOut: false))])]
        _ = harness.run("sandbox create -- echo hi")
        let body = try #require(harness.transport.requests.first?.jsonBody())
        #expect(body["command"] == nil)
    }

    @Test func removeDeletesAfterCommand() {
        let harness = Self.harness()
        harness.transport.sockets = [FakeWebSocket.replying([.control(.exit(code: 0, timedOut: false))])]
        let result = harness.run("sandbox create --rm -- true")
        #expect(result.status == 0)
        #expect(
            harness.transport.requests.map { "\($0.method) \($0.path)" } == [
                "POST /v1/sandboxes", "WEBSOCKET /v1/sandboxes/brave-otter/exec/ws?main=true",
                "DELETE /v1/sandboxes/brave-otter",
            ])
    }

    @Test func removeAsksGatewayToRemove() throws {
        let harness = Self.harness()
        harness.transport.sockets = [FakeWebSocket.replying([.control(.exit(code: 0, timedOut: false))])]
        _ = harness.run("sandbox create --rm -- echo hi")
        let body = try #require(harness.transport.requests.first?.jsonBody())
        #expect(body["remove_on_exit"] as? Bool == true)
        #expect(body["command"] as? [String] == ["echo", "hi"])
        #expect(body["attach"] as? Bool == true)
    }

    @Test func removeToleratesGatewayRemoval() {
        let harness = CLIHarness()
        harness.transport.route = { request in
            switch (request.method, request.path) {
            case ("POST", "/v1/sandboxes"): return Respond.json(Respond.sandbox("brave-otter"), status: 201)
            default: return Respond.error("not_found", "sandbox 'brave-otter' not found", status: 404)
            }
        }
        harness.transport.sockets = [FakeWebSocket.replying([.control(.exit(code: 3, timedOut: false))])]
        let result = harness.run("sandbox create --rm -- false")
        #expect(result.status == 3)
        #expect(result.error == "")
    }

    @Test func removeDeletesWhenCommandFails() {
        let harness = Self.harness()
        harness.transport.sockets = [FakeWebSocket.replying([.control(.error(message: "no such file"))])]
        let result = harness.run("sandbox create --rm -- nothere")
        #expect(result.status == 1)
        #expect(harness.transport.requests.last?.method == "DELETE")
    }

    @Test func interruptDeletesSandbox() {
        let harness = Self.harness()
        let signals = harness.signals
        // The server side sends SIGINT to the client as soon as the command starts, then never answers.
        let socket = FakeWebSocket { message in
            if case .text = message { signals.send(SIGINT) }
            return []
        }
        harness.transport.sockets = [socket]
        let closer = Thread {
            usleep(200_000)
            socket.close()
        }
        closer.start()
        let result = harness.run("sandbox create --rm -- sleep 100")
        #expect(harness.transport.requests.last.map { "\($0.method) \($0.path)" } == "DELETE /v1/sandboxes/brave-otter")
        #expect(harness.terminations.all == [130])
        #expect(result.status == 130)
    }

    @Test func interruptHandlerRemovedAfterwards() {
        let harness = Self.harness()
        harness.transport.sockets = [FakeWebSocket.replying([.control(.exit(code: 0, timedOut: false))])]
        _ = harness.run("sandbox create --rm -- true")
        #expect(harness.signals.subscribed.isEmpty)
    }

    @Test func gatewayErrorIsShown() {
        let harness = CLIHarness()
        harness.transport.route = { _ in Respond.error("already_exists", "sandbox 'demo' already exists", status: 409) }
        let result = harness.run("sandbox create --name demo")
        #expect(result.status == 1)
        #expect(result.error == "error: sandbox 'demo' already exists\n")
    }
}
