import PaddockCore
import Testing

@testable import PaddockPolicy

struct ErrorReportingTests {
    private let example = """
        version: 1
        network_policies:
          github:
            endpoints:
              - host: api.github.com
                port: 443
              - host: github.com
                port: 70000
            binaries: [{path: /usr/bin/git}]
        """

    @Test func issueNamesFileLineColumnAndPath() throws {
        let issues = PolicyFixture.issues(example, fileName: "policy.yaml")
        let issue = try #require(issues.first)
        #expect(issues.count == 1)
        #expect(issue.file == "policy.yaml")
        #expect(issue.line == 8)
        #expect(issue.column == 15)
        #expect(issue.fieldPath == "network_policies.github.endpoints[1].port")
        #expect(
            issue.description
                == "policy.yaml:8:15: network_policies.github.endpoints[1].port: invalid port 70000; expected 1-65535")
    }

    @Test func columnsPointAtValues() {
        let yaml = "version: 1\nfilesystem_policy:\n  read_only: [/usr, usr]\n"
        let issue = PolicyFixture.issues(yaml).first
        #expect(issue?.line == 3)
        #expect(issue?.column == 21)
    }

    @Test func unknownKeyPointsAtKey() {
        let issue = PolicyFixture.issues("version: 1\nlandlock:\n    mode: strict\n").first
        #expect(issue?.line == 3)
        #expect(issue?.column == 5)
        #expect(issue?.fieldPath == "landlock.mode")
    }

    @Test func allErrorsCollected() {
        let yaml = """
            version: 2
            filesystem_policy:
              read_only: [usr]
            process:
              run_as_user: root
            """
        let issues = PolicyFixture.issues(yaml)
        #expect(issues.map(\.fieldPath) == ["version", "filesystem_policy.read_only[0]", "process.run_as_user"])
    }

    @Test func issuesSortedByPosition() {
        let yaml =
            "version: 1\nprocess:\n  run_as_user: root\nfilesystem_policy:\n  read_write: [/]\nlandlock: {a: 1}\n"
        let lines = PolicyFixture.issues(yaml).compactMap(\.line)
        #expect(lines == lines.sorted())
        #expect(lines.count == 3)
    }

    @Test func issuesCappedAtMaximum() throws {
        let paths = (0..<30).map { "rel\($0)" }.joined(separator: ", ")
        let yaml = "version: 1\nfilesystem_policy:\n  read_only: [\(paths)]\n"
        let error = #expect(throws: PolicyError.self) { try PolicyLoader.parse(yaml: yaml) }
        #expect(error?.issues.count == PolicyError.maxIssues)
        #expect(error?.omittedIssueCount == 10)
        #expect(error?.description.split(separator: "\n").count == PolicyError.maxIssues + 1)
        #expect(error?.description.hasSuffix("10 more errors not shown; fix the ones above and load again") == true)
    }

    @Test func descriptionHasOneIssuePerLine() throws {
        let error = #expect(throws: PolicyError.self) { try PolicyLoader.parse(yaml: "version: 3\nextra: 1\n") }
        #expect(
            error?.description
                == "policy.yaml:1:10: version: unsupported version number 3; expected 1\n"
                + "policy.yaml:2:1: extra: unknown field; allowed fields here: version, filesystem_policy, landlock, "
                + "process, network_policies, network_middlewares")
    }

    @Test func unusualKeysQuotedInPath() {
        let yaml = "version: 1\nnetwork_policies:\n  my.api:\n    endpoints: [{host: a.example.com, port: 0}]\n"
        #expect(PolicyFixture.issues(yaml).first?.fieldPath == "network_policies[\"my.api\"].endpoints[0].port")
    }

    @Test func invalidPolicyNameRejected() {
        let yaml = "version: 1\nnetwork_policies:\n  \"my api\": {}\n"
        #expect(PolicyFixture.rejects(yaml, with: "invalid name \"my api\""))
    }

    @Test func convertsToPaddockError() throws {
        let error = #expect(throws: PolicyError.self) { try PolicyLoader.parse(yaml: "version: 2") }
        let shared = PaddockError(try #require(error))
        #expect(shared.code == .invalidArgument)
        #expect(shared.code.httpStatus == 400)
        #expect(shared.message.contains("policy.yaml:1:10: version: unsupported version number 2"))
    }

    @Test func documentSizeLimited() throws {
        let padding = String(repeating: "#", count: PolicyLoader.maxDocumentSize)
        let error = #expect(throws: PolicyError.self) { try PolicyLoader.parse(yaml: "version: 1\n" + padding) }
        #expect(error?.code == .tooLarge)
        #expect(error?.description.contains("at most 1048576 bytes (1 MiB) are allowed") == true)
    }

    @Test func documentAtSizeLimitLoads() {
        let prefix = "version: 1\n#"
        let yaml = prefix + String(repeating: "x", count: PolicyLoader.maxDocumentSize - prefix.utf8.count)
        #expect(throws: Never.self) { try PolicyLoader.parse(yaml: yaml) }
    }

    @Test func typeMismatchNamesWhatWasFound() {
        #expect(
            PolicyFixture.rejects(
                "version: 1\nnetwork_policies: [a]\n", with: "expected a mapping of names to entries, got a sequence"))
        #expect(
            PolicyFixture.rejects(
                "version: 1\nprocess: sandbox\n", with: "process: expected a mapping, got string \"sandbox\""))
        #expect(PolicyFixture.rejects("version: \"1\"\n", with: "unsupported version string \"1\"; expected 1"))
    }
}
