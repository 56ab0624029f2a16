import Testing

@testable import PaddockPolicy

struct HostPatternTests {
    struct MatchCase: Sendable, CustomTestStringConvertible {
        let pattern: String
        let host: String
        let matches: Bool

        var testDescription: String { "\(pattern) vs \(host)" }
    }

    static let matchCases: [MatchCase] = [
        MatchCase(pattern: "api.github.com", host: "api.github.com", matches: true),
        MatchCase(pattern: "api.github.com", host: "API.GitHub.com", matches: true),
        MatchCase(pattern: "API.GITHUB.COM", host: "api.github.com", matches: true),
        MatchCase(pattern: "api.github.com", host: "api.github.com.", matches: true),
        MatchCase(pattern: "api.github.com", host: "github.com", matches: false),
        MatchCase(pattern: "api.github.com", host: "xapi.github.com", matches: false),
        MatchCase(pattern: "*.example.com", host: "api.example.com", matches: true),
        MatchCase(pattern: "*.example.com", host: "API.Example.com", matches: true),
        MatchCase(pattern: "*.example.com", host: "example.com", matches: false),
        MatchCase(pattern: "*.example.com", host: "a.b.example.com", matches: false),
        MatchCase(pattern: "*.example.com", host: ".example.com", matches: false),
        MatchCase(pattern: "*.example.com", host: "api.example.org", matches: false),
        MatchCase(pattern: "**.example.com", host: "api.example.com", matches: true),
        MatchCase(pattern: "**.example.com", host: "a.b.c.example.com", matches: true),
        MatchCase(pattern: "**.example.com", host: "example.com", matches: false),
        MatchCase(pattern: "**.example.com", host: "a..example.com", matches: false),
        MatchCase(pattern: "*-aiplatform.googleapis.com", host: "us-central1-aiplatform.googleapis.com", matches: true),
        MatchCase(pattern: "*-aiplatform.googleapis.com", host: "-aiplatform.googleapis.com", matches: true),
        MatchCase(pattern: "*-aiplatform.googleapis.com", host: "aiplatform.googleapis.com", matches: false),
        MatchCase(pattern: "*-aiplatform.googleapis.com", host: "a.b-aiplatform.googleapis.com", matches: false),
        MatchCase(pattern: "api.*.example.com", host: "api.eu.example.com", matches: true),
        MatchCase(pattern: "api.*.example.com", host: "api.example.com", matches: false),
        MatchCase(pattern: "api.*.example.com", host: "api.a.b.example.com", matches: false),
        MatchCase(pattern: "10.0.0.5", host: "10.0.0.5", matches: true),
        MatchCase(pattern: "10.0.0.5", host: "10.0.0.50", matches: false),
        MatchCase(pattern: "2001:db8::1", host: "2001:DB8::1", matches: true),
    ]

    @Test(arguments: matchCases) func hostMatching(_ testCase: MatchCase) throws {
        let pattern = try HostPattern(testCase.pattern)
        #expect(pattern.matches(testCase.host) == testCase.matches)
    }

    static let rejectedPatterns: [(pattern: String, reason: String)] = [
        ("", "the host is empty"),
        ("*", "a wildcard alone would match every host"),
        ("**", "a wildcard alone would match every host"),
        ("*.com", "a wildcard over a top-level domain is too broad"),
        ("**.com", "a wildcard over a top-level domain is too broad"),
        ("*.*.com", "a wildcard over a top-level domain is too broad"),
        ("api.foo*.example.com", "a wildcard after the first label must be a whole * label"),
        ("api.**.example.com", "a wildcard after the first label must be a whole * label"),
        ("a**.example.com", "** must be the whole first label"),
        ("https://api.example.com", "not a URL"),
        ("api.example.com:443", "a host cannot contain a port"),
        ("api.example.com/v1", "a host cannot contain /"),
        ("api example.com", "cannot appear in a host"),
        ("api..example.com", "the host has an empty label"),
        (String(repeating: "a", count: 64) + ".example.com", "longer than 63 characters"),
        (String(repeating: "abcdefghi.", count: 26) + "com", "longer than 253 characters"),
    ]

    @Test(arguments: rejectedPatterns) func invalidPatternRejected(_ rejected: (pattern: String, reason: String)) {
        #expect {
            _ = try HostPattern(rejected.pattern)
        } throws: { error in
            (error as? PatternError)?.reason.contains(rejected.reason) == true
        }
    }

    @Test func wildcardFlagReflectsPattern() throws {
        #expect(try HostPattern("*.example.com").isWildcard)
        #expect(try !HostPattern("example.com").isWildcard)
    }

    @Test func addressLiteralDetected() throws {
        #expect(try HostPattern("192.0.2.1").isIPAddress)
        #expect(try HostPattern("::1").isIPAddress)
        #expect(try !HostPattern("example.com").isIPAddress)
    }
}
