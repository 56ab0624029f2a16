import Foundation
import PaddockCore
import Testing

@testable import PaddockHTTP

@Suite struct TLSClientConfigurationTests {
    @Test func missingCAFileIsInvalidArgument() throws {
        // A failed CA load used to free the OpenSSL context twice and abort the process.
        let error = #expect(throws: PaddockError.self) {
            _ = try TLSClientConfiguration(serverName: "registry.test", caFile: "/nonexistent/ca.pem")
        }
        #expect(error?.code == .invalidArgument)
        #expect(error?.message.contains("/nonexistent/ca.pem") == true)
    }

    @Test func nonPEMCAFileIsInvalidArgument() throws {
        let path = "/tmp/paddock-tls-test-\(getpid()).txt"
        try "not a certificate\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { unlink(path) }
        for _ in 0..<3 {
            let error = #expect(throws: PaddockError.self) {
                _ = try TLSClientConfiguration(serverName: "registry.test", caFile: path)
            }
            #expect(error?.code == .invalidArgument)
        }
    }

    @Test func caTextWithoutCertificateIsInvalidArgument() throws {
        let error = #expect(throws: PaddockError.self) {
            _ = try TLSClientConfiguration(serverName: "registry.test", caPEM: "not a certificate\n")
        }
        #expect(error?.code == .invalidArgument)
        #expect(error?.message.contains("no PEM certificate") == true)
    }
}
