import Foundation
import Testing

extension IntegrationSuite {
    /// Paths a policy lists that the host image lacks: the default policy leaves them out quietly,
    /// a user's policy gets a warning for each in the supervisor's log.
    @Suite(.gateway)
    struct DefaultPolicyPathTests {
        static let warning = "landlock rule not applied"

        func supervisorLog(of record: SandboxRecord) throws -> String {
            let gateway = try TestGateway.require()
            return try String(contentsOfFile: gateway.sandboxDirectory(record.id) + "/supervisor.log", encoding: .utf8)
        }

        @Test func defaultPolicyLogsNoSkippedPath() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("default-paths") { record in
                let log = try supervisorLog(of: record)

                #expect(!log.contains(Self.warning), "\(log)")
            }
        }

        @Test func userPolicyWarnsAboutMissingPath() async throws {
            let gateway = try TestGateway.require()
            let policy = """
                version: 1
                filesystem_policy:
                  read_only: [/usr, /lib, /lib64, /bin, /etc, /proc, /no-such-policy-path]
                  read_write: [/tmp, /dev/null]
                """
            let file = try gateway.writeFile("missing-path.yaml", policy)
            try await gateway.withSandbox("user-paths", ["--policy", file]) { record in
                let log = try supervisorLog(of: record)

                #expect(log.contains(Self.warning), "\(log)")
                #expect(log.contains("/no-such-policy-path"), "\(log)")
            }
        }
    }
}
