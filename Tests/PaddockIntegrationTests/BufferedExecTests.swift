import Foundation
import Testing

extension IntegrationSuite {
    /// `POST /v1/sandboxes/NAME/exec` called with raw JSON, as an API client would.
    @Suite(.gateway)
    struct BufferedExecTests {
        static let sandbox = "buffered"

        /// Sends `body` to the exec route of the shared sandbox. The 60 s read timeout is a hang
        /// guard for commands that otherwise return at once.
        func exec(_ body: String) async throws -> HTTPReply {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)
            return try await gateway.request(
                "POST", "/v1/sandboxes/\(Self.sandbox)/exec", json: Data(body.utf8), readTimeout: 60)
        }

        @Test func missingStdinIsClosed() async throws {
            let reply = try await exec(#"{"command": ["cat"]}"#)
            let result = try reply.decode(ExecOutput.self)

            #expect(reply.status == 200)
            #expect(result.exitCode == 0, "\(result)")
            #expect(result.stdout.isEmpty)
        }

        @Test(arguments: ["not base64!!", "aGVsbG8"])
        func invalidStdinRejected(stdin: String) async throws {
            let reply = try await exec(#"{"command": ["cat"], "stdin": "\#(stdin)"}"#)

            #expect(reply.status == 400, "\(String(decoding: reply.body, as: UTF8.self))")
            #expect(reply.errorCode == "invalid_argument")
            #expect(reply.errorMessage?.contains("invalid stdin: \"\(stdin)\" is not base64") == true)
        }

        /// Many times a pipe's buffer, so writing all of it before reading any output would stall.
        /// Below the supervisor's 1 MiB limit on a JSON body once base64 adds a third.
        @Test func largeStdinThroughCat() async throws {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox(Self.sandbox)
            let input = Data((0..<(512 << 10)).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ $0 >> 9) })

            let result = try await gateway.exec(Self.sandbox, ["cat"], stdin: input)

            #expect(result.exitCode == 0, "\(result.exitCode)")
            #expect(result.standardOutput.count == input.count)
            #expect(result.standardOutput == input)
        }

        /// Sends a buffered exec straight to the supervisor's control socket and closes the
        /// connection before the command ends, as a client that gives up would.
        @Test func supervisorKillsCommandOfGoneClient() async throws {
            let gateway = try TestGateway.require()
            let record = try await gateway.sharedSandbox(Self.sandbox)
            let socket = gateway.sandboxDirectory(record.id) + "/control.sock"
            // The client closes only once the command runs, so the test cannot miss a command that
            // the supervisor kills quickly.
            let client = """
                import glob, socket, sys, time
                body = b'{"command": ["sleep", "302"]}'
                s = socket.socket(socket.AF_UNIX)
                s.connect(sys.argv[1])
                s.sendall(b'POST /v1/exec HTTP/1.1\\r\\nHost: x\\r\\nContent-Type: application/json\\r\\n'
                          + b'Content-Length: %d\\r\\n\\r\\n' % len(body) + body)
                def running():
                    for path in glob.glob('/proc/[0-9]*/cmdline'):
                        try:
                            if open(path, 'rb').read() == b'sleep\\x00302\\x00':
                                return True
                        except OSError:
                            pass
                    return False
                deadline = time.time() + 30
                while not running() and time.time() < deadline:
                    time.sleep(0.05)
                found = running()
                s.close()
                sys.exit(0 if found else 3)
                """
            let isRunning: @Sendable () -> Bool = {
                HostProcesses.inCgroup(of: record.id).contains { HostProcesses.commandLine(of: $0) == "sleep 302" }
            }

            let sent = try await ProcessRunner.run("/usr/bin/python3", ["-c", client, socket], timeout: 60)
            let ended = await Poll.until(timeout: 30) { !isRunning() }

            #expect(sent.exitCode == 0, "the command never started: \(sent)")
            #expect(ended, "sleep 302 still runs after its client closed the connection")
        }

        /// The same through the gateway's REST API over TCP: the gateway closes its connection to
        /// the supervisor, which then kills the command.
        @Test func gatewayKillsCommandOfGoneClient() async throws {
            let gateway = try TestGateway.require()
            let record = try await gateway.sharedSandbox(Self.sandbox)
            let address = try #require(URL(string: try gateway.url()))
            // The client keeps the connection open until the test has seen the command run, and a
            // marker file tells it when to close it.
            let marker = NSTemporaryDirectory() + "paddock-gone-client-" + UUID().uuidString
            defer { try? FileManager.default.removeItem(atPath: marker) }
            let client = """
                import os, socket, sys, time
                body = b'{"command": ["sleep", "303"]}'
                s = socket.create_connection((sys.argv[1], int(sys.argv[2])))
                s.sendall(b'POST /v1/sandboxes/%s/exec HTTP/1.1\\r\\nHost: x\\r\\n' % sys.argv[3].encode()
                          + b'Authorization: Bearer %s\\r\\n' % sys.argv[4].encode()
                          + b'Content-Type: application/json\\r\\n'
                          + b'Content-Length: %d\\r\\n\\r\\n' % len(body) + body)
                deadline = time.time() + 60
                while not os.path.exists(sys.argv[5]) and time.time() < deadline:
                    time.sleep(0.05)
                s.close()
                """
            let isRunning: @Sendable () -> Bool = {
                HostProcesses.inCgroup(of: record.id).contains { HostProcesses.commandLine(of: $0) == "sleep 303" }
            }
            let arguments = [
                "-c", client, address.host ?? "127.0.0.1", String(address.port ?? 0), Self.sandbox, try gateway.token(),
                marker,
            ]

            async let running = ProcessRunner.run("/usr/bin/python3", arguments, timeout: 90)
            let started = await Poll.until(timeout: 30) { isRunning() }
            FileManager.default.createFile(atPath: marker, contents: nil)
            let sent = try await running
            let ended = await Poll.until(timeout: 30) { !isRunning() }

            #expect(sent.exitCode == 0, "\(sent)")
            #expect(started)
            #expect(ended, "sleep 303 still runs after its client closed the connection to the gateway")
        }
    }
}
