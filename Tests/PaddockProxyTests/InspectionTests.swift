import Foundation
import PaddockPolicy
import PaddockRuntime
import Testing

@testable import PaddockProxy

/// TLS interception and L7 rules, with curl talking HTTPS to a local server through the proxy.
@Suite(.serialized)
struct InspectionTests {
    let fixture: ProxyFixture
    let certificates: TestCertificates
    let upstream: EchoServer

    init() throws {
        fixture = try ProxyFixture()
        certificates = try TestCertificates(directory: fixture.directory)
        upstream = try EchoServer(certificate: (certificates.certFile, certificates.keyFile))
    }

    var url: String { "https://upstream.test:\(upstream.port)" }

    func apply(_ configure: @escaping (inout NetworkEndpoint) -> Void) throws {
        try fixture.apply(TestPolicy.settings(
            [TestPolicy.policy("api", host: "upstream.test", ports: [upstream.port], binaries: [Programs.curlPath], configure: configure)],
            extraCA: certificates.caPEM))
    }

    func curl(_ arguments: [String]) throws -> (status: Int, body: String) {
        try Programs.curl(arguments, proxy: fixture.proxyURL, caFile: fixture.sandboxCAPath)
    }

    func json(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }

    @Test func readOnlyAllowsGet() throws {
        try apply { $0.protocol = .rest; $0.access = .readOnly }
        let result = try curl([url + "/repos/x"])
        #expect(result.status == 200)
        #expect(try json(result.body)["path"] as? String == "/repos/x")
        let record = try #require(try fixture.auditRecords().last)
        #expect(record.kind == "http")
        #expect(record.method == "GET")
        #expect(record.path == "/repos/x")
        #expect(record.decision == "allow")
    }

    @Test func readOnlyRefusesPostWithBody() throws {
        try apply { $0.protocol = .rest; $0.access = .readOnly }
        let result = try curl(["-i", "-X", "POST", "-d", "x=1", url + "/repos/x"])
        #expect(result.status == 403)
        #expect(result.body.contains("X-Paddock-Policy: api"))
        let body = try json(String(result.body[result.body.range(of: "\r\n\r\n", options: .backwards)!.upperBound...]))
        #expect(body["reason"] as? String == "l7_rule")
        #expect(body["error"] as? String == "policy_denied")
        #expect((body["detail"] as? String)?.contains("POST /repos/x") == true)
        #expect(try fixture.auditRecords().last?.decision == "deny")
    }

    @Test func auditModeForwardsAndRecords() throws {
        try apply { $0.protocol = .rest; $0.access = .readOnly; $0.enforcement = .audit }
        let result = try curl(["-X", "POST", "-d", "x=1", url + "/audited"])
        #expect(result.status == 200)
        #expect(try json(result.body)["body"] as? String == "x=1")
        let record = try #require(try fixture.auditRecords().last)
        #expect(record.decision == "audit")
        #expect(record.reason == "l7_rule")
    }

    @Test func denyRulesWinOverFullAccess() throws {
        try apply {
            $0.protocol = .rest
            $0.access = .full
            $0.denyRules = [L7Rule(method: "POST", path: "/admin/**")]
        }
        #expect(try curl(["-X", "POST", "-d", "", url + "/admin/users"]).status == 403)
        #expect(try curl(["-X", "POST", "-d", "", url + "/public"]).status == 200)
    }

    @Test func rulesMatchMethodPathAndQuery() throws {
        try apply {
            $0.protocol = .rest
            $0.rules = [L7Rule(method: "GET", path: "/search", query: ["q": .glob("paddock*")])]
        }
        #expect(try curl([url + "/search?q=paddock-sandbox"]).status == 200)
        #expect(try curl([url + "/search?q=other"]).status == 403)
        #expect(try curl([url + "/elsewhere"]).status == 403)
    }

    @Test func hostHeaderMismatchIsRefused() throws {
        try apply { $0.protocol = .rest; $0.access = .full }
        let result = try curl(["-H", "Host: other.test", url + "/"])
        #expect(result.status == 403)
        #expect(try fixture.auditRecords().last?.reason == "host_mismatch")
    }

    @Test func keepAliveRequestsAreEachChecked() throws {
        try apply { $0.protocol = .rest; $0.access = .readOnly }
        let result = try curl([url + "/one", url + "/two"])
        #expect(result.status == 200)
        let paths = try fixture.auditRecords().filter { $0.kind == "http" }.compactMap(\.path)
        #expect(paths == ["/one", "/two"])
        #expect(try fixture.auditRecords().filter { $0.kind == "connection" }.count == 1)
    }

    @Test func upstreamWithUntrustedCertificateFails() throws {
        try fixture.apply(TestPolicy.settings([
            TestPolicy.policy("api", host: "upstream.test", ports: [upstream.port], binaries: [Programs.curlPath]) {
                $0.protocol = .rest
                $0.access = .full
            }
        ]))
        let result = try curl([url + "/"])
        #expect(result.status == 502)
    }

    @Test func interceptedCertificateNamesSandboxCA() throws {
        try apply { $0.protocol = .rest; $0.access = .full }
        let output = try Programs.run(
            "/usr/bin/curl",
            ["-sS", "-v", "-o", "/dev/null", "--proxy", fixture.proxyURL, "--cacert", fixture.sandboxCAPath, url + "/"])
        #expect(output.status == 0)
        #expect(output.stderr.contains("Paddock sandbox CA (test-sandbox)"))
    }
}
