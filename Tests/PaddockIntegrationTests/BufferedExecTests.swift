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
    }
}
