import Foundation
import Testing

@testable import PaddockCLI

struct SandboxCreateEgressOptionTests {
    static func harness() -> CLIHarness {
        let harness = CLIHarness()
        harness.transport.route = { _ in Respond.json(Respond.sandbox("brave-otter"), status: 201) }
        return harness
    }

    @Test func sendsEgressOptions() throws {
        let caPath = NSTemporaryDirectory() + "paddock-ca-\(UUID().uuidString).pem"
        let pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
        _ = FileManager.default.createFile(atPath: caPath, contents: Data(pem.utf8))
        defer { try? FileManager.default.removeItem(atPath: caPath) }
        let harness = Self.harness()
        let result = harness.run([
            "sandbox", "create", "--egress-host-override", "api.test=127.0.0.1", "--egress-host-override",
            "git.test=::1", "--egress-allow-loopback", "--egress-ca", caPath,
        ])
        #expect(result.status == 0)
        let body = try #require(harness.transport.requests.first?.jsonBody())
        let options = try #require(body["egress_options"] as? [String: Any])
        #expect(options["host_overrides"] as? [String: String] == ["api.test": "127.0.0.1", "git.test": "::1"])
        #expect(options["allow_loopback_upstreams"] as? Bool == true)
        #expect(options["extra_ca"] as? String == pem)
    }

    @Test func noEgressOptionsByDefault() throws {
        let harness = Self.harness()
        _ = harness.run("sandbox create")
        let body = try #require(harness.transport.requests.first?.jsonBody())
        #expect(body["egress_options"] == nil)
    }

    @Test func malformedHostOverrideIsUsageError() {
        let harness = Self.harness()
        let result = harness.run("sandbox create --egress-host-override api.test")
        #expect(result.status == 64)
        #expect(result.error.contains("invalid host override 'api.test': expected HOST=IP"))
        #expect(harness.transport.requests.isEmpty)
    }
}
