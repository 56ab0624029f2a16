import Foundation
import Testing

@testable import PaddockCLI

struct ProviderCommandTests {
    static let github = """
        {"name": "github", "credentials": ["GITHUB_TOKEN"], "endpoints": ["api.github.com:443"], \
        "sandboxes": ["brave-otter"], "created_at": "2026-12-04T10:00:00Z", "updated_at": "2026-12-04T10:30:00Z"}
        """

    static func harness() -> CLIHarness {
        var harness = CLIHarness()
        harness.variables["GITHUB_TOKEN"] = "ghp_from_environment"
        harness.transport.route = { request in
            switch (request.method, request.path) {
            case ("POST", "/v1/providers"): return Respond.json(github, status: 201)
            case ("GET", "/v1/providers"): return Respond.json(#"{"providers": [\#(github)]}"#)
            case ("GET", "/v1/providers/github"), ("PATCH", "/v1/providers/github"): return Respond.json(github)
            case ("DELETE", "/v1/providers/github"): return Respond.json(#"{"deleted": "github"}"#)
            case ("DELETE", "/v1/providers/busy"):
                return Respond.error(
                    "failed_precondition", "provider 'busy' is used by sandbox 'brave-otter'", status: 409)
            default: return Respond.error("not_found", "provider not found", status: 404)
            }
        }
        return harness
    }

    @Test func createSendsInlineValue() throws {
        let harness = Self.harness()
        let result = harness.run("provider create --name gh --credential TOKEN=abc=d --endpoint api.github.com:443")
        #expect(result.status == 0)
        #expect(result.output == "github\n")
        let body = try #require(harness.transport.requests.first?.jsonBody())
        #expect(body["name"] as? String == "gh")
        #expect(body["credentials"] as? [String: String] == ["TOKEN": "abc=d"])
        #expect(body["endpoints"] as? [String] == ["api.github.com:443"])
    }

    @Test func createReadsValueFromEnvironment() throws {
        let harness = Self.harness()
        let result = harness.run("provider create --name github -c GITHUB_TOKEN")
        #expect(result.status == 0)
        let body = try #require(harness.transport.requests.first?.jsonBody())
        #expect(body["credentials"] as? [String: String] == ["GITHUB_TOKEN": "ghp_from_environment"])
    }

    @Test func createMissingVariableIsUsageError() {
        let harness = Self.harness()
        let result = harness.run("provider create --name github --credential MISSING_TOKEN")
        #expect(result.status == 64)
        #expect(result.error.contains("the environment variable MISSING_TOKEN is not set or empty"))
        #expect(harness.transport.requests.isEmpty)
    }

    @Test func createNeedsCredential() {
        let result = Self.harness().run("provider create --name github")
        #expect(result.status == 64)
        #expect(result.error.contains("at least one --credential is required"))
    }

    @Test func createNeedsName() {
        let result = Self.harness().run("provider create --credential A=b")
        #expect(result.status == 64)
        #expect(result.error.contains("--name is required"))
    }

    @Test func createRejectsBadKey() {
        let result = Self.harness().run("provider create --name gh --credential 1BAD=x")
        #expect(result.status == 64)
        #expect(result.error.contains("--credential: invalid environment variable name '1BAD'"))
    }

    @Test func createRejectsBadName() {
        let result = Self.harness().run("provider create --name Git_Hub --credential A=b")
        #expect(result.status == 64)
        #expect(result.error.contains("invalid provider name 'Git_Hub'"))
    }

    @Test func listTable() {
        let result = Self.harness().run("provider list")
        #expect(result.status == 0)
        #expect(
            result.output == """
                NAME     CREDENTIALS    ENDPOINTS            SANDBOXES     AGE
                github   GITHUB_TOKEN   api.github.com:443   brave-otter   1h

                """)
    }

    @Test func getShowsNamesOnly() {
        let result = Self.harness().run("provider get github")
        #expect(result.status == 0)
        #expect(result.output.contains("Credentials: GITHUB_TOKEN\n"))
        #expect(result.output.contains("Endpoints:   api.github.com:443\n"))
        #expect(!result.output.contains("ghp_"))
    }

    @Test func getJSONIsAPIObject() throws {
        let result = Self.harness().run("provider get github -o json")
        let printed = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? NSDictionary
        let original = try JSONSerialization.jsonObject(with: Data(Self.github.utf8)) as? NSDictionary
        #expect(printed == original)
    }

    @Test func updateSendsChanges() throws {
        let harness = Self.harness()
        let result = harness.run(
            "provider update github --credential GITHUB_TOKEN --remove-credential OLD --endpoint a.example.com")
        #expect(result.status == 0)
        let request = try #require(harness.transport.requests.first)
        #expect(request.method == "PATCH")
        let body = try #require(request.jsonBody())
        #expect(body["credentials"] as? [String: String] == ["GITHUB_TOKEN": "ghp_from_environment"])
        #expect(body["remove_credentials"] as? [String] == ["OLD"])
        #expect(body["endpoints"] as? [String] == ["a.example.com"])
    }

    @Test func updateClearEndpointsSendsEmptyList() throws {
        let harness = Self.harness()
        _ = harness.run("provider update github --clear-endpoints")
        let body = try #require(harness.transport.requests.first?.jsonBody())
        #expect(body["endpoints"] as? [String] == [])
        #expect(body["credentials"] == nil)
    }

    @Test func updateWithoutChangesIsUsageError() {
        let result = Self.harness().run("provider update github")
        #expect(result.status == 64)
        #expect(result.error.contains("nothing to update"))
    }

    @Test func updateClearAndEndpointConflict() {
        let result = Self.harness().run("provider update github --clear-endpoints --endpoint a.example.com")
        #expect(result.status == 64)
        #expect(result.error.contains("contradict"))
    }

    @Test func deletePrintsName() {
        let result = Self.harness().run("provider delete github")
        #expect(result.status == 0)
        #expect(result.output == "deleted github\n")
    }

    @Test func deleteInUseShowsGatewayError() {
        let result = Self.harness().run("provider delete busy")
        #expect(result.status != 0)
        #expect(result.error.contains("provider 'busy' is used by sandbox 'brave-otter'"))
    }

    @Test func sandboxGetShowsProviders() {
        let harness = CLIHarness()
        let sandbox = Respond.sandbox("brave-otter").replacingOccurrences(
            of: #""workspace": "/sandbox""#, with: #""workspace": "/sandbox", "providers": ["github", "openai"]"#)
        harness.transport.route = { _ in Respond.json(sandbox) }
        let result = harness.run("sandbox get brave-otter")
        #expect(result.output.contains("Providers:      github,openai\n"))
    }

    @Test func sandboxCreateSendsProviders() throws {
        let harness = CLIHarness()
        harness.transport.route = { _ in Respond.json(Respond.sandbox("brave-otter"), status: 201) }
        _ = harness.run("sandbox create --provider github --provider openai")
        let body = try #require(harness.transport.requests.first?.jsonBody())
        #expect(body["providers"] as? [String] == ["github", "openai"])
    }
}
