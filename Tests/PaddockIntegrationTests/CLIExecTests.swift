import Foundation
import Glibc
import Testing

extension IntegrationSuite {
    /// `paddock sandbox exec`, upload and download against a real sandbox: exit statuses, input,
    /// working directory, environment and files.
    @Suite(.gateway)
    struct CLIExecTests {
        static let sandbox = "cli"

        /// Runs `paddock sandbox exec cli OPTIONS -- COMMAND`.
        func exec(_ command: [String], options: [String] = [], input: Data? = nil) async throws -> ProcessResult {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)
            let arguments = ["sandbox", "exec", Self.sandbox] + options + ["--"] + command
            return try await gateway.paddock(arguments, input: input)
        }

        @Test func exitCodePropagates() async throws {
            let result = try await exec(["sh", "-c", "exit 7"])

            #expect(result.exitCode == 7)
        }

        @Test func signalExitCode() async throws {
            let result = try await exec(["sh", "-c", "kill -TERM $$"])

            #expect(result.exitCode == 128 + 15)
        }

        @Test func missingCommand() async throws {
            let result = try await exec(["no-such-command"])

            #expect(result.exitCode == 127)
            #expect(result.stderr == "no-such-command: command not found\n")
        }

        @Test func missingCommandInShell() async throws {
            let result = try await exec(["sh", "-c", "no-such-command"])

            #expect(result.exitCode == 127)
            #expect(result.stderr == "sh: 1: no-such-command: not found\n")
        }

        @Test func timeoutExitCode() async throws {
            let result = try await exec(["sleep", "60"], options: ["--timeout", "1"])

            #expect(result.exitCode == 124)
            #expect(result.stderr.contains("timed out after 1s and was killed"), "\(result)")
        }

        /// `cat` reads its input only while its output is read, so 20 MB in both directions at once
        /// passes only through a relay that never lets one direction block the other.
        @Test func largeInputAndOutputAtOnce() async throws {
            let input = Data((0..<(20 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 10) })

            let result = try await exec(["cat"], input: input)
            let sentDigest = try await Digest.sha256(input)
            let receivedDigest = try await Digest.sha256(result.standardOutput)

            #expect(!result.timedOut, "\(result.exitCode), \(result.standardOutput.count) bytes out")
            #expect(result.exitCode == 0)
            #expect(result.standardOutput.count == input.count)
            #expect(receivedDigest == sentDigest)
        }

        /// The CLI is killed with SIGKILL, so only the dropped connection tells the supervisor.
        @Test func killedCLIEndsCommand() async throws {
            let gateway = try TestGateway.require()
            let record = try await gateway.sharedSandbox(Self.sandbox)
            let isRunning: @Sendable () -> Bool = {
                HostProcesses.inCgroup(of: record.id).contains { HostProcesses.commandLine(of: $0) == "sleep 301" }
            }

            async let killed = gateway.paddock(["sandbox", "exec", Self.sandbox, "--", "sleep", "301"], timeout: 5)
            let started = await Poll.until(timeout: 30) { isRunning() }
            let result = try await killed
            let ended = await Poll.until(timeout: 30) { !isRunning() }

            #expect(started)
            #expect(result.timedOut, "\(result)")
            #expect(ended, "sleep 301 still runs after the CLI was killed")
        }

        @Test func standardInputForwarded() async throws {
            let input = "first line\nsecond line\n"

            let result = try await exec(["cat"], input: Data(input.utf8))

            #expect(result.exitCode == 0)
            #expect(result.stdout == input)
        }

        @Test func largeInputForwarded() async throws {
            let input = Data((0..<(3 * 1024 * 1024)).map { UInt8(truncatingIfNeeded: $0 &* 31) })

            let result = try await exec(["sha256sum"], input: input)
            let digest = try await Digest.sha256(input)

            #expect(result.output == digest + "  -")
        }

        @Test func workdirOption() async throws {
            let result = try await exec(["pwd"], options: ["--workdir", "/tmp"])

            #expect(result.output == "/tmp")
        }

        @Test func defaultWorkdirIsWorkspace() async throws {
            let result = try await exec(["pwd"])

            #expect(result.output == "/sandbox")
        }

        @Test func missingWorkdir() async throws {
            let result = try await exec(["pwd"], options: ["--workdir", "/no/such/dir"])

            #expect(result.exitCode == 126)
            #expect(result.stderr.contains("working directory '/no/such/dir': No such file or directory"), "\(result)")
        }

        @Test func relativeWorkdirFromWorkspace() async throws {
            let setup = try await exec(["mkdir", "-p", "/sandbox/sub/dir"])
            let result = try await exec(["pwd"], options: ["--workdir", "sub/dir"])

            #expect(setup.exitCode == 0, "\(setup)")
            #expect(result.exitCode == 0, "\(result)")
            #expect(result.output == "/sandbox/sub/dir")
        }

        @Test func missingRelativeWorkdirNamed() async throws {
            let result = try await exec(["pwd"], options: ["--workdir", "no-such-dir"])

            #expect(result.exitCode == 126)
            #expect(
                result.stderr.contains("working directory '/sandbox/no-such-dir': No such file or directory"),
                "\(result)")
        }

        @Test func environmentOption() async throws {
            let result = try await exec(["printenv", "GREETING"], options: ["--env", "GREETING=hello there"])

            #expect(result.output == "hello there")
        }

        @Test func uploadDownloadRoundTrip() async throws {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)
            let contents = Data((0..<(2 * 1024 * 1024 + 17)).map { _ in UInt8.random(in: 0...255) })
            let local = gateway.directory + "/upload.bin"
            let copy = gateway.directory + "/download.bin"
            try contents.write(to: URL(fileURLWithPath: local))

            let upload = try await gateway.paddock(["sandbox", "upload", Self.sandbox, local, "/sandbox/blob.bin"])
            let inside = try await gateway.exec(Self.sandbox, ["sha256sum", "/sandbox/blob.bin"])
            let download = try await gateway.paddock(["sandbox", "download", Self.sandbox, "/sandbox/blob.bin", copy])

            #expect(upload.exitCode == 0, "\(upload)")
            let digest = try await Digest.sha256(contents)
            #expect(inside.output == digest + "  /sandbox/blob.bin")
            #expect(download.exitCode == 0, "\(download)")
            #expect(FileManager.default.contents(atPath: copy) == contents)
        }

        @Test func uploadedFileOwnedBySandboxUser() async throws {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)
            let local = try gateway.writeFile("owned.txt", "mine\n")

            let upload = try await gateway.paddock(["sandbox", "upload", Self.sandbox, local])
            let owner = try await gateway.exec(Self.sandbox, ["stat", "-c", "%u:%g", "/sandbox/owned.txt"])

            #expect(upload.exitCode == 0, "\(upload)")
            #expect(owner.output == "1000:1000")
        }

        // A FIFO would block the download and a device such as /dev/zero would never end, so a
        // program in the sandbox could hang or fill the host's disk through a name the operator trusts.
        @Test(arguments: [
            ("fifo.json", "mkfifo /sandbox/fifo.json"), ("zero.json", "ln -sf /dev/zero /sandbox/zero.json"),
        ])
        func downloadSpecialFileRejected(name: String, setup: String) async throws {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)
            let local = gateway.directory + "/special-" + name
            let creation = try await gateway.exec(Self.sandbox, ["sh", "-c", "rm -f /sandbox/\(name); \(setup)"])

            let result = try await gateway.paddock(
                ["sandbox", "download", Self.sandbox, "/sandbox/" + name, local], timeout: 60)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: gateway.directory)
                .filter { $0.contains("special-" + name) }

            #expect(creation.exitCode == 0, "\(creation)")
            #expect(!result.timedOut, "\(result)")
            #expect(result.exitCode == 1, "\(result)")
            #expect(result.stderr.contains("/sandbox/\(name): not a regular file"), "\(result)")
            #expect(leftovers.isEmpty, "\(leftovers)")
        }

        // The client is stopped once the download is under way, so it cannot finish before the
        // SIGTERM that it receives when it continues. The supervisor buffers what the client does
        // not read, so the file is smaller than the sandbox's memory limit.
        @Test func interruptedDownloadLeavesNothing() async throws {
            let gateway = try TestGateway.require()
            try await gateway.withSandbox("download-interrupted", ["--memory", "3G"]) { record in
                let target = gateway.directory + "/interrupted"
                try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
                let sparse = try await gateway.exec(record.name, ["truncate", "-s", "1G", "/sandbox/huge"])

                async let download = gateway.paddock(
                    ["sandbox", "download", record.name, "/sandbox/huge", target + "/huge"], timeout: 120)
                let growing = await Poll.until(timeout: 60, interval: 0.01) {
                    Self.largestFileSize(in: target) >= 1024 * 1024
                }
                let client = HostProcesses.matching("sandbox download \(record.name) ").first
                if let client {
                    kill(client, SIGSTOP)
                    kill(client, SIGTERM)
                    kill(client, SIGCONT)
                }
                let result = try await download
                let leftovers = try FileManager.default.contentsOfDirectory(atPath: target)

                #expect(sparse.exitCode == 0, "\(sparse)")
                #expect(growing, "the download never wrote 1 MiB: \(leftovers)")
                #expect(client != nil)
                #expect(result.exitCode == 128 + SIGTERM, "\(result)")
                #expect(leftovers.isEmpty, "\(leftovers)")
            }
        }

        /// Returns the size in bytes of the largest file in `directory`, or 0 when it has none.
        static func largestFileSize(in directory: String) -> Int {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            let sizes = names.compactMap { name in
                try? FileManager.default.attributesOfItem(atPath: directory + "/" + name)[.size] as? Int
            }
            return sizes.max() ?? 0
        }

        @Test func downloadMissingFile() async throws {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)
            let local = gateway.directory + "/never.bin"

            let result = try await gateway.paddock(["sandbox", "download", Self.sandbox, "/sandbox/never.bin", local])

            #expect(result.exitCode == 1)
            #expect(result.stderr.contains("/sandbox/never.bin"), "\(result)")
            #expect(!FileManager.default.fileExists(atPath: local))
        }
    }
}
