import Foundation
import Testing

extension IntegrationSuite {
    /// The seccomp filter, tested by calling each system call from inside the sandbox.
    @Suite(.gateway)
    struct SyscallFilterTests {
        static let sandbox = "syscalls"

        /// Runs `probes` of `SyscallProbe.program` in the sandbox and returns their results.
        func probeInSandbox(_ probes: [String]) async throws -> [String: String] {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)
            let result = try await gateway.exec(Self.sandbox, ["python3", "-c", SyscallProbe.program] + probes)
            #expect(result.exitCode == 0, "\(result)")
            return SyscallProbe.parse(result.stdout)
        }

        @Test(arguments: SyscallProbe.denied)
        func deniedWithEPERM(probe: String) async throws {
            let results = try await probeInSandbox([probe])

            #expect(results[probe] == "EPERM")
        }

        @Test(arguments: SyscallProbe.allowed)
        func allowed(probe: String) async throws {
            let results = try await probeInSandbox([probe])

            #expect(results[probe] == "OK")
        }

        // The filter cannot read clone3's flags, which it passes in memory, so it fails clone3 with
        // ENOSYS and the C library falls back to clone, whose flags the filter checks.
        @Test func clone3Unavailable() async throws {
            let results = try await probeInSandbox(["clone3"])

            #expect(results["clone3"] == "ENOSYS")
        }

        // The control for `deniedWithEPERM`: without the sandbox, as root on the host, each probe
        // fails with the kernel's own errno or succeeds. So an EPERM inside comes from the sandbox.
        @Test func hostAnswersOtherwise() async throws {
            let result = try await ProcessRunner.run(
                "/usr/bin/python3", ["-c", SyscallProbe.program] + SyscallProbe.denied, timeout: 60)
            let results = SyscallProbe.parse(result.stdout)

            #expect(result.exitCode == 0, "\(result)")
            for probe in SyscallProbe.denied {
                #expect(results[probe] != nil, "no result for \(probe): \(result)")
                #expect(results[probe] != "EPERM", "\(probe) answers EPERM on the host too")
            }
        }
    }
}
