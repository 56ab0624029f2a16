import Testing

@testable import PaddockPolicy

struct SandboxPolicyTests {
    private let base = """
        version: 1
        filesystem_policy:
          include_workdir: true
          read_only: [/usr]
          read_write: [/tmp]
        landlock: {compatibility: best_effort}
        process: {run_as_user: sandbox}
        network_policies:
          github:
            endpoints: [{host: api.github.com, port: 443}]
            binaries: [{path: /usr/bin/gh}]
        """

    @Test func restrictiveDefaultContents() {
        let policy = SandboxPolicy.restrictiveDefault
        #expect(policy.version == 1)
        #expect(
            policy.filesystemPolicy?.readOnly == ["/usr", "/lib", "/proc", "/dev/urandom", "/app", "/etc", "/var/log"])
        #expect(policy.filesystemPolicy?.readWrite == ["/sandbox", "/tmp", "/dev/null"])
        #expect(policy.filesystemPolicy?.includeWorkdir == true)
        #expect(policy.landlock.compatibility == .bestEffort)
        #expect(policy.process.runAsUser == .sandbox)
        #expect(policy.process.runAsGroup == .sandbox)
        #expect(policy.networkPolicies.isEmpty)
        #expect(policy.networkMiddlewares.isEmpty)
    }

    @Test func restrictiveDefaultMatchesCorpusFile() throws {
        let path = try PolicyFixture.corpusURL.appendingPathComponent("valid/restrictive-default.yaml").path
        #expect(try PolicyLoader.load(path: path) == .restrictiveDefault)
    }

    @Test func networkPoliciesSortedByKey() throws {
        let yaml = "version: 1\nnetwork_policies:\n  zeta: {}\n  alpha: {}\n  mid: {name: middle}\n"
        let policies = try PolicyLoader.parse(yaml: yaml).networkPolicies
        #expect(policies.map(\.key) == ["alpha", "mid", "zeta"])
        #expect(policies.map(\.name) == ["alpha", "middle", "zeta"])
    }

    @Test func staticSectionsEqualIgnoresNetwork() throws {
        let original = try PolicyLoader.parse(yaml: base)
        let changed = try PolicyLoader.parse(yaml: base.replacingOccurrences(of: "api.github.com", with: "github.com"))
        #expect(original != changed)
        #expect(original.staticSectionsEqual(changed))
    }

    @Test(arguments: [
        ("read_only: [/usr]", "read_only: [/usr, /opt]"),
        ("include_workdir: true", "include_workdir: false"),
        ("compatibility: best_effort", "compatibility: hard_requirement"),
        ("run_as_user: sandbox", "run_as_user: 1000"),
    ])
    func staticSectionsEqualDetectsChange(_ change: (from: String, to: String)) throws {
        let original = try PolicyLoader.parse(yaml: base)
        let changed = try PolicyLoader.parse(yaml: base.replacingOccurrences(of: change.from, with: change.to))
        #expect(!original.staticSectionsEqual(changed))
    }

    @Test func missingFilesystemSectionDiffers() throws {
        let original = try PolicyLoader.parse(yaml: base)
        var changed = original
        changed.filesystemPolicy = nil
        #expect(!original.staticSectionsEqual(changed))
    }

    @Test func withNetworkPoliciesTakesOnlyNetwork() throws {
        let original = try PolicyLoader.parse(yaml: base)
        let update = try PolicyLoader.parse(
            yaml: """
                version: 1
                landlock: {compatibility: hard_requirement}
                network_policies:
                  pypi:
                    endpoints: [{host: pypi.org, port: 443}]
                network_middlewares:
                  m: {middleware: openshell/regex, endpoints: {include: [pypi.org]}}
                """)
        let merged = original.withNetworkPolicies(from: update)
        #expect(merged.networkPolicies.map(\.key) == ["pypi"])
        #expect(merged.networkMiddlewares.map(\.key) == ["m"])
        #expect(merged.staticSectionsEqual(original))
        #expect(merged.landlock.compatibility == .bestEffort)
    }

    @Test func lookupByKey() throws {
        let policy = try PolicyLoader.parse(yaml: base)
        #expect(policy.networkPolicy(key: "github")?.endpoints.first?.host == "api.github.com")
        #expect(policy.networkPolicy(key: "gitlab") == nil)
    }

    @Test func communityBaseContents() throws {
        let path = try PolicyFixture.corpusURL.appendingPathComponent("valid/community-base.yaml").path
        let policy = try PolicyLoader.load(path: path)
        let claude = policy.networkPolicy(key: "claude_code")
        let git = policy.networkPolicy(key: "github_ssh_over_https")?.endpoints.first
        #expect(policy.networkPolicies.count == 10)
        #expect(claude?.name == "claude-code")
        #expect(claude?.endpoints.first?.access == .full)
        #expect(claude?.endpoints.first?.tls == .terminate)
        #expect(git?.rules?.map(\.path) == ["/**/info/refs*", "/**/git-upload-pack"])
        #expect(policy.process.runAsUser == .sandbox)
    }

    @Test func quickstartLeavesIdentityToRuntime() throws {
        let path = try PolicyFixture.corpusURL.appendingPathComponent("valid/quickstart.yaml").path
        let policy = try PolicyLoader.load(path: path)
        #expect(policy.process == ProcessPolicy())
        #expect(policy.networkPolicy(key: "github_api")?.endpoints.first?.access == .readOnly)
    }
}
