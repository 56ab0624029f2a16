import Foundation
import Testing

extension IntegrationSuite {
    /// State directories that `paddock gateway start` cannot use must be named in a plain message.
    @Suite(.gateway)
    struct StateDirectoryTests {
        @Test func regularFileRejected() async throws {
            let gateway = try TestGateway.require()
            let file = try gateway.writeFile("not-a-directory", "x")

            let result = try await gateway.paddock(["gateway", "start", "--state-dir", file, "--listen", "127.0.0.1:0"])

            #expect(result.exitCode == 1)
            #expect(
                result.stderr
                    == "error: the state directory \(file) exists but is not a directory; remove it or choose another "
                    + "path with --state-dir\n")
        }

        @Test func uncreatableDirectoryRejected() async throws {
            let gateway = try TestGateway.require()

            let result = try await gateway.paddock(["gateway", "start", "--state-dir", "/proc/nope", "--listen", "127.0.0.1:0"])

            #expect(result.exitCode == 1)
            #expect(result.stderr.hasPrefix("error: cannot create the state directory /proc/nope: "))
            #expect(result.stderr.hasSuffix("; choose a writable path with --state-dir\n"))
            #expect(!result.stderr.contains("NSCocoaErrorDomain"))
        }
    }
}
