import Testing

@testable import PaddockPolicy

struct YAMLParserTests {
    private func parse(_ text: String) throws -> YAMLNode {
        try YAMLParser.parse(Array(text.utf8), issues: IssueCollector(fileName: "test.yaml"))
    }

    /// Parses `text` and returns the issues, whether parsing threw or only collected them.
    private func problems(_ text: String) -> [PolicyError.Issue] {
        let issues = IssueCollector(fileName: "test.yaml")
        do {
            _ = try YAMLParser.parse(Array(text.utf8), issues: issues)
            return issues.error()?.issues ?? []
        } catch {
            return error.issues
        }
    }

    private func value(_ scalar: String) throws -> YAMLScalar.Value? {
        try parse("key: \(scalar)\n")["key"]?.scalar?.value
    }

    static let scalarCases: [(text: String, value: YAMLScalar.Value)] = [
        ("true", .bool(true)), ("False", .bool(false)), ("TRUE", .bool(true)),
        ("yes", .string("yes")), ("on", .string("on")),
        ("42", .int(42)), ("-7", .int(-7)), ("+3", .int(3)), ("0755", .int(755)),
        ("0x1F", .int(31)), ("0o17", .int(15)),
        ("1.5", .float(1.5)), ("1e3", .float(1000)), (".inf", .float(.infinity)),
        ("~", .null), ("null", .null), ("", .null),
        ("\"443\"", .string("443")), ("'true'", .string("true")), ("\"\"", .string("")),
        ("/usr/bin/curl", .string("/usr/bin/curl")), ("1.2.3", .string("1.2.3")),
        ("!!str 5", .string("5")), ("!!int \"7\"", .int(7)), ("! 12", .string("12")),
        ("|\n  text\n", .string("text\n")), (">-\n  folded\n  line\n", .string("folded line")),
    ]

    @Test(arguments: scalarCases) func scalarResolves(_ scalarCase: (text: String, value: YAMLScalar.Value)) throws {
        #expect(try value(scalarCase.text) == scalarCase.value)
    }

    @Test func hugeIntegerStaysNumber() throws {
        guard case .float? = try value("99999999999999999999") else {
            Issue.record("expected a number")
            return
        }
    }

    @Test func badTagValueReported() {
        let messages = problems("key: !!bool maybe\n").map(\.message)
        #expect(messages == ["invalid !!bool value \"maybe\"; expected true or false"])
    }

    @Test func positionsAreOneBased() throws {
        let root = try parse("outer:\n  inner: [10, 20]\n")
        let inner = try #require(root["outer"]?["inner"])
        let second = try #require(inner.sequence?.last)
        #expect(root.line == 1)
        #expect(root.column == 1)
        #expect(inner.line == 2)
        #expect(inner.column == 10)
        #expect(second.line == 2)
        #expect(second.column == 15)
    }

    @Test func positionsCountCharactersNotBytes() throws {
        let root = try parse("é: ü\nnext: [1]\n")
        let first = try #require(root.mapping?.first?.value)
        #expect(first.column == 4)
    }

    @Test func mappingKeepsKeyOrder() throws {
        let root = try parse("zeta: 1\nalpha: 2\nmid: 3\n")
        #expect(root.mapping?.map { $0.key.scalar?.text } == ["zeta", "alpha", "mid"])
    }

    @Test func flowAndBlockStylesAgree() throws {
        let block = try parse("a:\n  - x\n  - y\nb: {c: 1}\n")
        let flow = try parse("{a: [x, y], b: {c: 1}}")
        #expect(block["a"]?.sequence?.compactMap { $0.scalar?.text } == ["x", "y"])
        #expect(flow["a"]?.sequence?.compactMap { $0.scalar?.text } == ["x", "y"])
        #expect(block["b"]?["c"]?.scalar?.value == flow["b"]?["c"]?.scalar?.value)
    }

    @Test func aliasCopiesAnchoredNode() throws {
        let root = try parse("base: &shared {host: a, port: 1}\ncopy: *shared\n")
        let base = try #require(root["base"])
        let copy = try #require(root["copy"])
        #expect(copy == base)
        #expect(copy.line == 1)
    }

    @Test func aliasBombRejected() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...6 {
            lines.append(
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        let messages = problems(lines.joined(separator: "\n")).map(\.message)
        #expect(messages.contains { $0.contains("past 100000 aliased nodes") })
    }

    @Test func moderateAliasReuseAccepted() throws {
        var lines = ["list: &list [" + Array(repeating: "item", count: 100).joined(separator: ", ") + "]"]
        for index in 0..<50 {
            lines.append("copy\(index): *list")
        }
        let root = try parse(lines.joined(separator: "\n"))
        #expect(root["copy49"]?.sequence?.count == 100)
    }

    @Test func undefinedAliasReported() {
        let issues = problems("a: *missing\n")
        #expect(issues.map(\.fieldPath) == ["a"])
        #expect(issues.first?.message.hasPrefix("undefined alias *missing") == true)
    }

    @Test func selfReferenceIsUndefined() {
        let messages = problems("a: &loop [*loop]\n").map(\.message)
        #expect(messages.contains { $0.hasPrefix("undefined alias *loop") })
    }

    @Test func duplicateKeyNamesBothLines() {
        let issues = problems("top:\n  a: 1\n  b: 2\n  a: 3\n")
        #expect(issues.count == 1)
        #expect(issues.first?.fieldPath == "top.a")
        #expect(issues.first?.line == 4)
        #expect(issues.first?.message.contains("at line 4; it is already set at line 2") == true)
    }

    @Test func duplicateKeyKeepsFirstValue() throws {
        let issues = IssueCollector(fileName: "test.yaml")
        let root = try YAMLParser.parse(Array("a: 1\na: 2\n".utf8), issues: issues)
        #expect(root.mapping?.count == 1)
        #expect(root["a"]?.scalar?.value == .int(1))
    }

    @Test func complexKeyRejected() {
        let messages = problems("? [a, b]\n: value\n").map(\.message)
        #expect(messages == ["mapping keys must be scalars, not a sequence"])
    }

    @Test func secondDocumentRejected() {
        let issues = problems("a: 1\n---\nb: 2\n")
        #expect(issues.map(\.line) == [2])
        #expect(issues.first?.message.contains("exactly one document") == true)
    }

    @Test func explicitSingleDocumentAccepted() throws {
        let root = try parse("---\na: 1\n...\n")
        #expect(root["a"]?.scalar?.value == .int(1))
    }

    @Test func emptyStreamRejected() {
        let issues = problems("# only a comment\n")
        #expect(issues.map(\.message) == ["empty document; a policy is a mapping that starts with version: 1"])
    }

    @Test func tabIndentationReportsPosition() {
        let issues = problems("a:\n\tb: 1\n")
        #expect(issues.first?.line == 2)
        #expect(issues.first?.column == 1)
        #expect(issues.first?.message.contains("tabs are not allowed") == true)
    }

    @Test func syntaxErrorKeepsLibyamlProblem() {
        let issues = problems("a: [1, 2\nb: 3\n")
        #expect(issues.first?.message.hasPrefix("invalid YAML: did not find expected ',' or ']'") == true)
        #expect(issues.first?.line == 2)
    }

    @Test func invalidUTF8ReportsLine() {
        let bytes = Array("a: 1\nb: ".utf8) + [0xFF, 0x0A]
        let issues = IssueCollector(fileName: "test.yaml")
        var message = ""
        var line: Int?
        do {
            _ = try YAMLParser.parse(bytes, issues: issues)
        } catch {
            message = error.issues.first?.message ?? ""
            line = error.issues.first?.line
        }
        #expect(message.contains("UTF-8"))
        #expect(line == 2)
    }

    @Test func deepNestingRejected() {
        let depth = YAMLParser.maxDepth + 1
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let messages = problems(text).map(\.message)
        #expect(messages.contains { $0.contains("nest deeper than \(YAMLParser.maxDepth) levels") })
    }

    @Test func nestingAtLimitAccepted() throws {
        let depth = YAMLParser.maxDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(throws: Never.self) { try parse(text) }
    }

    @Test func collectionTagRejected() {
        let messages = problems("a: !!set {x: null}\n").map(\.message)
        #expect(messages == ["unsupported tag !!set on a mapping"])
    }
}
