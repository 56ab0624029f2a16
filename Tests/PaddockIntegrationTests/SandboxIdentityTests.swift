import Testing

extension IntegrationSuite {
    /// Who a sandboxed command runs as, and which privileges and filters it has.
    @Suite(.gateway)
    struct SandboxIdentityTests {
        static let sandbox = "identity"

        @Test func userID() async throws {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)

            let result = try await gateway.exec(Self.sandbox, ["id", "-u"])

            #expect(result.output == "1000")
        }

        @Test func groupID() async throws {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)

            let result = try await gateway.exec(Self.sandbox, ["id", "-g"])

            #expect(result.output == "1000")
        }

        @Test(arguments: [
            ("CapBnd", "0000000000000000"), ("CapEff", "0000000000000000"), ("CapPrm", "0000000000000000"),
            ("NoNewPrivs", "1"), ("Seccomp", "2"),
        ])
        func processStatus(field: String, expected: String) async throws {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)

            let result = try await gateway.exec(Self.sandbox, ["cat", "/proc/self/status"])
            let values = ProcStatus.parse(result.stdout)

            #expect(values[field] == expected)
        }
    }
}
