@preconcurrency import Glibc
import Foundation
import PaddockCore
import PaddockHTTP
import PaddockPolicy
import PaddockRuntime

@testable import PaddockProxy

/// An `EgressProxy` on a free loopback port in the test's own namespaces, with its audit log in a
/// temporary directory. Clients are real programs (curl, python) started by the test, so the
/// caller identity comes from /proc as it does in a sandbox.
final class ProxyFixture: @unchecked Sendable {
    let directory: String
    let proxy: EgressProxy
    let port: Int
    let authority: CertificateAuthority

    init() throws {
        directory = try Self.makeTemporaryDirectory()
        let logger = Logger(label: "proxy-test", minimumLevel: .critical)
        let audit = try AuditLog.open(path: directory + "/audit.jsonl", sandbox: "test-sandbox", logger: logger)
        authority = try CertificateAuthority(sandboxName: "test-sandbox")
        try authority.certificatePEM.write(toFile: directory + "/sandbox-ca.pem", atomically: true, encoding: .utf8)
        proxy = EgressProxy(
            configuration: EgressProxyConfiguration(
                sandboxName: "test-sandbox", listenAddress: .tcp(host: "127.0.0.1", port: 0),
                certificateAuthority: authority, logger: logger, audit: audit))
        port = try proxy.start().port ?? 0
    }

    deinit {
        proxy.stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    var proxyURL: String { "http://127.0.0.1:\(port)" }
    var sandboxCAPath: String { directory + "/sandbox-ca.pem" }

    /// Compiles and applies settings; returns the connections the reload closed.
    @discardableResult
    func apply(_ settings: EgressSettings) throws -> Int {
        proxy.apply(try EgressRules(settings: settings))
    }

    /// The audit records written so far.
    func auditRecords() throws -> [AuditRecord] {
        let text = try String(contentsOfFile: directory + "/audit.jsonl", encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(AuditRecord.self, from: Data($0.utf8)) }
    }

    static func makeTemporaryDirectory() throws -> String {
        var template = Array("/tmp/paddock-proxy-XXXXXX".utf8CString)
        guard let result = mkdtemp(&template) else {
            throw SystemCallError("mkdtemp", errno: errno, subject: "/tmp/paddock-proxy-XXXXXX")
        }
        return String(cString: result)
    }
}

/// Settings builders for tests.
enum TestPolicy {
    /// One policy `key` allowing `binaries` to reach `host` on `ports`.
    static func policy(
        _ key: String, host: String, ports: [Int], binaries: [String], configure: (inout NetworkEndpoint) -> Void = { _ in }
    ) -> NetworkPolicy {
        var endpoint = NetworkEndpoint(host: host, ports: ports)
        configure(&endpoint)
        return NetworkPolicy(key: key, endpoints: [endpoint], binaries: binaries.map(BinaryMatcher.init(path:)))
    }

    static func settings(
        _ policies: [NetworkPolicy], revision: Int = 1, credentials: [EgressCredential] = [], loopback: Bool = true,
        extraCA: String? = nil
    ) -> EgressSettings {
        EgressSettings(
            revision: revision, networkPolicies: policies, credentials: credentials,
            options: EgressOptions(
                hostOverrides: ["upstream.test": "127.0.0.1", "other.test": "127.0.0.1"],
                allowLoopbackUpstreams: loopback, extraCA: extraCA))
    }
}
