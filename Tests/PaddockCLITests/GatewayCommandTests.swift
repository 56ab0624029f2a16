import Testing

@testable import PaddockCLI
@testable import PaddockCore

struct GatewayCommandTests {
    @Test func startPassesOptions() throws {
        let harness = CLIHarness()
        let result = harness.run("gateway start --state-dir /tmp/pd --listen 127.0.0.1:8760 --foreground")
        #expect(result.status == 0)
        let options = try #require(harness.hookCalls.argument(of: "start", as: GatewayStartOptions.self))
        #expect(options == GatewayStartOptions(
            stateDirectory: "/tmp/pd", listen: ListenAddress(host: "127.0.0.1", port: 8760), foreground: true))
    }

    @Test func startDefaults() throws {
        var harness = CLIHarness()
        harness.variables = [:]
        harness.userID = 0
        _ = harness.run("gateway start")
        let options = try #require(harness.hookCalls.argument(of: "start", as: GatewayStartOptions.self))
        #expect(options == GatewayStartOptions(
            stateDirectory: "/var/lib/paddock", listen: .gatewayDefault, foreground: false))
    }

    @Test func startRejectsBadPort() {
        let harness = CLIHarness()
        let result = harness.run("gateway start --listen 127.0.0.1:70000")
        #expect(result.status == 64)
        #expect(
            result.error.hasPrefix(
                "error: --listen: invalid listen address '127.0.0.1:70000': "
                    + "the port must be a number from 0 to 65535\n"))
        #expect(harness.hookCalls.names.isEmpty)
    }

    @Test func startWarnsOnPublicAddress() {
        let harness = CLIHarness()
        let result = harness.run("gateway start --listen 0.0.0.0:7760")
        #expect(result.status == 0)
        #expect(result.error.hasPrefix("warning: --listen 0.0.0.0:7760 is not a loopback address"))
    }

    @Test func startQuietOnLoopback() {
        let result = CLIHarness().run("gateway start --listen localhost:7760")
        #expect(result.error.isEmpty)
    }

    @Test func stopPassesURL() throws {
        let harness = CLIHarness()
        _ = harness.run("gateway stop --gateway http://127.0.0.1:9999")
        let options = try #require(harness.hookCalls.argument(of: "stop", as: GatewayControlOptions.self))
        let expected = GatewayControlOptions(
            stateDirectory: "/nonexistent/paddock", gatewayURL: "http://127.0.0.1:9999")
        #expect(options == expected)
    }

    @Test func statusReturnsHookStatus() {
        let harness = CLIHarness()
        #expect(harness.run("gateway status").status == 3)
        #expect(harness.hookCalls.names == ["status"])
    }

    @Test func hookErrorIsPrinted() {
        let harness = CLIHarness()
        let hooks = CLIHooks(
            transportFactory: harness.transport,
            gatewayStart: { _ in throw PaddockError(.failedPrecondition, "the gateway already runs (pid 42)") },
            gatewayStop: { _ in 0 }, gatewayStatus: { _ in 0 }, doctor: { _ in 0 })
        let status = PaddockCommandLine.run(["gateway", "start"], hooks: hooks, environment: harness.environment)
        #expect(status == 1)
        #expect(harness.console.error == "error: the gateway already runs (pid 42)\n")
    }

    @Test func doctorPassesFormat() {
        let harness = CLIHarness()
        #expect(harness.run("doctor -o json").status == 0)
        #expect(harness.hookCalls.argument(of: "doctor", as: OutputFormat.self) == .json)
    }

    @Test func doctorDefaultsToTable() {
        let harness = CLIHarness()
        #expect(harness.run("doctor").status == 1)
        #expect(harness.hookCalls.argument(of: "doctor", as: OutputFormat.self) == .table)
    }

    @Test func versionShowsGateway() {
        let harness = CLIHarness()
        harness.transport.route = { _ in Respond.json(#"{"status": "ok", "version": "0.9.0"}"#) }
        let result = harness.run("version")
        #expect(result.status == 0)
        #expect(result.output == "paddock \(PaddockRootCommand.version)\ngateway 0.9.0 at http://127.0.0.1:7760\n")
    }

    @Test func versionWithoutGateway() {
        let harness = CLIHarness()
        harness.transport.route = { _ in throw FakeTransportError.refused }
        let result = harness.run("version")
        #expect(result.status == 0)
        #expect(result.output.contains("gateway: unavailable (request to the gateway at http://127.0.0.1:7760 failed"))
    }
}
