import Testing

extension IntegrationSuite {
    /// A policy's `filesystem_policy`, which the supervisor enforces with Landlock.
    @Suite(.gateway)
    struct FilesystemPolicyTests {
        static let sandbox = "ruled"
        static let unruledSandbox = "unruled"

        /// The workspace is read-only here even though the sandbox user owns it, so a denied write
        /// there can only come from Landlock.
        static let policy = """
            version: 1
            filesystem_policy:
              include_workdir: false
              read_only: [/usr, /lib, /lib64, /bin, /etc, /proc, /dev/urandom, /sandbox]
              read_write: [/tmp, /dev/null]
            landlock:
              compatibility: hard_requirement
            """

        /// Returns the errno name of `statement` in `sandbox`, created with `policy` on first use.
        func outcome(of statement: String, in sandbox: String, policy: String) async throws -> String {
            let gateway = try TestGateway.require()
            let file = try gateway.writeFile(sandbox + ".yaml", policy)
            _ = try await gateway.sharedSandbox(sandbox, ["--policy", file])
            let result = try await gateway.python(sandbox, PythonSnippets.errno(of: statement))
            #expect(result.exitCode == 0, "\(result)")
            return result.output
        }

        @Test func readWritePathWritable() async throws {
            let outcome = try await outcome(
                of: "open('/tmp/allowed.txt', 'w').write('x')", in: Self.sandbox, policy: Self.policy)

            #expect(outcome == "OK")
        }

        @Test func readOnlyPathNotWritable() async throws {
            let outcome = try await outcome(
                of: "open('/sandbox/denied.txt', 'w').write('x')", in: Self.sandbox, policy: Self.policy)

            #expect(outcome == "EACCES")
        }

        @Test func readOnlyPathNoDirectory() async throws {
            let outcome = try await outcome(of: "os.mkdir('/sandbox/denied')", in: Self.sandbox, policy: Self.policy)

            #expect(outcome == "EACCES")
        }

        @Test func readOnlyPathReadable() async throws {
            let outcome = try await outcome(of: "os.listdir('/sandbox')", in: Self.sandbox, policy: Self.policy)

            #expect(outcome == "OK")
        }

        // /var/tmp is writable for everyone by its mode and mount, but the policy lists no /var.
        @Test func unlistedPathNotWritable() async throws {
            let outcome = try await outcome(
                of: "open('/var/tmp/denied.txt', 'w').write('x')", in: Self.sandbox, policy: Self.policy)

            #expect(outcome == "EACCES")
        }

        @Test func unlistedPathNotReadable() async throws {
            let outcome = try await outcome(of: "os.listdir('/var')", in: Self.sandbox, policy: Self.policy)

            #expect(outcome == "EACCES")
        }

        // The control: without a filesystem_policy there are no Landlock rules, and the same write succeeds.
        @Test func workspaceWritableWithoutPolicy() async throws {
            let outcome = try await outcome(
                of: "open('/sandbox/allowed.txt', 'w').write('x')", in: Self.unruledSandbox, policy: "version: 1\n")

            #expect(outcome == "OK")
        }

        @Test func varTmpWritableWithoutPolicy() async throws {
            let outcome = try await outcome(
                of: "open('/var/tmp/allowed.txt', 'w').write('x')", in: Self.unruledSandbox, policy: "version: 1\n")

            #expect(outcome == "OK")
        }
    }
}
