import Foundation
import Testing

extension IntegrationSuite {
    /// Providers through the real CLI and gateway, and the promise that a secret reaches only the
    /// proxy's settings file: not the sandbox, not a log, not the store, not an API response.
    @Suite(.serialized)
    struct ProviderEndToEndTests {
        static let secret = "sk-test-4f9c2a7e1b3d5f60"
        /// Matches the secret without containing it, so that the scan's own command line and
        /// environment inside the sandbox do not match.
        static let secretPattern = "sk-test-4f9c2a7[e]1b3d5f60"

        @Test func providerLifecycle() throws {
            let gateway = try GatewayFixture()
            defer { gateway.stop() }

            let created = gateway.run(
                [
                    "provider", "create", "--name", "github", "--credential", "GITHUB_TOKEN", "--endpoint",
                    "api.github.com:443",
                ],
                environment: ["GITHUB_TOKEN": Self.secret])
            #expect(created.status == 0)
            #expect(created.output == "github\n")

            let duplicate = gateway.run(["provider", "create", "--name", "github", "--credential", "A=b"])
            #expect(duplicate.status != 0)
            #expect(duplicate.error.contains("provider 'github' already exists"))

            let missing = gateway.run(["provider", "create", "--name", "other", "--credential", "UNSET_TOKEN_VARIABLE"])
            #expect(missing.status == 64)
            #expect(missing.error.contains("UNSET_TOKEN_VARIABLE is not set"))

            let invalid = gateway.run(
                ["provider", "create", "--name", "bad", "--credential", "A=b", "--endpoint", "a:99999"])
            #expect(invalid.status != 0)
            #expect(invalid.error.contains("invalid endpoint 'a:99999'"))

            let updated = try gateway.succeed(["provider", "update", "github", "--credential", "GITHUB_USER=octocat"])
            #expect(updated.contains("Credentials: GITHUB_TOKEN,GITHUB_USER"))

            let listed = try gateway.succeed(["provider", "list"])
            #expect(listed.contains("github   GITHUB_TOKEN,GITHUB_USER   api.github.com:443"))

            try gateway.succeed(["sandbox", "create", "--name", "uses-github", "--provider", "github"])
            let refused = gateway.run(["provider", "delete", "github"])
            #expect(refused.status != 0)
            #expect(refused.error.contains("provider 'github' is used by sandbox 'uses-github'"))

            try gateway.succeed(["sandbox", "delete", "uses-github"])
            #expect(try gateway.succeed(["provider", "delete", "github"]) == "deleted github\n")
            let gone = gateway.run(["provider", "get", "github"])
            #expect(gone.status != 0)
            #expect(gone.error.contains("provider 'github' not found"))
        }

        @Test func unknownProviderCreatesNothing() throws {
            let gateway = try GatewayFixture()
            defer { gateway.stop() }

            let result = gateway.run(["sandbox", "create", "--name", "orphan", "--provider", "ghost"])
            #expect(result.status != 0)
            #expect(result.error.contains("provider 'ghost' not found"))
            #expect(try gateway.succeed(["sandbox", "list"]) == "NAME   ID   PHASE   IMAGE   AGE   EXPIRES\n")
        }

        @Test func secretStaysOutOfSandbox() throws {
            let gateway = try GatewayFixture()
            defer { gateway.stop() }

            try gateway.succeed(
                [
                    "provider", "create", "--name", "openai", "--credential", "OPENAI_API_KEY", "--endpoint",
                    "api.openai.com",
                ],
                environment: ["OPENAI_API_KEY": Self.secret])
            try gateway.succeed(["sandbox", "create", "--name", "agent", "--provider", "openai"])

            let placeholder = try gateway.succeed(["sandbox", "exec", "agent", "--", "printenv", "OPENAI_API_KEY"])
            #expect(placeholder.hasPrefix("paddock-cred-openai-OPENAI_API_KEY-"))
            #expect(!placeholder.contains(Self.secret))

            let scan = """
                p="$1"
                echo "env=$(env | grep -c "$p")"
                echo "proc=$(cat /proc/[0-9]*/environ /proc/[0-9]*/cmdline 2>/dev/null | tr '\\0' '\\n' | grep -c "$p")"
                skip="--exclude-dir=proc --exclude-dir=sys --exclude-dir=dev --exclude-dir=usr"
                echo "files=$(grep -rIls $skip "$p" / | wc -l)"
                """
            let counts = try gateway.succeed(
                ["sandbox", "exec", "agent", "--", "sh", "-c", scan, "sh", Self.secretPattern])
            #expect(counts == "env=0\nproc=0\nfiles=0\n")

            // The scan would find the secret if it were there: the same pattern matches a planted copy.
            let planted = try gateway.succeed([
                "sandbox", "exec", "agent", "--", "sh", "-c",
                "printf '%s' \"$1\" | sed 's/\\[e\\]/e/' > /tmp/planted; grep -c \"$1\" /tmp/planted; rm /tmp/planted",
                "sh", Self.secretPattern,
            ])
            #expect(planted == "1\n")

            let directory = try gateway.sandboxDirectory("agent")
            let egress = try String(contentsOfFile: directory + "/egress.json", encoding: .utf8)
            #expect(egress.contains(Self.secret))
            let attributes = try FileManager.default.attributesOfItem(atPath: directory + "/egress.json")
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            #expect((attributes[.ownerAccountID] as? Int) == 0)

            for file in ["config.json", "supervisor.log"] {
                let text = (try? String(contentsOfFile: directory + "/" + file, encoding: .utf8)) ?? ""
                #expect(!text.contains(Self.secret), "\(file) contains the secret")
            }
            #expect(!gateway.gatewayLog.isEmpty)
            #expect(!gateway.gatewayLog.contains(Self.secret))

            for suffix in ["", "-wal", "-shm"] {
                let path = gateway.stateDirectory + "/paddock.db" + suffix
                let raw = FileManager.default.contents(atPath: path) ?? Data()
                #expect(raw.range(of: Data(Self.secret.utf8)) == nil, "paddock.db\(suffix) contains the secret")
            }

            let responses = [
                ["provider", "get", "openai", "-o", "json"], ["provider", "list", "-o", "json"],
                ["sandbox", "get", "agent", "-o", "json"], ["sandbox", "list", "-o", "json"],
                ["policy", "get", "agent", "-o", "json"], ["logs", "agent", "-o", "json"],
            ]
            for arguments in responses {
                let output = try gateway.succeed(arguments)
                #expect(!output.isEmpty)
                #expect(!output.contains(Self.secret), "paddock \(arguments.joined(separator: " ")) shows the secret")
            }
            let sandbox = try gateway.succeed(["sandbox", "get", "agent", "-o", "json"])
            #expect(sandbox.contains("\"openai\""))
        }

        @Test func egressOptionsReachSettingsFile() throws {
            let gateway = try GatewayFixture()
            defer { gateway.stop() }

            try gateway.succeed([
                "sandbox", "create", "--name", "tester", "--egress-host-override", "api.test=127.0.0.1",
                "--egress-allow-loopback",
            ])
            let data = try #require(
                FileManager.default.contents(atPath: try gateway.sandboxDirectory("tester") + "/egress.json"))
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let options = try #require(object["options"] as? [String: Any])
            #expect(options["host_overrides"] as? [String: String] == ["api.test": "127.0.0.1"])
            #expect(options["allow_loopback_upstreams"] as? Bool == true)
            #expect(gateway.gatewayLog.contains("egress proxy may dial loopback addresses"))

            let rejected = gateway.run(
                ["sandbox", "create", "--name", "bad", "--egress-host-override", "api.test=nowhere"])
            #expect(rejected.status != 0)
            #expect(rejected.error.contains("invalid egress host override api.test=nowhere"))
        }

        @Test func placeholderSurvivesRestart() throws {
            let gateway = try GatewayFixture()
            defer { gateway.stop() }

            try gateway.succeed(["provider", "create", "--name", "gh", "--credential", "GH_TOKEN=first-value"])
            try gateway.succeed(["sandbox", "create", "--name", "keeper", "--provider", "gh"])
            let before = try gateway.succeed(["sandbox", "exec", "keeper", "--", "printenv", "GH_TOKEN"])
            try gateway.succeed(["provider", "update", "gh", "--credential", "GH_TOKEN=rotated-value"])
            try gateway.succeed(["sandbox", "stop", "keeper"])
            try gateway.succeed(["sandbox", "start", "keeper"])
            let after = try gateway.succeed(["sandbox", "exec", "keeper", "--", "printenv", "GH_TOKEN"])
            #expect(after == before)

            let egressPath = try gateway.sandboxDirectory("keeper") + "/egress.json"
            let egress = try String(contentsOfFile: egressPath, encoding: .utf8)
            #expect(egress.contains("rotated-value"))
            #expect(!egress.contains("first-value"))
        }
    }
}
