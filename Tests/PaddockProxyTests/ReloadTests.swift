@preconcurrency import Glibc
import Foundation
import PaddockHTTP
import PaddockPolicy
import PaddockRuntime
import Testing

@testable import PaddockProxy

/// Reloads, binary pinning and settings validation.
@Suite(.serialized)
struct ReloadTests {
    let fixture: ProxyFixture
    let upstream: EchoServer

    init() throws {
        fixture = try ProxyFixture()
        upstream = try EchoServer()
    }

    func openTunnel() throws -> Socket {
        let socket = try Socket.connect(to: .tcp(host: "127.0.0.1", port: fixture.port), timeout: .seconds(5))
        try socket.writeAll(Array("CONNECT upstream.test:\(upstream.port) HTTP/1.1\r\nHost: upstream.test\r\n\r\n".utf8))
        return socket
    }

    @Test func reloadClosesDisallowedTunnel() throws {
        let runner = try #require(ProcessInspector().executable(of: getpid()))
        try fixture.apply(TestPolicy.settings([
            TestPolicy.policy("runner", host: "upstream.test", ports: [upstream.port], binaries: [runner])
        ]))
        let socket = try openTunnel()
        let reply = String(decoding: try socket.read(maxBytes: 4096, timeout: .seconds(5)), as: UTF8.self)
        #expect(reply.hasPrefix("HTTP/1.1 200 "))
        #expect(fixture.proxy.openConnections == 1)

        let closed = try fixture.apply(TestPolicy.settings([], revision: 2))
        #expect(closed == 1)
        #expect(try socket.read(maxBytes: 4096, timeout: .seconds(5)).isEmpty)
    }

    @Test func reloadKeepsAllowedTunnel() throws {
        let runner = try #require(ProcessInspector().executable(of: getpid()))
        let policy = TestPolicy.policy("runner", host: "upstream.test", ports: [upstream.port], binaries: [runner])
        try fixture.apply(TestPolicy.settings([policy]))
        let socket = try openTunnel()
        _ = try socket.read(maxBytes: 4096, timeout: .seconds(5))
        #expect(try fixture.apply(TestPolicy.settings([policy], revision: 2)) == 0)
        try socket.writeAll(Array("GET /still HTTP/1.1\r\nHost: upstream.test\r\n\r\n".utf8))
        var response = ""
        while !response.contains("/still"), let piece = try? socket.read(maxBytes: 65536, timeout: .seconds(5)), !piece.isEmpty {
            response += String(decoding: piece, as: UTF8.self)
        }
        #expect(response.contains("/still"))
    }

    @Test func newRevisionAllowsNextConnection() throws {
        try fixture.apply(TestPolicy.settings([]))
        let url = "http://upstream.test:\(upstream.port)/"
        #expect(try Programs.curl(["--proxytunnel", url], proxy: fixture.proxyURL).status == 403)
        try fixture.apply(TestPolicy.settings(
            [TestPolicy.policy("echo", host: "upstream.test", ports: [upstream.port], binaries: [Programs.curlPath])],
            revision: 2))
        #expect(try Programs.curl(["--proxytunnel", url], proxy: fixture.proxyURL).status == 200)
        #expect(try fixture.auditRecords().last?.revision == 2)
    }

    @Test func changedBinaryIsDenied() throws {
        let copy = fixture.directory + "/mycurl"
        try FileManager.default.copyItem(atPath: Programs.curlPath, toPath: copy)
        try fixture.apply(TestPolicy.settings([
            TestPolicy.policy("copy", host: "upstream.test", ports: [upstream.port], binaries: [copy])
        ]))
        let arguments = ["-sS", "-o", "/dev/null", "-w", "%{http_code} %{http_connect}", "--proxy", fixture.proxyURL,
            "--proxytunnel", "http://upstream.test:\(upstream.port)/"]
        #expect(try Programs.run(copy, arguments).stdout == "200 200")

        // Appending bytes keeps the program runnable but changes its SHA-256.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: copy))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("changed".utf8))
        try handle.close()
        #expect(try Programs.run(copy, arguments).stdout == "000 403")
        #expect(try fixture.auditRecords().last?.reason == "binary_changed")
    }

    @Test func invalidHostNamesItsField() {
        let settings = TestPolicy.settings([
            TestPolicy.policy("bad", host: "https://api.example.com", ports: [443], binaries: ["/usr/bin/curl"])
        ])
        #expect {
            try EgressRules(settings: settings)
        } throws: { error in
            "\(error)".contains("network_policies[0] (bad).endpoints[0].host")
        }
    }

    @Test func relativeBinaryIsRejected() {
        let settings = TestPolicy.settings([
            TestPolicy.policy("bad", host: "api.example.com", ports: [443], binaries: ["curl"])
        ])
        #expect(throws: ProxyRulesError.self) { try EgressRules(settings: settings) }
    }

    @Test func invalidOverrideIsRejected() {
        let settings = EgressSettings(revision: 1, options: EgressOptions(hostOverrides: ["api.test": "not-an-ip"]))
        #expect {
            try EgressRules(settings: settings)
        } throws: { error in
            "\(error)".contains("options.host_overrides.api.test")
        }
    }

    @Test func changedPlaceholderFailsReload() throws {
        let first = try EgressRules(settings: EgressSettings(revision: 1, credentials: [
            EgressCredential(provider: "p", key: "K", placeholder: "paddock-cred-p-K-0000000000000001", value: "v", endpoints: [])
        ]))
        let second = try EgressRules(settings: EgressSettings(revision: 2, credentials: [
            EgressCredential(provider: "p", key: "K", placeholder: "paddock-cred-p-K-0000000000000002", value: "v", endpoints: [])
        ]))
        #expect(throws: ProxyRulesError.self) { try first.checkReload(to: second) }
        #expect(throws: Never.self) { try first.checkReload(to: first) }
    }

    @Test func settingsDecodeFromDocumentedJSON() throws {
        let json = """
            {"revision": 3,
             "network_policies": [{"key": "k", "name": "n", "binaries": [{"path": "/usr/bin/curl"}],
               "endpoints": [{"host": "api.example.com", "ports": [443], "allow_encoded_slash": false,
                 "request_body_credential_rewrite": false, "websocket_credential_rewrite": false,
                 "allow_uninspected_credentials": false}]}],
             "credentials": [{"provider": "p", "key": "K", "placeholder": "paddock-cred-p-K-0123456789abcdef",
               "value": "v", "endpoints": ["api.example.com:443"]}],
             "options": {"host_overrides": {"api.example.com": "127.0.0.1"}, "allow_loopback_upstreams": true}}
            """
        let settings = try JSONDecoder().decode(EgressSettings.self, from: Data(json.utf8))
        let rules = try EgressRules(settings: settings)
        #expect(rules.revision == 3)
        #expect(rules.endpoints.count == 1)
        #expect(rules.hostOverrides["api.example.com"] == "127.0.0.1")
        #expect(rules.credentials.isBound("p", host: "api.example.com", port: 443, endpoint: nil))
        #expect(!rules.credentials.isBound("p", host: "api.example.com", port: 80, endpoint: nil))
    }
}
