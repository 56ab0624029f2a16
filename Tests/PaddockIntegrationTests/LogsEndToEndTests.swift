import Foundation
import Glibc
import Testing

extension IntegrationSuite {
    /// `paddock logs` through the real CLI and gateway, with audit lines appended to a sandbox's
    /// audit.jsonl the way its egress proxy writes them.
    @Suite(.serialized)
    struct LogsEndToEndTests {
        static func auditLine(_ message: String, decision: String = "deny", level: String = "warning") -> String {
            let time = ISO8601DateFormatter().string(from: Date())
            return """
                {"time":"\(time)","kind":"connection","level":"\(level)","message":"\(message)","sandbox":"logger",\
                "pid":42,"binary":"/usr/bin/curl","ancestors":["/usr/bin/bash"],"destination":"example.com:443",\
                "decision":"\(decision)","reason":"no_matching_endpoint"}

                """
        }

        static func append(_ text: String, to path: String) throws {
            let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
            #expect(fd >= 0)
            defer { close(fd) }
            let bytes = Array(text.utf8)
            #expect(write(fd, bytes, bytes.count) == bytes.count)
        }

        static func lines(_ output: String) -> [[String: Any]] {
            output.split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
        }

        @Test func lifecycleAuditAndFilters() throws {
            let gateway = try GatewayFixture()
            defer { gateway.stop() }

            try gateway.succeed(["sandbox", "create", "--name", "logger"])
            let audit = try gateway.sandboxDirectory("logger") + "/audit.jsonl"

            let initial = Self.lines(try gateway.succeed(["logs", "logger", "-o", "json"]))
            let messages = initial.compactMap { $0["message"] as? String }
            #expect(messages.contains("sandbox created"))
            #expect(messages.contains("sandbox running"))
            #expect(initial.allSatisfy { $0["sandbox"] as? String == "logger" })

            try Self.append(Self.auditLine("connection denied"), to: audit)
            try Self.append(#"{"time":"2026-12-04T10:00:00Z","kind":"connection","message":"half"#, to: audit)
            let withAudit = Self.lines(try gateway.succeed(["logs", "logger", "-o", "json"]))
            let denied = withAudit.filter { $0["message"] as? String == "connection denied" }
            #expect(denied.count == 1)
            #expect(denied.first?["binary"] as? String == "/usr/bin/curl")
            #expect(denied.first?["destination"] as? String == "example.com:443")
            #expect(denied.first?["decision"] as? String == "deny")
            #expect(denied.first?["ancestors"] as? [String] == ["/usr/bin/bash"])
            #expect(!withAudit.contains { $0["message"] as? String == "half" })

            try Self.append(#" line","level":"info"}"# + "\n", to: audit)
            let completed = Self.lines(try gateway.succeed(["logs", "logger", "-o", "json"]))
            #expect(completed.filter { $0["message"] as? String == "connection denied" }.count == 1)
            #expect(completed.filter { $0["message"] as? String == "half line" }.count == 1)

            let warnings = Self.lines(try gateway.succeed(["logs", "logger", "--level", "warning", "-o", "json"]))
            #expect(warnings.contains { $0["message"] as? String == "connection denied" })
            #expect(!warnings.contains { $0["level"] as? String == "info" })

            let future = ISO8601DateFormatter().string(from: Date().addingTimeInterval(3600))
            #expect(try gateway.succeed(["logs", "logger", "--since", future]) == "")
            // The completed line carries a time hours in the past, so only it falls outside the last hour.
            let recent = Self.lines(try gateway.succeed(["logs", "logger", "--since", "1h", "-o", "json"]))
            #expect(recent.count == completed.count - 1)
            #expect(!recent.contains { $0["message"] as? String == "half line" })

            let table = try gateway.succeed(["logs", "logger"])
            #expect(table.contains("WARNING connection connection denied decision=deny reason=no_matching_endpoint"))

            let badLevel = gateway.run(["logs", "logger", "--level", "loud"])
            #expect(badLevel.status == 64)
            let missing = gateway.run(["logs", "nobody"])
            #expect(missing.status != 0)
            #expect(missing.error.contains("sandbox 'nobody' not found"))
        }

        @Test func followStreamsNewEvents() throws {
            let gateway = try GatewayFixture()
            defer { gateway.stop() }

            try gateway.succeed(["sandbox", "create", "--name", "logger"])
            let audit = try gateway.sandboxDirectory("logger") + "/audit.jsonl"

            let follower = Process()
            follower.executableURL = URL(fileURLWithPath: gateway.binary)
            follower.arguments = ["logs", "logger", "--follow", "-o", "json"]
            var environment = ProcessInfo.processInfo.environment
            environment["PADDOCK_STATE_DIR"] = gateway.stateDirectory
            follower.environment = environment
            let output = Pipe()
            follower.standardOutput = output
            try follower.run()
            defer {
                // SIGKILL, because a child of a test thread may inherit a mask that blocks SIGTERM.
                kill(follower.processIdentifier, SIGKILL)
                follower.waitUntilExit()
            }

            try Self.append(Self.auditLine("followed event"), to: audit)
            let reader = output.fileHandleForReading
            var received = ""
            // Waits for the line with a generous bound, so that a broken follow fails instead of hanging.
            let deadline = Date().addingTimeInterval(20)
            while !received.contains("followed event"), Date() < deadline {
                var poll = pollfd(fd: reader.fileDescriptor, events: Int16(POLLIN), revents: 0)
                guard Glibc.poll(&poll, 1, 500) > 0 else { continue }
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                received += String(decoding: chunk, as: UTF8.self)
            }
            #expect(received.contains("sandbox running"))
            #expect(received.contains("followed event"))
            #expect(follower.isRunning)
        }
    }
}
