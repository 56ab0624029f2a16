import Foundation
import Testing

@testable import PaddockCLI

/// `image pull --ca-file`: the CLI reads the file and sends its text, so the gateway opens no path.
struct ImagePullCommandTests {
    @Test func caFileTextIsRead() throws {
        let path = "/tmp/paddock-ca-test-\(getpid()).pem"
        let pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
        try pem.write(toFile: path, atomically: true, encoding: .utf8)
        defer { unlink(path) }
        #expect(try ImagePullCommand.readCertificates(path) == pem)
    }

    @Test func missingCAFileIsUsageError() {
        let error = #expect(throws: UsageError.self) {
            _ = try ImagePullCommand.readCertificates("/nonexistent/ca.pem")
        }
        #expect(error?.message.contains("/nonexistent/ca.pem") == true)
    }

    @Test func nonPEMCAFileIsUsageError() throws {
        let path = "/tmp/paddock-ca-test-\(getpid()).txt"
        try "not a certificate\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { unlink(path) }
        let error = #expect(throws: UsageError.self) {
            _ = try ImagePullCommand.readCertificates(path)
        }
        #expect(error?.message.contains("no PEM certificate") == true)
    }

    @Test func pullRequestSendsPEMNotPath() throws {
        let request = PullImageRequest(reference: "127.0.0.1:5000/app", caPEM: "PEM", plainHTTP: nil)
        let json = String(decoding: try JSONEncoder().encode(request), as: UTF8.self)
        #expect(json.contains("\"ca_pem\":\"PEM\""))
        #expect(!json.contains("ca_file"))
    }
}
