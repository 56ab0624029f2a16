/// The rules between the fields of one endpoint, checked after each field was read on its own.
extension PolicyDecoder {
    /// Fields that only mean something when the proxy inspects requests, which `protocol: tcp` never does.
    static let l7OnlyFields = [
        "path", "tls", "enforcement", "access", "rules", "deny_rules", "allow_encoded_slash",
        "request_body_credential_rewrite", "websocket_credential_rewrite", "credential_signing", "signing_service",
        "signing_region", "persisted_queries", "graphql_persisted_queries", "graphql_max_body_bytes", "mcp",
        "json_rpc",
    ]

    // NOTE: OpenShell also requires endpoints that overlap on host and port (across policies) to agree on
    // their connection and processing settings. That cross-policy check is not implemented here.
    func checkEndpointRules(_ endpoint: NetworkEndpoint, fields: Fields) {
        checkHostPresence(endpoint, fields: fields)
        if fields.contains("protocol"), endpoint.protocol == nil {
            // The invalid protocol is already reported, and the rules below would only add noise.
            return
        }
        if endpoint.protocol == .tcp {
            checkTCPEndpoint(endpoint, fields: fields)
            return
        }
        checkAccessAndRules(endpoint, fields: fields)
        checkDenyRules(endpoint, fields: fields)
        checkProtocolOptions(endpoint, fields: fields)
        checkCredentials(endpoint, fields: fields)
    }

    private func checkHostPresence(_ endpoint: NetworkEndpoint, fields: Fields) {
        guard !fields.contains("host"), !fields.contains("allowed_ips") else { return }
        reportMissing(
            "host", in: fields,
            hint: "an endpoint needs a host, or allowed_ips alone to match any host that resolves into them")
    }

    private func checkTCPEndpoint(_ endpoint: NetworkEndpoint, fields: Fields) {
        let protocolNode = fields["protocol"] ?? fields.node
        if let host = fields["host"], let text = endpoint.host, HostPattern.isIPAddress(text) {
            report(
                "protocol tcp needs a DNS host name, not the address \(text), because the sandbox reaches it "
                    + "through policy DNS", at: host, path: fields.path("host"))
        } else if !fields.contains("host") {
            report(
                "protocol tcp needs a DNS host name; set host", at: protocolNode, path: fields.path("protocol"))
        }
        let present = PolicyDecoder.l7OnlyFields.filter { fields.contains($0) }
        if !present.isEmpty {
            report(
                "protocol tcp does not inspect requests, so it does not support \(present.joined(separator: ", ")); "
                    + "remove them or use an L7 protocol such as rest", at: protocolNode, path: fields.path("protocol"))
        }
    }

    private func checkAccessAndRules(_ endpoint: NetworkEndpoint, fields: Fields) {
        let hasAccess = fields.contains("access")
        let hasRules = fields.contains("rules")
        if hasAccess, hasRules {
            report(
                "access and rules are mutually exclusive; keep the preset or the explicit rules",
                at: fields.position("rules"), path: fields.path("rules"))
        }
        guard let kind = endpoint.protocol else {
            for key in ["access", "rules"] where fields.contains(key) {
                report(
                    "\(key) needs an L7 protocol to inspect requests; set protocol, such as protocol: rest",
                    at: fields.position(key), path: fields.path(key))
            }
            return
        }
        let protocolNode = fields["protocol"] ?? fields.node
        switch kind {
        case .jsonRPC, .mcp:
            if hasAccess {
                report(
                    "protocol \(kind.rawValue) does not support access presets; use rules with allow.method",
                    at: fields.position("access"), path: fields.path("access"))
            }
            let allowsAllMethods = kind == .mcp && endpoint.mcp?.allowAllKnownMCPMethods == true
            if !hasRules, !hasAccess, !allowsAllMethods {
                let hint = kind == .mcp ? " unless mcp.allow_all_known_mcp_methods is true" : ""
                report(
                    "protocol \(kind.rawValue) requires rules with allow.method\(hint)", at: protocolNode,
                    path: fields.path("protocol"))
            }
        default:
            if !hasRules, !hasAccess {
                report(
                    "protocol \(kind.rawValue) requires access or rules to define the allowed requests; an L7 "
                        + "protocol alone allows nothing", at: protocolNode, path: fields.path("protocol"))
            }
        }
    }

    private func checkDenyRules(_ endpoint: NetworkEndpoint, fields: Fields) {
        guard fields.contains("deny_rules") else { return }
        let denyNode = fields.position("deny_rules")
        guard let kind = endpoint.protocol else {
            report(
                "deny_rules require an L7 protocol to inspect requests; set protocol, such as protocol: rest",
                at: denyNode, path: fields.path("deny_rules"))
            return
        }
        let hasBase =
            fields.contains("access") || fields.contains("rules")
            || (kind == .mcp && endpoint.mcp?.allowAllKnownMCPMethods == true)
        if !hasBase {
            report(
                "deny_rules require access or rules as the base set that they narrow", at: denyNode,
                path: fields.path("deny_rules"))
        }
    }

    private func checkProtocolOptions(_ endpoint: NetworkEndpoint, fields: Fields) {
        let kind = endpoint.protocol
        if fields.contains("mcp"), kind != .mcp {
            report("mcp options apply only to protocol: mcp", at: fields.position("mcp"), path: fields.path("mcp"))
        }
        if fields.contains("json_rpc"), kind != .jsonRPC {
            report(
                "json_rpc options apply only to protocol: json-rpc", at: fields.position("json_rpc"),
                path: fields.path("json_rpc"))
        }
        for key in ["persisted_queries", "graphql_persisted_queries", "graphql_max_body_bytes"] {
            guard fields.contains(key), kind != .graphql, kind != .websocket else { continue }
            report(
                "\(key) applies only to protocol: graphql or websocket", at: fields.position(key),
                path: fields.path(key))
        }
    }

    private func checkCredentials(_ endpoint: NetworkEndpoint, fields: Fields) {
        if let node = fields["credential_signing"] {
            if !fields.contains("signing_service") {
                reportMissing("signing_service", in: fields, hint: "credential_signing needs the AWS service, as in s3")
            }
            if endpoint.requestBodyCredentialRewrite {
                report(
                    "credential_signing and request_body_credential_rewrite are mutually exclusive",
                    at: node, path: fields.path("credential_signing"))
            }
        }
        if fields.contains("credential_binding"), !endpoint.inspectsRequests, !endpoint.allowUninspectedCredentials {
            let node = fields.position("credential_binding")
            report(
                "credential_binding needs an inspected endpoint, because the proxy replaces credentials only in "
                    + "requests it inspects; set an L7 protocol without tls: skip, or set "
                    + "allow_uninspected_credentials: true",
                at: node, path: fields.path("credential_binding"))
        }
    }
}
