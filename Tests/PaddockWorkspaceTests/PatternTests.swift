import Testing

@testable import PaddockWorkspace

@Suite struct PatternTests {
    @Test func doubleStarMatchesAnyDepth() throws {
        let pattern = try GlobPattern("**/*.md")
        #expect(pattern.matches(relativePath: "a.md"))
        #expect(pattern.matches(relativePath: "x/y/a.md"))
        #expect(!pattern.matches(relativePath: "x/a.txt"))
    }

    @Test func singleStarStaysInOneDirectory() throws {
        let pattern = try GlobPattern("src/*.swift")
        #expect(pattern.matches(relativePath: "src/a.swift"))
        #expect(!pattern.matches(relativePath: "src/sub/a.swift"))
    }

    @Test func unclosedBracketIsRejected() {
        #expect(throws: PatternError.self) { try GlobPattern("[abc") }
        #expect(throws: PatternError.self) { try GlobPattern("") }
    }

    @Test func invalidRegexIsRejected() {
        #expect(throws: PatternError.self) { try RegexBuilder.compile("(open") }
    }

    @Test func fixedStringsMatchLiterally() throws {
        let regex = try RegexBuilder.compile("a.b", fixed: true)
        #expect(regex.matches("xa.by"))
        #expect(!regex.matches("axb"))
    }

    @Test func ansiQuotingKeepsSpecialCharacters() {
        #expect(ShellSession.ansiQuoted("it's\n\\x") == #"$'it\'s\n\\x'"#)
        #expect(ShellSession.ansiQuoted("\u{1B}[0m") == #"$'\x1b[0m'"#)
    }
}
