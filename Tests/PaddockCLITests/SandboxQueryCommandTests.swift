import Foundation
import Testing

@testable import PaddockCLI

struct SandboxQueryCommandTests {
    static let expiry = #""2026-12-04T12:30:00Z""#
    static let listBody = """
        {"sandboxes": [\(Respond.sandbox("brave-otter")), \
        \(Respond.sandbox("calm-heron", phase: "stopped", expires: expiry))]}
        """

    static func harness() -> CLIHarness {
        let harness = CLIHarness()
        harness.transport.route = { request in
            switch (request.method, request.path) {
            case ("GET", "/v1/sandboxes"): return Respond.json(listBody)
            case ("GET", "/v1/sandboxes/brave-otter"): return Respond.json(Respond.sandbox("brave-otter"))
            case ("DELETE", "/v1/sandboxes/brave-otter"): return Respond.json(#"{"deleted": "brave-otter"}"#)
            case ("POST", "/v1/sandboxes/brave-otter/stop"):
                return Respond.json(Respond.sandbox("brave-otter", phase: "stopped"))
            case ("POST", "/v1/sandboxes/brave-otter/start"): return Respond.json(Respond.sandbox("brave-otter"))
            default:
                let name = request.path.split(separator: "/").dropFirst(2).first ?? ""
                return Respond.error("not_found", "sandbox '\(name)' not found", status: 404)
            }
        }
        return harness
    }

    @Test func listTable() {
        let result = Self.harness().run("sandbox list")
        #expect(result.status == 0)
        #expect(
            result.output == """
                NAME          ID               PHASE     IMAGE   AGE   EXPIRES
                brave-otter   sb-brave-otter   running   host    1h    -
                calm-heron    sb-calm-heron    stopped   host    1h    1h30m

                """)
    }

    @Test func listRequest() {
        let harness = Self.harness()
        _ = harness.run("sandbox list")
        #expect(harness.transport.requests.map { "\($0.method) \($0.path)" } == ["GET /v1/sandboxes"])
    }

    @Test func listJSONIsAPIObject() throws {
        let result = Self.harness().run("sandbox list -o json")
        #expect(result.status == 0)
        let printed = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? NSDictionary
        let original = try JSONSerialization.jsonObject(with: Data(Self.listBody.utf8)) as? NSDictionary
        #expect(printed == original)
    }

    @Test func listJSONIsIndented() {
        let result = Self.harness().run("sandbox list --output=json")
        #expect(result.output.hasPrefix("{\n  \"sandboxes\": [\n    {\n      \"id\": \"sb-brave-otter\","))
    }

    @Test func listRejectsUnknownFormat() {
        let result = Self.harness().run("sandbox list -o yaml")
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("error: --output: invalid output format 'yaml': expected table or json\n"))
    }

    @Test func listEmptyTable() {
        let harness = CLIHarness()
        harness.transport.route = { _ in Respond.json(#"{"sandboxes": []}"#) }
        #expect(harness.run("sandbox list").output == "NAME   ID   PHASE   IMAGE   AGE   EXPIRES\n")
    }

    @Test func getTable() {
        let result = Self.harness().run("sandbox get brave-otter")
        #expect(result.status == 0)
        #expect(result.output.contains("Name:           brave-otter\n"))
        #expect(result.output.contains("Memory:         512MiB\n"))
        #expect(result.output.contains("CPUs:           1.5\n"))
        #expect(result.output.contains("Processes:      512\n"))
        #expect(result.output.contains("Command:        python3 app.py\n"))
        #expect(result.output.contains("User:           sandbox (uid 1000, gid 1000)\n"))
        #expect(result.output.contains("Expires:        never\n"))
        #expect(result.output.hasSuffix("Environment:\n  K=V\n"))
    }

    @Test func getJSON() throws {
        let result = Self.harness().run("sandbox get brave-otter -o json")
        let printed = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? NSDictionary
        let sample = Data(Respond.sandbox("brave-otter").utf8)
        let original = try JSONSerialization.jsonObject(with: sample) as? NSDictionary
        #expect(printed == original)
    }

    @Test func getNotFound() {
        let result = Self.harness().run("sandbox get nothere")
        #expect(result.status == 1)
        #expect(result.error == "error: sandbox 'nothere' not found\n")
    }

    @Test func getRejectsInvalidName() {
        let harness = Self.harness()
        let result = harness.run("sandbox get Not_Valid")
        #expect(result.status == 64)
        #expect(harness.transport.requests.isEmpty)
    }

    @Test func getNeedsName() {
        let result = Self.harness().run("sandbox get")
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("error: missing argument NAME for 'paddock sandbox get'\n"))
    }

    @Test func deleteEachName() {
        let harness = Self.harness()
        let result = harness.run("sandbox delete nothere brave-otter")
        #expect(result.status == 1)
        #expect(result.output == "deleted brave-otter\n")
        #expect(result.error == "error: sandbox 'nothere' not found\n")
        #expect(
            harness.transport.requests.map { "\($0.method) \($0.path)" } == [
                "DELETE /v1/sandboxes/nothere", "DELETE /v1/sandboxes/brave-otter",
            ])
    }

    @Test func deleteSucceeds() {
        let result = Self.harness().run("sandbox delete brave-otter")
        #expect(result.status == 0)
    }

    @Test func deleteSkipsInvalidName() {
        let harness = Self.harness()
        let result = harness.run("sandbox delete Bad brave-otter")
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("error: invalid sandbox name 'Bad'"))
        #expect(harness.transport.requests.count == 1)
    }

    @Test func stopPrintsPhase() {
        let harness = Self.harness()
        let result = harness.run("sandbox stop brave-otter")
        #expect(result.status == 0)
        #expect(result.output == "stopped brave-otter (phase: stopped)\n")
        #expect(harness.transport.requests.first?.method == "POST")
    }

    @Test func startPrintsPhase() {
        let result = Self.harness().run("sandbox start brave-otter")
        #expect(result.output == "started brave-otter (phase: running)\n")
    }

    @Test func unauthenticatedNamesTokenSource() {
        let harness = CLIHarness()
        harness.transport.route = { _ in Respond.error("unauthenticated", "invalid token", status: 401) }
        let result = harness.run("sandbox list")
        #expect(result.error == "error: invalid token (the token came from PADDOCK_TOKEN)\n")
    }

    @Test func transportFailureSaysWhere() {
        let harness = CLIHarness()
        harness.transport.route = { _ in throw FakeTransportError.refused }
        let result = harness.run("sandbox list")
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("error: request to the gateway at http://127.0.0.1:7760 failed: refused"))
    }

    @Test func malformedResponseIsReported() {
        let harness = CLIHarness()
        harness.transport.route = { _ in Respond.json("[1, 2]") }
        let result = harness.run("sandbox list")
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("error: the gateway sent an unexpected response to GET /v1/sandboxes"))
    }
}
