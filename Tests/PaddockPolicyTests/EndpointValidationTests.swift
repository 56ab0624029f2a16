import Testing

@testable import PaddockPolicy

struct EndpointValidationTests {
    private func rejects(_ endpoint: String, _ fragment: String) -> Bool {
        PolicyFixture.rejects(PolicyFixture.endpoint(endpoint), with: fragment)
    }

    private func accepts(_ endpoint: String) -> Bool {
        PolicyFixture.messages(PolicyFixture.endpoint(endpoint)).isEmpty
    }

    @Test func scalarPortBecomesList() throws {
        let endpoint = try PolicyFixture.loadEndpoint("host: api.example.com\nport: 443")
        #expect(endpoint?.ports == [443])
    }

    @Test func portListKept() throws {
        let endpoint = try PolicyFixture.loadEndpoint("host: api.example.com\nports: [80, 443]")
        #expect(endpoint?.ports == [80, 443])
    }

    @Test func portBounds() {
        #expect(accepts("host: a.example.com\nports: [1, 65535]"))
        #expect(rejects("host: a.example.com\nport: 0", "endpoints[0].port: invalid port 0; expected 1-65535"))
        #expect(rejects("host: a.example.com\nport: 65536", "invalid port 65536; expected 1-65535"))
        #expect(rejects("host: a.example.com\nport: -1", "invalid port -1; expected 1-65535"))
        #expect(rejects("host: a.example.com\nport: 4.5", "invalid port 4.5; expected 1-65535"))
    }

    @Test func emptyPortListRejected() {
        #expect(rejects("host: a.example.com\nports: []", "ports is empty; list at least one port"))
    }

    @Test func hostRequiredWithoutAllowedIPs() {
        #expect(rejects("port: 443", "endpoints[0].host: missing required field"))
        #expect(accepts("port: 443\nallowed_ips: [10.0.0.0/8]"))
    }

    @Test func hostWildcardsChecked() {
        #expect(rejects("host: \"*\"\nport: 443", "a wildcard alone would match every host"))
        #expect(rejects("host: \"*.io\"\nport: 443", "a wildcard over a top-level domain is too broad"))
        #expect(rejects("host: \"a.b*.io\"\nport: 443", "a wildcard after the first label must be a whole * label"))
        #expect(accepts("host: \"*.example.io\"\nport: 443"))
    }

    @Test func nonStringHostRejected() {
        #expect(rejects("host: 42\nport: 443", "endpoints[0].host: expected a string, got number 42"))
    }

    @Test func protocolCaseInsensitive() throws {
        let endpoint = try PolicyFixture.loadEndpoint("host: a.example.com\nport: 443\nprotocol: REST\naccess: full")
        #expect(endpoint?.protocol == .rest)
    }

    @Test func accessAndRulesExclusive() {
        let body =
            "host: a.example.com\nport: 443\nprotocol: rest\naccess: full\nrules: [{allow: {method: GET, path: /x}}]"
        #expect(rejects(body, "endpoints[0].rules: access and rules are mutually exclusive"))
    }

    @Test func protocolNeedsAccessOrRules() {
        for kind in ["rest", "websocket", "graphql", "sql"] {
            #expect(
                rejects(
                    "host: a.example.com\nport: 443\nprotocol: \(kind)", "protocol \(kind) requires access or rules"))
        }
    }

    @Test func accessAndRulesNeedProtocol() {
        #expect(rejects("host: a.example.com\nport: 443\naccess: full", "access needs an L7 protocol"))
        #expect(
            rejects(
                "host: a.example.com\nport: 443\nrules: [{allow: {method: GET, path: /x}}]",
                "rules needs an L7 protocol"))
    }

    @Test func accessPresetsLoad() throws {
        for preset in NetworkEndpoint.AccessPreset.allCases {
            let body = "host: a.example.com\nport: 443\nprotocol: rest\naccess: \(preset.rawValue)"
            #expect(try PolicyFixture.loadEndpoint(body)?.access == preset)
        }
    }

    @Test func accessValueRejected() {
        let body = "host: a.example.com\nport: 443\nprotocol: rest\naccess: write"
        #expect(rejects(body, "invalid access preset \"write\"; expected one of read-only, read-write, full"))
    }

    @Test func enforcementValues() throws {
        let audit = try PolicyFixture.loadEndpoint(
            "host: a.example.com\nport: 443\nprotocol: rest\naccess: full\nenforcement: audit")
        #expect(audit?.enforcement == .audit)
        let body = "host: a.example.com\nport: 443\nprotocol: rest\naccess: full\nenforcement: warn"
        #expect(rejects(body, "invalid enforcement \"warn\"; expected one of enforce, audit"))
    }

    @Test func tlsValues() throws {
        #expect(try PolicyFixture.loadEndpoint("host: a.example.com\nport: 443\ntls: skip")?.tls == .skip)
        #expect(try PolicyFixture.loadEndpoint("host: a.example.com\nport: 443\ntls: terminate")?.tls == .terminate)
        #expect(rejects("host: a.example.com\nport: 443\ntls: auto", "invalid tls mode \"auto\""))
    }

    @Test func denyRulesNeedProtocol() {
        let body = "host: a.example.com\nport: 443\ndeny_rules: [{method: GET, path: /x}]"
        #expect(rejects(body, "deny_rules: deny_rules require an L7 protocol"))
    }

    @Test func denyRulesNeedBaseAllowSet() {
        let body = "host: a.example.com\nport: 443\nprotocol: rest\ndeny_rules: [{method: GET, path: /x}]"
        #expect(rejects(body, "deny_rules require access or rules as the base set"))
    }

    @Test func denyRulesNarrowPreset() throws {
        let body =
            "host: a.example.com\nport: 443\nprotocol: rest\naccess: read-only\ndeny_rules: [{method: GET, path: /x}]"
        #expect(try PolicyFixture.loadEndpoint(body)?.denyRules == [L7Rule(method: "GET", path: "/x")])
    }

    @Test func allowedIPsValidated() throws {
        let endpoint = try PolicyFixture.loadEndpoint(
            "host: db.internal\nport: 5432\nallowed_ips: [10.1.0.0/16, fd00::1]")
        #expect(endpoint?.allowedIPs == ["10.1.0.0/16", "fd00::1"])
        #expect(rejects("host: db.internal\nport: 5432\nallowed_ips: [10.1.0.0/40]", "invalid allowed_ips entry"))
        #expect(rejects("host: db.internal\nport: 5432\nallowed_ips: [\"::1\"]", "overlaps loopback ::1/128"))
        #expect(rejects("host: db.internal\nport: 5432\nallowed_ips: [fe80::/64]", "overlaps link-local fe80::/10"))
        #expect(rejects("host: db.internal\nport: 5432\nallowed_ips: [\"::\"]", "overlaps unspecified ::/128"))
        #expect(rejects("host: db.internal\nport: 5432\nallowed_ips: []", "allowed_ips is empty"))
    }

    @Test func tcpNeedsDNSName() {
        #expect(accepts("host: git.example.com\nport: 22\nprotocol: tcp"))
        #expect(
            rejects("host: 192.0.2.7\nport: 22\nprotocol: tcp", "protocol tcp needs a DNS host name, not the address"))
        #expect(
            rejects(
                "port: 22\nprotocol: tcp\nallowed_ips: [10.0.0.0/8]", "protocol tcp needs a DNS host name; set host"))
    }

    @Test func tcpForbidsL7Fields() {
        let body = "host: git.example.com\nport: 22\nprotocol: tcp\npath: /x\nenforcement: audit\ntls: skip"
        #expect(rejects(body, "it does not support path, tls, enforcement; remove them"))
    }

    @Test func protocolOptionsNeedTheirProtocol() {
        let base = "host: a.example.com\nport: 443\nprotocol: rest\naccess: full\n"
        #expect(rejects(base + "mcp: {strict_tool_names: true}", "mcp options apply only to protocol: mcp"))
        #expect(rejects(base + "json_rpc: {max_body_bytes: 10}", "json_rpc options apply only to protocol: json-rpc"))
        #expect(
            rejects(base + "graphql_max_body_bytes: 10", "graphql_max_body_bytes applies only to protocol: graphql"))
    }

    @Test func credentialSigningRules() {
        let base = "host: a.s3.amazonaws.com\nport: 443\nprotocol: rest\naccess: full\n"
        #expect(accepts(base + "credential_signing: sigv4\nsigning_service: s3"))
        #expect(
            rejects(base + "credential_signing: sigv5\nsigning_service: s3", "invalid credential_signing \"sigv5\""))
        #expect(rejects(base + "credential_signing: sigv4", "signing_service: missing required field"))
        #expect(
            rejects(
                base + "credential_signing: sigv4\nsigning_service: s3\nrequest_body_credential_rewrite: true",
                "credential_signing and request_body_credential_rewrite are mutually exclusive"))
    }

    @Test func uninspectedCredentialsNeedOptIn() {
        let tunnel = "host: slack.com\nport: 443\ncredential_binding: {provider: slack}"
        #expect(rejects(tunnel, "credential_binding needs an inspected endpoint"))
        #expect(
            rejects(
                tunnel + "\nprotocol: rest\naccess: full\ntls: skip", "credential_binding needs an inspected endpoint"))
        #expect(accepts(tunnel + "\nallow_uninspected_credentials: true"))
        #expect(accepts(tunnel + "\nprotocol: rest\naccess: full"))
    }

    @Test func credentialBindingNeedsProvider() {
        #expect(
            rejects(
                "host: slack.com\nport: 443\ncredential_binding: {}",
                "credential_binding.provider: missing required field"))
    }

    @Test func switchesMustBeBooleans() {
        #expect(
            rejects("host: a.example.com\nport: 443\nallow_encoded_slash: 1", "expected true or false, got number 1"))
    }

    @Test func switchesDefaultFalse() throws {
        let endpoint = try PolicyFixture.loadEndpoint("host: a.example.com\nport: 443")
        #expect(endpoint?.allowEncodedSlash == false)
        #expect(endpoint?.allowUninspectedCredentials == false)
    }

    @Test func unknownFieldListsAllowedOnes() {
        #expect(
            rejects(
                "host: a.example.com\nport: 443\ntimeout: 5",
                "endpoints[0].timeout: unknown field; allowed fields here: host, port"))
    }

    @Test func endpointPathGlobChecked() {
        #expect(rejects("host: a.example.com\nport: 443\npath: graphql", "path: invalid path glob \"graphql\""))
    }
}
