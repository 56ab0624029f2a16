import Foundation
import PaddockHTTP
import PaddockPolicy
import PaddockRuntime
import Testing

@testable import PaddockProxy

/// CONNECT and absolute-form decisions with curl as the client, identified through /proc.
@Suite(.serialized)
struct ConnectDecisionTests {
    let fixture: ProxyFixture
    let upstream: EchoServer

    init() throws {
        fixture = try ProxyFixture()
        upstream = try EchoServer()
    }

    var url: String { "http://upstream.test:\(upstream.port)" }

    func body(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }

    @Test func tunnelAllowedForListedBinary() throws {
        try fixture.apply(TestPolicy.settings([
            TestPolicy.policy("echo", host: "upstream.test", ports: [upstream.port], binaries: [Programs.curlPath])
        ]))
        let result = try Programs.curl(["--proxytunnel", url + "/hello"], proxy: fixture.proxyURL)
        #expect(result.status == 200)
        #expect(try body(result.body)["path"] as? String == "/hello")
        let record = try #require(try fixture.auditRecords().last)
        #expect(record.decision == "allow")
        #expect(record.binary == Programs.curlPath)
        #expect(record.destination == "upstream.test:\(upstream.port)")
        #expect(record.policy == "echo")
        #expect(record.sandbox == "test-sandbox")
    }

    @Test func unknownPortIsNoMatchingEndpoint() throws {
        try fixture.apply(TestPolicy.settings([
            TestPolicy.policy("echo", host: "upstream.test", ports: [1], binaries: [Programs.curlPath])
        ]))
        let result = try Programs.curl(["--proxytunnel", url + "/"], proxy: fixture.proxyURL)
        #expect(result.status == 403)
        let record = try #require(try fixture.auditRecords().last)
        #expect(record.decision == "deny")
        #expect(record.reason == "no_matching_endpoint")
    }

    @Test func otherBinaryIsNamedInDenial() throws {
        try fixture.apply(TestPolicy.settings([
            TestPolicy.policy("echo", host: "upstream.test", ports: [upstream.port], binaries: ["/usr/bin/wget"])
        ]))
        let result = try Programs.curl(["--proxytunnel", url + "/"], proxy: fixture.proxyURL)
        #expect(result.status == 403)
        let record = try #require(try fixture.auditRecords().last)
        #expect(record.reason == "binary_not_allowed")
        #expect(record.message.contains(Programs.curlPath))
        #expect(record.message.contains("/usr/bin/wget"))
    }

    @Test func denialBodyIsJSONWithReason() throws {
        try fixture.apply(TestPolicy.settings([]))
        let socket = try Socket.connect(to: .tcp(host: "127.0.0.1", port: fixture.port), timeout: .seconds(5))
        try socket.writeAll(Array("CONNECT upstream.test:\(upstream.port) HTTP/1.1\r\nHost: upstream.test\r\n\r\n".utf8))
        var received: [UInt8] = []
        while let piece = try? socket.read(maxBytes: 4096, timeout: .seconds(5)), !piece.isEmpty { received += piece }
        let text = String(decoding: received, as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 403 Forbidden\r\n"))
        #expect(text.contains("Content-Type: application/json"))
        let json = try body(String(text[text.range(of: "\r\n\r\n")!.upperBound...]))
        #expect(json["error"] as? String == "policy_denied")
        #expect(json["reason"] as? String == "no_matching_endpoint")
        #expect((json["detail"] as? String)?.contains("upstream.test:\(upstream.port)") == true)
    }

    @Test func ancestorBinaryAllowsChild() throws {
        let testRunner = try #require(ProcessInspector().executable(of: getpid()))
        try fixture.apply(TestPolicy.settings([
            TestPolicy.policy("runner", host: "upstream.test", ports: [upstream.port], binaries: [testRunner])
        ]))
        let result = try Programs.curl(["--proxytunnel", url + "/child"], proxy: fixture.proxyURL)
        #expect(result.status == 200)
        #expect(try fixture.auditRecords().last?.ancestors?.contains(testRunner) == true)
    }

    @Test func binaryGlobMatches() throws {
        try fixture.apply(TestPolicy.settings([
            TestPolicy.policy("glob", host: "upstream.test", ports: [upstream.port], binaries: ["/usr/**/cu*"])
        ]))
        #expect(try Programs.curl(["--proxytunnel", url + "/"], proxy: fixture.proxyURL).status == 200)
    }

    @Test func wildcardHostMatchesOneLabel() throws {
        try fixture.apply(EgressSettings(
            revision: 1,
            networkPolicies: [
                TestPolicy.policy("wild", host: "*.upstream.test", ports: [upstream.port], binaries: [Programs.curlPath])
            ],
            options: EgressOptions(
                hostOverrides: ["api.upstream.test": "127.0.0.1", "a.b.upstream.test": "127.0.0.1"],
                allowLoopbackUpstreams: true)))
        let one = try Programs.curl(["--proxytunnel", "http://api.upstream.test:\(upstream.port)/"], proxy: fixture.proxyURL)
        #expect(one.status == 200)
        let two = try Programs.curl(["--proxytunnel", "http://a.b.upstream.test:\(upstream.port)/"], proxy: fixture.proxyURL)
        #expect(two.status == 403)
    }

    @Test func loopbackUpstreamBlockedByDefault() throws {
        try fixture.apply(TestPolicy.settings(
            [TestPolicy.policy("echo", host: "upstream.test", ports: [upstream.port], binaries: [Programs.curlPath])],
            loopback: false))
        let result = try Programs.curl(["--proxytunnel", url + "/"], proxy: fixture.proxyURL)
        #expect(result.status == 403)
        let record = try #require(try fixture.auditRecords().last)
        #expect(record.reason == "blocked_address")
        #expect(record.message.contains("loopback"))
    }

    @Test func privateAddressNeedsAllowedIPs() throws {
        let endpoint = try CompiledEndpoint(
            policy: NetworkPolicy(key: "k", endpoints: [], binaries: []),
            endpoint: NetworkEndpoint(host: "db.internal", ports: [5432]), field: "e")
        let policy = AddressPolicy(allowLoopback: false)
        #expect(policy.rejection(of: "10.1.2.3", for: endpoint) != nil)
        #expect(policy.rejection(of: "169.254.169.254", for: endpoint)?.contains("link-local") == true)
        #expect(policy.rejection(of: "0.0.0.0", for: endpoint) != nil)
        #expect(policy.rejection(of: "::ffff:127.0.0.1", for: endpoint) != nil)
        #expect(policy.rejection(of: "93.184.216.34", for: endpoint) == nil)
        var covered = NetworkEndpoint(host: "db.internal", ports: [5432])
        covered.allowedIPs = ["10.0.0.0/8"]
        let allowed = try CompiledEndpoint(
            policy: NetworkPolicy(key: "k", endpoints: [], binaries: []), endpoint: covered, field: "e")
        #expect(policy.rejection(of: "10.1.2.3", for: allowed) == nil)
    }

    @Test func absoluteFormRequestIsForwarded() throws {
        try fixture.apply(TestPolicy.settings([
            TestPolicy.policy("echo", host: "upstream.test", ports: [upstream.port], binaries: [Programs.curlPath])
        ]))
        let result = try Programs.curl([url + "/plain?x=1"], proxy: fixture.proxyURL)
        #expect(result.status == 200)
        let echoed = try body(result.body)
        #expect(echoed["path"] as? String == "/plain?x=1")
        #expect((echoed["headers"] as? [String: String])?["proxy-connection"] == nil)
    }

    @Test func originFormRequestIsRejected() throws {
        let socket = try Socket.connect(to: .tcp(host: "127.0.0.1", port: fixture.port), timeout: .seconds(5))
        try socket.writeAll(Array("GET /x HTTP/1.1\r\nHost: upstream.test\r\n\r\n".utf8))
        let text = String(decoding: try socket.read(maxBytes: 4096, timeout: .seconds(5)), as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 400 "))
        #expect(text.contains("not_a_proxy_request"))
    }
}
