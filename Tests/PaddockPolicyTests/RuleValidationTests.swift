import Testing

@testable import PaddockPolicy

struct RuleValidationTests {
    private func endpoint(_ kind: String, rules: String) -> String {
        "host: a.example.com\nport: 443\nprotocol: \(kind)\nrules:\n" + rules
    }

    private func rejects(_ kind: String, rules: String, _ fragment: String) -> Bool {
        PolicyFixture.rejects(PolicyFixture.endpoint(endpoint(kind, rules: rules)), with: fragment)
    }

    private func loadRules(_ kind: String, rules: String) throws -> [L7Rule]? {
        try PolicyFixture.loadEndpoint(endpoint(kind, rules: rules))?.rules
    }

    @Test func restRuleLoads() throws {
        let rules = try loadRules("rest", rules: "  - allow: {method: GET, path: /v1/**}")
        #expect(rules == [L7Rule(method: "GET", path: "/v1/**")])
    }

    @Test func emptyRulesRejected() {
        #expect(
            PolicyFixture.rejects(
                PolicyFixture.endpoint("host: a.example.com\nport: 443\nprotocol: rest\nrules: []"),
                with: "rules: rules is empty"))
    }

    @Test func emptyDenyRulesRejected() {
        let body = "host: a.example.com\nport: 443\nprotocol: rest\naccess: full\ndeny_rules: []"
        #expect(PolicyFixture.rejects(PolicyFixture.endpoint(body), with: "deny_rules: deny_rules is empty"))
    }

    @Test func ruleNeedsAllowWrapper() {
        #expect(
            rejects(
                "rest", rules: "  - {method: GET, path: /x}",
                "rules[0].method: unknown field; allowed fields here: allow"))
    }

    @Test func restRuleNeedsMethodAndPath() {
        #expect(rejects("rest", rules: "  - allow: {path: /x}", "rules[0].allow.method: missing required field"))
        #expect(rejects("rest", rules: "  - allow: {method: GET}", "rules[0].allow.path: missing required field"))
    }

    @Test func httpMethodChecked() throws {
        #expect(try loadRules("rest", rules: "  - allow: {method: \"*\", path: /x}")?.first?.method == "*")
        #expect(rejects("rest", rules: "  - allow: {method: GET/POST, path: /x}", "invalid HTTP method \"GET/POST\""))
    }

    @Test func websocketTextMethodAccepted() throws {
        let rules = try loadRules("websocket", rules: "  - allow: {method: WEBSOCKET_TEXT, path: /ws}")
        #expect(rules?.first?.method == "WEBSOCKET_TEXT")
    }

    @Test func queryMatchersLoad() throws {
        let rules = try loadRules(
            "rest", rules: "  - allow: {method: GET, path: /x, query: {repo: \"NVIDIA/*\", sort: {any: [a, b]}}}")
        #expect(rules?.first?.query == ["repo": .glob("NVIDIA/*"), "sort": .any(["a", "b"])])
    }

    @Test func queryMatcherShapeChecked() {
        #expect(
            rejects(
                "rest", rules: "  - allow: {method: GET, path: /x, query: {a: {all: [b]}}}",
                "query.a.all: unknown field"))
        #expect(
            rejects(
                "rest", rules: "  - allow: {method: GET, path: /x, query: [a]}", "expected a mapping of parameter names"
            ))
        #expect(rejects("rest", rules: "  - allow: {method: GET, path: /x, query: {a: \"[b\"}}", "invalid glob \"[b\""))
    }

    @Test func graphQLRuleNeedsOperationType() throws {
        let rules = try loadRules("graphql", rules: "  - allow: {operation_type: query, fields: [viewer]}")
        #expect(rules?.first?.operationType == "query")
        #expect(
            rejects("graphql", rules: "  - allow: {operation_name: x}", "allow.operation_type: missing required field"))
        #expect(rejects("graphql", rules: "  - allow: {operation_type: select}", "invalid operation_type \"select\""))
    }

    @Test func jsonRPCRuleNeedsMethod() {
        #expect(rejects("json-rpc", rules: "  - allow: {params: {a: b}}", "allow.method: missing required field"))
    }

    @Test func mcpRuleNeedsMethodOrTool() throws {
        let rules = try loadRules("mcp", rules: "  - allow: {tool: read_file}")
        #expect(rules?.first?.tool == .glob("read_file"))
        #expect(rejects("mcp", rules: "  - allow: {params: {a: b}}", "an MCP rule names a method"))
    }

    @Test func mcpParamsFlatten() throws {
        let rules = try loadRules(
            "mcp", rules: "  - allow: {method: tools/call, params: {name: write, arguments: {path: {any: [\"/a/*\"]}}}}"
        )
        #expect(rules?.first?.params == ["name": .glob("write"), "arguments.path": .any(["/a/*"])])
    }

    @Test func mcpAllowAllNeedsNoRules() throws {
        let body = "host: a.example.com\nport: 443\nprotocol: mcp\nmcp: {allow_all_known_mcp_methods: true}"
        #expect(try PolicyFixture.loadEndpoint(body)?.mcp?.allowAllKnownMCPMethods == true)
    }

    @Test func sqlRuleNeedsCommand() {
        #expect(rejects("sql", rules: "  - allow: {method: GET}", "allow.command: missing required field"))
    }

    @Test func denyRuleNeedsFieldsToo() {
        let body = "host: a.example.com\nport: 443\nprotocol: rest\naccess: full\ndeny_rules: [{method: DELETE}]"
        #expect(PolicyFixture.rejects(PolicyFixture.endpoint(body), with: "deny_rules[0].path: missing required field"))
    }

    @Test func unknownRuleFieldRejected() {
        #expect(rejects("rest", rules: "  - allow: {method: GET, path: /x, host: y}", "allow.host: unknown field"))
    }
}
