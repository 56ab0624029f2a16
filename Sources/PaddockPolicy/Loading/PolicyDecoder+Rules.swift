/// L7 rules: `rules` entries (each wrapped in `allow`) and `deny_rules` entries.
extension PolicyDecoder {
    static let ruleFields = [
        "method", "path", "command", "query", "operation_type", "operation_name", "fields", "tool", "params",
    ]

    static let graphQLOperationTypes = ["query", "mutation", "subscription", "*"]

    /// Decodes `rules` (`wrapped`, each entry `{allow: {...}}`) or `deny_rules` (entries unwrapped).
    func decodeRuleList(
        _ node: YAMLNode, path: FieldPath, protocol kind: NetworkEndpoint.ProtocolKind?, wrapped: Bool
    ) -> [L7Rule]? {
        guard let items = sequence(node, path: path) else { return nil }
        guard !items.isEmpty else {
            let name = wrapped ? "rules" : "deny_rules"
            report("\(name) is empty; add at least one rule or remove the field", at: node, path: path)
            return nil
        }
        var rules: [L7Rule] = []
        for (index, item) in items.enumerated() {
            let itemPath = path.appending(index: index)
            guard wrapped else {
                if let rule = decodeRule(item, path: itemPath, owner: nil, protocol: kind) {
                    rules.append(rule)
                }
                continue
            }
            guard let entry = fields(item, path: itemPath, allowed: ["allow"]) else { continue }
            guard let body = entry["allow"] else {
                reportMissing("allow", in: entry, hint: "write each rule as allow: {method: GET, path: /**}")
                continue
            }
            if let rule = decodeRule(body, path: entry.path("allow"), owner: entry.position("allow"), protocol: kind) {
                rules.append(rule)
            }
        }
        return rules.count == items.count ? rules : nil
    }

    private func decodeRule(
        _ node: YAMLNode, path: FieldPath, owner: YAMLNode?, protocol kind: NetworkEndpoint.ProtocolKind?
    ) -> L7Rule? {
        guard let fields = fields(node, path: path, allowed: PolicyDecoder.ruleFields, owner: owner) else {
            return nil
        }
        var rule = L7Rule()
        rule.method = fields["method"].flatMap { decodeMethod($0, path: fields.path("method"), protocol: kind) }
        rule.path = fields["path"].flatMap { decodePathGlob($0, path: fields.path("path")) }
        rule.command = fields["command"].flatMap { nonEmptyString($0, path: fields.path("command")) }
        rule.query = fields["query"].flatMap { decodeQuery($0, path: fields.path("query")) }
        rule.operationType = fields["operation_type"].flatMap {
            decodeOperationType($0, path: fields.path("operation_type"))
        }
        rule.operationName = fields["operation_name"].flatMap {
            decodeGlob($0, path: fields.path("operation_name"))
        }
        rule.fields = fields["fields"].flatMap { node in
            stringList(node, path: fields.path("fields"))?.compactMap { item in
                decodeGlob(item.node, path: item.path)
            }
        }
        rule.tool = fields["tool"].flatMap { decodeMatcher($0, path: fields.path("tool")) }
        rule.params = fields["params"].flatMap { node in
            var flattened: [String: QueryMatcher] = [:]
            decodeParams(node, prefix: "", path: fields.path("params"), into: &flattened)
            return flattened
        }
        checkRequiredRuleFields(fields, protocol: kind)
        return rule
    }

    /// Reports missing fields that a rule needs for its endpoint's protocol, because without them it never matches.
    private func checkRequiredRuleFields(_ fields: Fields, protocol kind: NetworkEndpoint.ProtocolKind?) {
        let required: [String]
        switch kind {
        case .rest?, .websocket?: required = ["method", "path"]
        case .graphql?: required = ["operation_type"]
        case .jsonRPC?: required = ["method"]
        case .sql?: required = ["command"]
        case .mcp?:
            if !fields.contains("method"), !fields.contains("tool") {
                reportMissing("method", in: fields, hint: "an MCP rule names a method such as tools/call, or a tool")
            }
            return
        case .tcp?, nil:
            return
        }
        for key in required where !fields.contains(key) {
            let name = kind?.rawValue ?? ""
            reportMissing(key, in: fields, hint: "a \(name) rule needs \(required.joined(separator: " and "))")
        }
    }

    private func decodeMethod(_ node: YAMLNode, path: FieldPath, protocol kind: NetworkEndpoint.ProtocolKind?)
        -> String?
    {
        guard let text = nonEmptyString(node, path: path) else { return nil }
        guard kind == .rest || kind == .websocket else { return decodeGlob(node, path: path) }
        let isToken = text.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "_") }
        guard text == "*" || isToken else {
            report(
                "invalid HTTP method \(YAMLNode.quote(text)); expected a method such as GET or POST, or * for any",
                at: node, path: path)
            return nil
        }
        return text
    }

    func decodeOperationType(_ node: YAMLNode, path: FieldPath) -> String? {
        guard let text = string(node, path: path) else { return nil }
        guard PolicyDecoder.graphQLOperationTypes.contains(text.lowercased()) else {
            let allowed = PolicyDecoder.graphQLOperationTypes.joined(separator: ", ")
            report("invalid operation_type \(YAMLNode.quote(text)); expected one of \(allowed)", at: node, path: path)
            return nil
        }
        return text
    }

    /// Reads a glob over a value with no separator, as in query and tool matchers.
    private func decodeGlob(_ node: YAMLNode, path: FieldPath) -> String? {
        guard let text = string(node, path: path) else { return nil }
        do {
            _ = try Glob(text, separator: nil)
            return text
        } catch {
            report("invalid glob \(YAMLNode.quote(text)): \(error.reason)", at: node, path: path)
            return nil
        }
    }

    private func decodeQuery(_ node: YAMLNode, path: FieldPath) -> [String: QueryMatcher]? {
        guard let entries = node.mapping else {
            report("expected a mapping of parameter names to globs, got \(node.summary)", at: node, path: path)
            return nil
        }
        var matchers: [String: QueryMatcher] = [:]
        for entry in entries {
            let name = entry.key.scalar?.text ?? ""
            if let matcher = decodeMatcher(entry.value, path: path.appending(name)) {
                matchers[name] = matcher
            }
        }
        return matchers
    }

    private func decodeMatcher(_ node: YAMLNode, path: FieldPath) -> QueryMatcher? {
        if node.scalar != nil {
            return decodeGlob(node, path: path).map(QueryMatcher.glob)
        }
        guard let fields = fields(node, path: path, allowed: ["any"]) else { return nil }
        guard let list = fields["any"] else {
            reportMissing("any", in: fields, hint: "write a matcher as a glob or as {any: [glob, ...]}")
            return nil
        }
        guard let items = stringList(list, path: fields.path("any")) else { return nil }
        guard !items.isEmpty else {
            report("any is empty; list at least one glob", at: list, path: fields.path("any"))
            return nil
        }
        let globs = items.compactMap { decodeGlob($0.node, path: $0.path) }
        return .any(globs)
    }

    /// Flattens nested `params` mappings into dotted keys. A mapping of only `any: [...]` is a matcher, not a level.
    private func decodeParams(
        _ node: YAMLNode, prefix: String, path: FieldPath, into result: inout [String: QueryMatcher]
    ) {
        guard let entries = node.mapping else {
            report("expected a mapping of parameter names to matchers, got \(node.summary)", at: node, path: path)
            return
        }
        for entry in entries {
            let name = entry.key.scalar?.text ?? ""
            let key = prefix.isEmpty ? name : prefix + "." + name
            let valuePath = path.appending(name)
            let isAnyMatcher = entry.value.mapping?.count == 1 && entry.value["any"]?.sequence != nil
            if entry.value.mapping != nil, !isAnyMatcher {
                decodeParams(entry.value, prefix: key, path: valuePath, into: &result)
            } else if let matcher = decodeMatcher(entry.value, path: valuePath) {
                result[key] = matcher
            }
        }
    }
}
