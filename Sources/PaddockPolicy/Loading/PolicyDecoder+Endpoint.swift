/// The fields of one network endpoint. The rules between fields are in `PolicyDecoder+EndpointRules`.
extension PolicyDecoder {
    static let endpointFields = [
        "host", "port", "ports", "path", "protocol", "tls", "enforcement", "access", "rules", "deny_rules",
        "allowed_ips", "allow_encoded_slash", "request_body_credential_rewrite", "websocket_credential_rewrite",
        "allow_uninspected_credentials", "credential_signing", "signing_service", "signing_region",
        "credential_binding", "persisted_queries", "graphql_persisted_queries", "graphql_max_body_bytes", "mcp",
        "json_rpc",
    ]

    /// The largest body-size limit the schema can hold (a 32-bit unsigned value in OpenShell).
    static let maxBodyBytes = Int(UInt32.max)

    func decodeEndpoint(_ node: YAMLNode, path: FieldPath) -> NetworkEndpoint? {
        guard let fields = fields(node, path: path, allowed: PolicyDecoder.endpointFields) else { return nil }

        var endpoint = NetworkEndpoint(host: nil, ports: decodePorts(fields) ?? [])
        endpoint.host = fields["host"].flatMap { decodeHost($0, path: fields.path("host")) }
        endpoint.path = fields["path"].flatMap { decodePathGlob($0, path: fields.path("path")) }
        endpoint.protocol = fields["protocol"].flatMap {
            choice($0, path: fields.path("protocol"), label: "protocol", caseInsensitive: true)
        }
        endpoint.tls = fields["tls"].flatMap { choice($0, path: fields.path("tls"), label: "tls mode") }
        endpoint.enforcement = fields["enforcement"].flatMap {
            choice($0, path: fields.path("enforcement"), label: "enforcement")
        }
        endpoint.access = fields["access"].flatMap { choice($0, path: fields.path("access"), label: "access preset") }
        endpoint.rules = fields["rules"].flatMap {
            decodeRuleList($0, path: fields.path("rules"), protocol: endpoint.protocol, wrapped: true)
        }
        endpoint.denyRules = fields["deny_rules"].flatMap {
            decodeRuleList($0, path: fields.path("deny_rules"), protocol: endpoint.protocol, wrapped: false)
        }
        endpoint.allowedIPs = fields["allowed_ips"].flatMap { decodeAllowedIPs($0, path: fields.path("allowed_ips")) }
        decodeSwitches(fields, into: &endpoint)
        decodeCredentialFields(fields, into: &endpoint)
        decodeProtocolOptions(fields, into: &endpoint)

        checkEndpointRules(endpoint, fields: fields)
        return endpoint
    }

    private func decodePorts(_ fields: Fields) -> [Int]? {
        let portRange = 1...65535
        if let single = fields["port"] {
            if fields.contains("ports") {
                report("set either port or ports, not both", at: fields.position("ports"), path: fields.path("ports"))
            }
            return integer(single, path: fields.path("port"), range: portRange, label: "port").map { [$0] }
        }
        guard let list = fields["ports"] else {
            reportMissing("port", in: fields, hint: "set port: 443 or ports: [80, 443]")
            return nil
        }
        guard let items = sequence(list, path: fields.path("ports")) else { return nil }
        guard !items.isEmpty else {
            report("ports is empty; list at least one port", at: list, path: fields.path("ports"))
            return nil
        }
        let ports = items.enumerated().compactMap { index, item in
            integer(item, path: fields.path("ports").appending(index: index), range: portRange, label: "port")
        }
        return ports.count == items.count ? ports : nil
    }

    private func decodeHost(_ node: YAMLNode, path: FieldPath) -> String? {
        guard let text = string(node, path: path) else { return nil }
        do {
            _ = try HostPattern(text)
            return text
        } catch {
            report("invalid host \(YAMLNode.quote(text)): \(error.reason)", at: node, path: path)
            return nil
        }
    }

    func decodePathGlob(_ node: YAMLNode, path: FieldPath) -> String? {
        guard let text = string(node, path: path) else { return nil }
        do {
            _ = try PathGlob(text)
            return text
        } catch {
            report("invalid path glob \(YAMLNode.quote(text)): \(error.reason)", at: node, path: path)
            return nil
        }
    }

    private func decodeAllowedIPs(_ node: YAMLNode, path: FieldPath) -> [String]? {
        if node.sequence?.isEmpty == true {
            report("allowed_ips is empty; list at least one network or remove the field", at: node, path: path)
            return nil
        }
        guard let items = stringList(node, path: path) else { return nil }
        var networks: [String] = []
        for item in items {
            let network: IPNetwork
            do {
                network = try IPNetwork(item.text)
            } catch {
                report(
                    "invalid allowed_ips entry \(YAMLNode.quote(item.text)): \(error.reason); expected an address "
                        + "or CIDR such as 10.20.0.0/16", at: item.node, path: item.path)
                continue
            }
            if let blocked = IPNetwork.blockedRanges.first(where: { $0.network.overlaps(network) }) {
                report(
                    "allowed_ips entry \(item.text) overlaps \(blocked.name) \(blocked.network), which is always "
                        + "blocked; list only the internal networks the endpoint needs", at: item.node, path: item.path)
                continue
            }
            networks.append(item.text)
        }
        return networks
    }

    private func decodeSwitches(_ fields: Fields, into endpoint: inout NetworkEndpoint) {
        func flag(_ key: String) -> Bool {
            fields[key].flatMap { bool($0, path: fields.path(key)) } ?? false
        }
        endpoint.allowEncodedSlash = flag("allow_encoded_slash")
        endpoint.requestBodyCredentialRewrite = flag("request_body_credential_rewrite")
        endpoint.websocketCredentialRewrite = flag("websocket_credential_rewrite")
        endpoint.allowUninspectedCredentials = flag("allow_uninspected_credentials")
    }

    private func decodeCredentialFields(_ fields: Fields, into endpoint: inout NetworkEndpoint) {
        endpoint.credentialSigning = fields["credential_signing"].flatMap {
            choice($0, path: fields.path("credential_signing"), label: "credential_signing")
        }
        endpoint.signingService = fields["signing_service"].flatMap {
            nonEmptyString($0, path: fields.path("signing_service"))
        }
        endpoint.signingRegion = fields["signing_region"].flatMap {
            nonEmptyString($0, path: fields.path("signing_region"))
        }
        if let binding = section("credential_binding", of: fields, allowed: ["provider"]) {
            if let provider = binding["provider"] {
                endpoint.credentialBinding = nonEmptyString(provider, path: binding.path("provider"))
                    .map(CredentialBinding.init(provider:))
            } else {
                reportMissing("provider", in: binding, hint: "name the provider, as in provider: github")
            }
        }
    }

    private func decodeProtocolOptions(_ fields: Fields, into endpoint: inout NetworkEndpoint) {
        let bodyLimit = 1...PolicyDecoder.maxBodyBytes
        endpoint.persistedQueries = fields["persisted_queries"].flatMap {
            nonEmptyString($0, path: fields.path("persisted_queries"))
        }
        endpoint.graphqlMaxBodyBytes = fields["graphql_max_body_bytes"].flatMap {
            integer($0, path: fields.path("graphql_max_body_bytes"), range: bodyLimit, label: "body size")
        }
        endpoint.graphqlPersistedQueries = fields["graphql_persisted_queries"].flatMap {
            decodePersistedQueries($0, path: fields.path("graphql_persisted_queries"))
        }
        let mcpFields = ["max_body_bytes", "strict_tool_names", "allow_all_known_mcp_methods"]
        if let options = section("mcp", of: fields, allowed: mcpFields) {
            endpoint.mcp = MCPOptions(
                maxBodyBytes: options["max_body_bytes"].flatMap {
                    integer($0, path: options.path("max_body_bytes"), range: bodyLimit, label: "body size")
                },
                strictToolNames: options["strict_tool_names"].flatMap {
                    bool($0, path: options.path("strict_tool_names"))
                },
                allowAllKnownMCPMethods: options["allow_all_known_mcp_methods"].flatMap {
                    bool($0, path: options.path("allow_all_known_mcp_methods"))
                })
        }
        if let options = section("json_rpc", of: fields, allowed: ["max_body_bytes"]) {
            endpoint.jsonRPC = JSONRPCOptions(
                maxBodyBytes: options["max_body_bytes"].flatMap {
                    integer($0, path: options.path("max_body_bytes"), range: bodyLimit, label: "body size")
                })
        }
    }

    private func decodePersistedQueries(_ node: YAMLNode, path: FieldPath) -> [String: GraphQLOperation]? {
        guard let entries = namedEntries(node, path: path) else { return nil }
        var operations: [String: GraphQLOperation] = [:]
        for entry in entries {
            let entryPath = path.appending(entry.name)
            let allowed = ["operation_type", "operation_name", "fields"]
            guard let fields = fields(entry.value, path: entryPath, allowed: allowed, owner: entry.key) else {
                continue
            }
            operations[entry.name] = GraphQLOperation(
                operationType: fields["operation_type"].flatMap {
                    decodeOperationType($0, path: fields.path("operation_type"))
                },
                operationName: fields["operation_name"].flatMap {
                    nonEmptyString($0, path: fields.path("operation_name"))
                },
                fields: fields["fields"].flatMap { stringList($0, path: fields.path("fields"))?.map(\.text) })
        }
        return operations
    }
}
