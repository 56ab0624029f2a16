import Testing

extension IntegrationSuite {
    /// What the `host` image hides and protects, checked as the sandbox user from inside.
    @Suite(.gateway)
    struct FilesystemIsolationTests {
        static let sandbox = "files"

        /// Returns the errno name that `statement` raises inside the sandbox, or `OK`.
        func outcome(of statement: String) async throws -> String {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)
            let result = try await gateway.python(Self.sandbox, PythonSnippets.errno(of: statement))
            #expect(result.exitCode == 0, "\(result)")
            return result.output
        }

        // /etc/shadow is covered by a root-owned file with mode 0000, so the sandbox user gets
        // EACCES rather than ENOENT.
        @Test func shadowFileUnreadable() async throws {
            let outcome = try await outcome(of: "open('/etc/shadow').read()")

            #expect(outcome == "EACCES")
        }

        @Test func shadowFileIsEmptyMask() async throws {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)

            let result = try await gateway.exec(Self.sandbox, ["stat", "-c", "%u %a %s", "/etc/shadow"])

            #expect(result.output == "0 0 0")
        }

        // /root is an empty directory of the sandbox's own, owned by root with mode 0700.
        @Test func rootHomeUnlistable() async throws {
            let outcome = try await outcome(of: "os.listdir('/root')")

            #expect(outcome == "EACCES")
        }

        // /usr is a read-only bind mount, which the kernel checks before the directory's owner.
        @Test func usrReadOnly() async throws {
            let outcome = try await outcome(of: "open('/usr/paddock-escape', 'w')")

            #expect(outcome == "EROFS")
        }

        // Opening an existing root-owned file for writing fails at the permission check, which the
        // kernel makes before it looks at the read-only mount.
        @Test func usrFileNotWritable() async throws {
            let outcome = try await outcome(of: "open('/usr/bin/env', 'a')")

            #expect(outcome == "EACCES")
        }

        @Test func hostnameIsSandboxName() async throws {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)

            let result = try await gateway.exec(Self.sandbox, ["hostname"])

            #expect(result.output == Self.sandbox)
        }

        @Test func kernelHostnameIsSandboxName() async throws {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)

            let result = try await gateway.exec(Self.sandbox, ["cat", "/proc/sys/kernel/hostname"])

            #expect(result.output == Self.sandbox)
        }

        // Changing the host name needs CAP_SYS_ADMIN in the UTS namespace, which sandbox processes lack.
        @Test func hostnameUnchangeable() async throws {
            let outcome = try await outcome(of: "import socket; socket.sethostname('elsewhere')")

            #expect(outcome == "EPERM")
        }
    }
}
