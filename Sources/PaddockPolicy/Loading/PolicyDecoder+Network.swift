/// The `network_policies` section: named policies with their endpoints and binaries.
extension PolicyDecoder {
    func decodeNetworkPolicies(_ node: YAMLNode, path: FieldPath) -> [NetworkPolicy]? {
        guard let entries = namedEntries(node, path: path) else { return nil }
        return entries.compactMap { entry in
            decodeNetworkPolicy(key: entry.name, node: entry.value, path: path.appending(entry.name), owner: entry.key)
        }
    }

    private func decodeNetworkPolicy(key: String, node: YAMLNode, path: FieldPath, owner: YAMLNode) -> NetworkPolicy? {
        let allowed = ["name", "endpoints", "binaries"]
        guard let fields = fields(node, path: path, allowed: allowed, owner: owner) else { return nil }

        let name = fields["name"].flatMap { nonEmptyString($0, path: fields.path("name")) }
        var endpoints: [NetworkEndpoint] = []
        if let node = fields["endpoints"], let items = sequence(node, path: fields.path("endpoints")) {
            for (index, item) in items.enumerated() {
                if let endpoint = decodeEndpoint(item, path: fields.path("endpoints").appending(index: index)) {
                    endpoints.append(endpoint)
                }
            }
        }
        var binaries: [BinaryMatcher] = []
        if let node = fields["binaries"], let items = sequence(node, path: fields.path("binaries")) {
            for (index, item) in items.enumerated() {
                if let binary = decodeBinary(item, path: fields.path("binaries").appending(index: index)) {
                    binaries.append(binary)
                }
            }
        }
        return NetworkPolicy(key: key, name: name, endpoints: endpoints, binaries: binaries)
    }

    private func decodeBinary(_ node: YAMLNode, path: FieldPath) -> BinaryMatcher? {
        if case .string(let text)? = node.scalar?.value {
            report(
                "expected a mapping; write the entry as {path: \(text)}", at: node, path: path)
            return nil
        }
        // OpenShell still accepts the old `harness` field but ignores it, so it is checked and dropped here.
        guard let fields = fields(node, path: path, allowed: ["path", "harness"]) else { return nil }
        if let harness = fields["harness"] {
            _ = bool(harness, path: fields.path("harness"))
        }
        guard let pathNode = fields["path"] else {
            reportMissing("path", in: fields, hint: "give the executable's absolute path, as in path: /usr/bin/curl")
            return nil
        }
        guard let text = nonEmptyString(pathNode, path: fields.path("path")) else { return nil }
        guard text.hasPrefix("/") else {
            report(
                "binary path \(YAMLNode.quote(text)) is not absolute; give the full path, as in /usr/bin/curl, "
                    + "or a glob such as /usr/lib/node_modules/**", at: pathNode, path: fields.path("path"))
            return nil
        }
        if text.contains("*") {
            do {
                _ = try Glob(text, separator: "/")
            } catch {
                report("invalid binary glob: \(error.reason)", at: pathNode, path: fields.path("path"))
                return nil
            }
        }
        return BinaryMatcher(path: text)
    }
}
