import Foundation
import Testing

@testable import PaddockCLI

struct PolicyCommandTests {
    static let policyFile: String = {
        let path = NSTemporaryDirectory() + "paddock-policy-\(UUID().uuidString).yaml"
        _ = FileManager.default.createFile(atPath: path, contents: Data("version: 1\nnetwork_policies: {}\n".utf8))
        return path
    }()

    static func revision(_ number: Int, _ status: String, error: String? = nil, source: Bool = false) -> String {
        let errorJSON = error.map { "\"\($0)\"" } ?? "null"
        let sourceJSON = source ? #", "source": "version: 1\nnetwork_policies: {}\n""# : ""
        return """
            {"sandbox": "demo", "revision": \(number), "status": "\(status)", "error": \(errorJSON), \
            "created_at": "2026-12-04T10:00:00.000Z", "loaded_at": null\(sourceJSON)}
            """
    }

    static func harness(setStatus: String = "pending", setError: String? = nil) -> CLIHarness {
        let harness = CLIHarness()
        harness.transport.route = { request in
            switch (request.method, request.path) {
            case ("PUT", "/v1/sandboxes/demo/policy"):
                return Respond.json(revision(2, setStatus, error: setError), status: 202)
            case ("GET", "/v1/sandboxes/demo/policy"), ("GET", "/v1/sandboxes/demo/policy?rev=1"):
                return Respond.json(revision(1, "loaded", source: true))
            case ("GET", "/v1/sandboxes/demo/policy/revisions"):
                return Respond.json(
                    #"{"revisions": [\#(revision(1, "loaded")), \#(revision(2, "failed", error: "bad host"))]}"#)
            default: return Respond.error("not_found", "no route", status: 404)
            }
        }
        return harness
    }

    @Test func setSendsDocument() throws {
        let harness = Self.harness()
        let result = harness.run(["policy", "set", "demo", "--policy", Self.policyFile])
        #expect(result.status == 0)
        #expect(result.output == "revision 2 pending\n")
        let body = try #require(harness.transport.requests.first?.jsonBody())
        #expect(body["policy"] as? String == "version: 1\nnetwork_policies: {}\n")
        #expect(body["policy_file"] as? String == Self.policyFile)
        #expect(body["wait"] == nil)
    }

    @Test func setWaitSendsTimeout() throws {
        let harness = Self.harness(setStatus: "loaded")
        let result = harness.run(["policy", "set", "demo", "--policy", Self.policyFile, "--wait", "--timeout", "10s"])
        #expect(result.status == 0)
        let body = try #require(harness.transport.requests.first?.jsonBody())
        #expect(body["wait"] as? Bool == true)
        #expect(body["timeout_seconds"] as? Double == 10)
    }

    @Test func setWaitFailedExitsOne() {
        let harness = Self.harness(setStatus: "failed", setError: "network_policies.a.endpoints[0].host: invalid")
        let result = harness.run(["policy", "set", "demo", "--policy", Self.policyFile, "--wait"])
        #expect(result.status == 1)
        #expect(result.error.contains("revision 2 failed to load: network_policies.a.endpoints[0].host: invalid"))
    }

    @Test func setWaitUnconfirmedExitsOne() {
        let harness = Self.harness(setStatus: "pending", setError: "the supervisor has no POST /v1/egress/reload route")
        let result = harness.run(["policy", "set", "demo", "--policy", Self.policyFile, "--wait"])
        #expect(result.status == 1)
        #expect(result.error.contains("revision 2 is pending, not loaded: the supervisor has no"))
    }

    @Test func setNeedsPolicy() {
        let result = Self.harness().run("policy set demo")
        #expect(result.status == 64)
        #expect(result.error.contains("--policy is required"))
    }

    @Test func setTimeoutNeedsWait() {
        let result = Self.harness().run(["policy", "set", "demo", "--policy", Self.policyFile, "--timeout", "5s"])
        #expect(result.status == 64)
        #expect(result.error.contains("--timeout needs --wait"))
    }

    @Test func setMissingFileIsClear() {
        let result = Self.harness().run("policy set demo --policy /nonexistent/agent.yaml")
        #expect(result.status != 0)
        #expect(result.error.contains("/nonexistent/agent.yaml"))
    }

    @Test func getShowsSource() {
        let result = Self.harness().run("policy get demo")
        #expect(result.status == 0)
        #expect(result.output.contains("Revision:  1\n"))
        #expect(result.output.contains("Status:    loaded\n"))
        #expect(result.output.hasSuffix("Policy:\nversion: 1\nnetwork_policies: {}\n"))
    }

    @Test func getRevisionQuery() {
        let harness = Self.harness()
        _ = harness.run("policy get demo --rev 1")
        #expect(harness.transport.requests.first?.path == "/v1/sandboxes/demo/policy?rev=1")
    }

    @Test func getRejectsRevisionZero() {
        let result = Self.harness().run("policy get demo --rev 0")
        #expect(result.status == 64)
        #expect(result.error.contains("invalid revision '0'"))
    }

    @Test func listTable() {
        let result = Self.harness().run("policy list demo")
        #expect(result.status == 0)
        #expect(
            result.output == """
                REVISION   STATUS   CREATED                    LOADED   ERROR
                1          loaded   2026-12-04T10:00:00.000Z   -        -
                2          failed   2026-12-04T10:00:00.000Z   -        bad host

                """)
    }
}
