import Testing

@testable import PaddockPolicy

struct PathGlobTests {
    struct MatchCase: Sendable, CustomTestStringConvertible {
        let pattern: String
        let path: String
        let matches: Bool

        var testDescription: String { "\(pattern) vs \(path)" }
    }

    static let matchCases: [MatchCase] = [
        MatchCase(pattern: "/v1/status", path: "/v1/status", matches: true),
        MatchCase(pattern: "/v1/status", path: "/v1/status/", matches: false),
        MatchCase(pattern: "/v1/*", path: "/v1/repos", matches: true),
        MatchCase(pattern: "/v1/*", path: "/v1/repos/x", matches: false),
        MatchCase(pattern: "/v1/*", path: "/v1/", matches: true),
        MatchCase(pattern: "/v1/**", path: "/v1/repos/x/y", matches: true),
        MatchCase(pattern: "/v1/**", path: "/v2/repos", matches: false),
        MatchCase(pattern: "/repos/*/*/actions/secrets/**", path: "/repos/o/r/actions/secrets/KEY", matches: true),
        MatchCase(pattern: "/repos/*/*/actions/secrets/**", path: "/repos/o/actions/secrets/KEY", matches: false),
        MatchCase(pattern: "/**/info/refs*", path: "/org/repo.git/info/refs", matches: true),
        MatchCase(pattern: "/**/info/refs*", path: "/org/repo.git/info/refs?service=git-upload-pack", matches: true),
        MatchCase(pattern: "/**/git-upload-pack", path: "/org/repo.git/git-upload-pack", matches: true),
        MatchCase(pattern: "/**/git-upload-pack", path: "/org/repo.git/git-receive-pack", matches: false),
        MatchCase(pattern: "/file?.txt", path: "/file1.txt", matches: true),
        MatchCase(pattern: "/file?.txt", path: "/file12.txt", matches: false),
        MatchCase(pattern: "/a?b", path: "/a/b", matches: false),
        MatchCase(pattern: "/v[0-9]/x", path: "/v2/x", matches: true),
        MatchCase(pattern: "/v[0-9]/x", path: "/vb/x", matches: false),
        MatchCase(pattern: "/v[!0]/x", path: "/v1/x", matches: true),
        MatchCase(pattern: "/v[!0]/x", path: "/v0/x", matches: false),
        MatchCase(pattern: "/{users,orgs}/*", path: "/orgs/nvidia", matches: true),
        MatchCase(pattern: "/{users,orgs}/*", path: "/teams/nvidia", matches: false),
        MatchCase(pattern: "/literal\\*", path: "/literal*", matches: true),
        MatchCase(pattern: "/literal\\*", path: "/literalx", matches: false),
        MatchCase(pattern: "**", path: "/anything/at/all", matches: true),
        MatchCase(pattern: "**", path: "", matches: true),
        MatchCase(pattern: "*", path: "/x", matches: false),
    ]

    @Test(arguments: matchCases) func pathMatching(_ testCase: MatchCase) throws {
        let glob = try PathGlob(testCase.pattern)
        #expect(glob.matches(testCase.path) == testCase.matches)
    }

    static let rejectedPatterns: [(pattern: String, reason: String)] = [
        ("", "the path is empty"),
        ("v1/**", "a path glob starts with /"),
        ("/v1/[0-9", "has no closing ]"),
        ("/v1/[9-0]", "is reversed"),
        ("/v1/{a,b", "has no closing }"),
        ("/v1/a}", "has no opening {"),
        ("/v1/\\", "a trailing \\ escapes nothing"),
        ("/{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}", "expand to more than 64 patterns"),
    ]

    @Test(arguments: rejectedPatterns) func invalidGlobRejected(_ rejected: (pattern: String, reason: String)) {
        #expect {
            _ = try PathGlob(rejected.pattern)
        } throws: { error in
            (error as? PatternError)?.reason.contains(rejected.reason) == true
        }
    }

    @Test func longTextMatchesWithoutBacktracking() throws {
        let glob = try PathGlob("/**a**a**a**a**a**b")
        let path = "/" + String(repeating: "a/", count: 2000)
        #expect(!glob.matches(path))
    }
}
