import Foundation
import PaddockPolicy
import PaddockRuntime
import Testing

@testable import PaddockProxy

/// Placeholder replacement in each position, and refusal everywhere else.
@Suite(.serialized)
struct CredentialTests {
    static let secret = "s3cr3t/value+42"
    static let placeholder = EgressCredential.makePlaceholder(provider: "echo", key: "ECHO_TOKEN")

    let fixture: ProxyFixture
    let certificates: TestCertificates
    let upstream: EchoServer

    init() throws {
        fixture = try ProxyFixture()
        certificates = try TestCertificates(directory: fixture.directory)
        upstream = try EchoServer(certificate: (certificates.certFile, certificates.keyFile))
        let credential = EgressCredential(
            provider: "echo", key: "ECHO_TOKEN", placeholder: Self.placeholder, value: Self.secret,
            endpoints: ["upstream.test"])
        try fixture.apply(TestPolicy.settings(
            [
                TestPolicy.policy("api", host: "upstream.test", ports: [upstream.port], binaries: [Programs.curlPath]) {
                    $0.protocol = .rest
                    $0.access = .full
                },
                TestPolicy.policy("other", host: "other.test", ports: [upstream.port], binaries: [Programs.curlPath]) {
                    $0.protocol = .rest
                    $0.access = .full
                },
            ],
            credentials: [credential], extraCA: certificates.caPEM))
    }

    func echo(_ arguments: [String], host: String = "upstream.test") throws -> (status: Int, json: [String: Any]) {
        let result = try Programs.curl(
            arguments.map { $0.replacingOccurrences(of: "URL", with: "https://\(host):\(upstream.port)") },
            proxy: fixture.proxyURL, caFile: fixture.sandboxCAPath)
        let json = (try? JSONSerialization.jsonObject(with: Data(result.body.utf8))) as? [String: Any] ?? [:]
        return (result.status, json)
    }

    func headers(_ json: [String: Any]) -> [String: String] {
        json["headers"] as? [String: String] ?? [:]
    }

    @Test func headerPlaceholderIsReplaced() throws {
        let result = try echo(["-H", "Authorization: Bearer \(Self.placeholder)", "URL/user"])
        #expect(result.status == 200)
        #expect(headers(result.json)["authorization"] == "Bearer \(Self.secret)")
    }

    @Test func basicAuthPlaceholderIsReplaced() throws {
        let result = try echo(["-u", "robot:\(Self.placeholder)", "URL/basic"])
        #expect(result.status == 200)
        let expected = "Basic " + Data("robot:\(Self.secret)".utf8).base64EncodedString()
        #expect(headers(result.json)["authorization"] == expected)
    }

    @Test func queryPlaceholderIsReplaced() throws {
        let result = try echo(["URL/q?token=\(Self.placeholder)&x=1"])
        #expect(result.status == 200)
        #expect(result.json["path"] as? String == "/q?token=s3cr3t%2Fvalue%2B42&x=1")
    }

    @Test func pathPlaceholderIsReplaced() throws {
        let result = try echo(["URL/bot\(Self.placeholder)/send"])
        #expect(result.status == 200)
        #expect(result.json["path"] as? String == "/bots3cr3t%2Fvalue%2B42/send")
    }

    @Test func unboundHostIsRefused() throws {
        let result = try echo(["-H", "X-Token: \(Self.placeholder)", "URL/"], host: "other.test")
        #expect(result.status == 403)
        #expect(result.json["error"] as? String == "credential_endpoint_mismatch")
        #expect(result.json["reason"] as? String == "placeholder_not_allowed")
    }

    @Test func unknownPlaceholderIsRefused() throws {
        let result = try echo(["-H", "X-Token: paddock-cred-nobody-KEY-0123456789abcdef", "URL/"])
        #expect(result.status == 403)
        #expect(result.json["reason"] as? String == "placeholder_not_allowed")
    }

    @Test func refusedPlaceholderGetsOneDenyRecord() throws {
        let result = try echo(["-H", "X-Token: paddock-cred-nobody-KEY-0123456789abcdef", "URL/"])
        #expect(result.status == 403)
        let records = try fixture.auditRecords().filter { $0.kind == "http" }
        #expect(records.count == 1)
        #expect(records.first?.decision == "deny")
        #expect(records.first?.reason == "placeholder_not_allowed")
    }

    @Test func uninspectedTunnelToBoundHostIsRefused() throws {
        try fixture.apply(TestPolicy.settings(
            [TestPolicy.policy("api", host: "upstream.test", ports: [upstream.port], binaries: [Programs.curlPath])],
            credentials: [
                EgressCredential(
                    provider: "echo", key: "ECHO_TOKEN", placeholder: Self.placeholder, value: Self.secret,
                    endpoints: ["upstream.test"])
            ]))
        let result = try Programs.curl(["-k", "https://upstream.test:\(upstream.port)/"], proxy: fixture.proxyURL)
        #expect(result.status == 403)
        #expect(try fixture.auditRecords().last?.reason == "placeholder_not_allowed")
    }

    @Test func secretNeverReachesAuditLog() throws {
        _ = try echo(["-H", "Authorization: Bearer \(Self.placeholder)", "URL/bot\(Self.placeholder)?t=\(Self.placeholder)"])
        _ = try echo(["-H", "X-Token: \(Self.placeholder)", "URL/"], host: "other.test")
        let text = try String(contentsOfFile: fixture.directory + "/audit.jsonl", encoding: .utf8)
        #expect(text.contains("[credential]"))
        #expect(!text.contains(Self.secret))
        #expect(!text.contains(Self.placeholder))
    }

    @Test func placeholderFormatIsDocumented() {
        #expect(Self.placeholder.hasPrefix("paddock-cred-echo-ECHO_TOKEN-"))
        #expect(Self.placeholder.count == "paddock-cred-echo-ECHO_TOKEN-".count + 32)
    }
}
