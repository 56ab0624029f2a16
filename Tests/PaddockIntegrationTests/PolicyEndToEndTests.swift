import Foundation
import Testing

extension IntegrationSuite {
    /// Policy revisions through the real CLI, gateway and supervisor.
    @Suite(.serialized)
    struct PolicyEndToEndTests {
        static let staticSections = """
            version: 1
            filesystem_policy:
              include_workdir: true
              read_only: [/usr, /lib, /proc, /dev/urandom, /app, /etc, /var/log]
              read_write: [/sandbox, /tmp, /dev/null]
            landlock:
              compatibility: best_effort

            """

        static func policy(hosts: [String]) -> String {
            var text = staticSections + "network_policies:\n"
            for (index, host) in hosts.enumerated() {
                text += """
                      site_\(index):
                        name: site-\(index)
                        endpoints:
                          - { host: \(host), port: 443 }
                        binaries:
                          - { path: /usr/bin/curl }

                    """
            }
            return text
        }

        /// Returns the revisions as `(number, status, error)` from `policy list -o json`.
        static func revisions(_ gateway: GatewayFixture, _ name: String) throws -> [(Int, String, String?)] {
            let json = try gateway.succeed(["policy", "list", name, "-o", "json"])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let list = try #require(object["revisions"] as? [[String: Any]])
            return list.map { ($0["revision"] as? Int ?? 0, $0["status"] as? String ?? "", $0["error"] as? String) }
        }

        /// Returns the revision number and policy keys in the sandbox's egress.json.
        static func egress(_ gateway: GatewayFixture, _ name: String) throws -> (Int, [String]) {
            let path = try gateway.sandboxDirectory(name) + "/egress.json"
            let data = try #require(FileManager.default.contents(atPath: path))
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let policies = try #require(object["network_policies"] as? [[String: Any]])
            return (object["revision"] as? Int ?? -1, policies.compactMap { $0["key"] as? String })
        }

        @Test func revisionsStaticSectionsAndInvalidDocuments() throws {
            let gateway = try GatewayFixture()
            defer { gateway.stop() }

            let first = try gateway.writeFile("first.yaml", Self.policy(hosts: ["api.github.com"]))
            try gateway.succeed(["sandbox", "create", "--name", "pol", "--policy", first])
            #expect(try Self.revisions(gateway, "pol").map(\.0) == [1])
            #expect(try Self.egress(gateway, "pol") == (1, ["site_0"]))

            let second = try gateway.writeFile("second.yaml", Self.policy(hosts: ["api.github.com", "example.com"]))
            let set = try gateway.succeed(["policy", "set", "pol", "--policy", second])
            #expect(set.hasPrefix("revision 2 "))
            #expect(try Self.egress(gateway, "pol") == (2, ["site_0", "site_1"]))

            // A changed static section is rejected and stores no revision.
            let changed = try gateway.writeFile(
                "changed.yaml",
                Self.policy(hosts: ["example.com"]).replacingOccurrences(of: "/var/log]", with: "/var/log, /opt]"))
            let rejected = gateway.run(["policy", "set", "pol", "--policy", changed])
            #expect(rejected.status != 0)
            #expect(rejected.error.contains("changes filesystem_policy of sandbox 'pol'"))
            #expect(try Self.revisions(gateway, "pol").count == 2)

            // An invalid document is stored failed with the reason, and the previous revision stays.
            let broken = try gateway.writeFile(
                "broken.yaml",
                Self.staticSections
                    + "network_policies:\n  bad:\n    endpoints:\n      - { host: \"\", port: 99999 }\n")
            let invalid = gateway.run(["policy", "set", "pol", "--policy", broken])
            #expect(invalid.status != 0)
            #expect(invalid.error.contains("broken.yaml:"))
            #expect(invalid.error.contains("stored as failed revision 3"))
            let afterInvalid = try Self.revisions(gateway, "pol")
            #expect(afterInvalid.map(\.1).last == "failed")
            #expect(afterInvalid.last?.2?.contains("broken.yaml:") == true)
            #expect(try Self.egress(gateway, "pol") == (2, ["site_0", "site_1"]))
            let inForce = try gateway.succeed(["policy", "get", "pol", "-o", "json"])
            #expect(inForce.contains("\"revision\" : 2") || inForce.contains("\"revision\": 2"))
            let failedSource = try gateway.succeed(["policy", "get", "pol", "--rev", "3"])
            #expect(failedSource.contains("Status:    failed"))
            #expect(failedSource.contains("port: 99999"))
        }

        @Test func waitReportsSupervisorOutcome() throws {
            let gateway = try GatewayFixture()
            defer { gateway.stop() }

            let first = try gateway.writeFile("first.yaml", Self.policy(hosts: ["api.github.com"]))
            try gateway.succeed(["sandbox", "create", "--name", "waiter", "--policy", first])
            let second = try gateway.writeFile("second.yaml", Self.policy(hosts: ["example.com"]))
            let waited = gateway.run(["policy", "set", "waiter", "--policy", second, "--wait", "--timeout", "20s"])
            let revisions = try Self.revisions(gateway, "waiter")
            if waited.error.contains("no POST /v1/egress/reload route") {
                // A supervisor without the egress proxy: the revision is stored but cannot be confirmed.
                #expect(waited.status == 1)
                #expect(waited.output == "revision 2 pending\n")
                #expect(revisions.last?.1 == "pending")
            } else {
                #expect(waited.status == 0)
                #expect(waited.output == "revision 2 loaded\n")
                #expect(revisions.map(\.1) == ["superseded", "loaded"])
            }
        }

        @Test func stoppedSandboxKeepsRevisionPending() throws {
            let gateway = try GatewayFixture()
            defer { gateway.stop() }

            try gateway.succeed(["sandbox", "create", "--name", "sleeper"])
            try gateway.succeed(["sandbox", "stop", "sleeper"])
            let second = try gateway.writeFile("second.yaml", Self.policy(hosts: ["example.com"]))
            let waited = gateway.run(["policy", "set", "sleeper", "--policy", second, "--wait"])
            #expect(waited.status == 1)
            #expect(waited.error.contains("sandbox 'sleeper' is stopped; its supervisor loads this revision when"))
            try gateway.succeed(["sandbox", "start", "sleeper"])
            #expect(try Self.egress(gateway, "sleeper") == (2, ["site_0"]))
        }
    }
}
