import Testing

@testable import PaddockPolicy

struct BinaryMatcherTests {
    struct MatchCase: Sendable, CustomTestStringConvertible {
        let pattern: String
        let path: String
        let matches: Bool

        var testDescription: String { "\(pattern) vs \(path)" }
    }

    static let matchCases: [MatchCase] = [
        MatchCase(pattern: "/usr/bin/curl", path: "/usr/bin/curl", matches: true),
        MatchCase(pattern: "/usr/bin/curl", path: "/usr/bin/curl2", matches: false),
        MatchCase(pattern: "/usr/bin/python[3]", path: "/usr/bin/python[3]", matches: true),
        MatchCase(pattern: "/usr/bin/python[3]", path: "/usr/bin/python3", matches: false),
        MatchCase(pattern: "/usr/bin/python?", path: "/usr/bin/python3", matches: false),
        MatchCase(pattern: "/opt/*/bin/aws", path: "/opt/aws-cli/bin/aws", matches: true),
        MatchCase(pattern: "/opt/*/bin/aws", path: "/opt/a/b/bin/aws", matches: false),
        MatchCase(pattern: "/usr/bin/python3*", path: "/usr/bin/python3.11", matches: true),
        MatchCase(pattern: "/usr/bin/python3*", path: "/usr/bin/python3/x", matches: false),
        MatchCase(pattern: "/usr/lib/postgresql/**", path: "/usr/lib/postgresql/15/bin/psql", matches: true),
        MatchCase(pattern: "/usr/lib/postgresql/**", path: "/usr/lib/postgres/15/bin/psql", matches: false),
        MatchCase(
            pattern: "/sandbox/.uv/python/**", path: "/sandbox/.uv/python/cpython-3.12/bin/python3", matches: true),
        MatchCase(
            pattern: "/usr/lib/node_modules/@github/copilot/node_modules/@github/**/copilot",
            path: "/usr/lib/node_modules/@github/copilot/node_modules/@github/copilot-linux-x64/copilot",
            matches: true),
        MatchCase(pattern: "/usr/lib/node_modules/@openai/**", path: "/usr/bin/node", matches: false),
    ]

    @Test(arguments: matchCases) func binaryMatching(_ testCase: MatchCase) {
        #expect(BinaryMatcher(path: testCase.pattern).matches(testCase.path) == testCase.matches)
    }

    @Test func ancestorMatchCounts() {
        let matcher = BinaryMatcher(path: "/usr/local/bin/claude")
        #expect(matcher.matches(executable: "/usr/bin/node", ancestors: ["/usr/bin/bash", "/usr/local/bin/claude"]))
        #expect(!matcher.matches(executable: "/usr/bin/node", ancestors: ["/usr/bin/bash"]))
    }

    @Test func brokenGlobMatchesNothing() {
        #expect(!BinaryMatcher(path: "/opt/[*").matches("/opt/[x"))
    }
}
