import Testing

@testable import PaddockPolicy

struct QueryMatcherTests {
    @Test func globCrossesSlashes() {
        #expect(QueryMatcher.glob("NVIDIA/*").matches("NVIDIA/OpenShell"))
        #expect(QueryMatcher.glob("a*").matches("a/b/c"))
        #expect(!QueryMatcher.glob("NVIDIA/*").matches("openai/codex"))
    }

    @Test func anyMatchesOneOfGlobs() {
        let matcher = QueryMatcher.any(["created", "up*"])
        #expect(matcher.matches("created"))
        #expect(matcher.matches("updated"))
        #expect(!matcher.matches("pushed"))
    }

    @Test func globsListEveryPattern() {
        #expect(QueryMatcher.glob("x").globs == ["x"])
        #expect(QueryMatcher.any(["a", "b"]).globs == ["a", "b"])
    }
}
