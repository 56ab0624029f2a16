/// Turns the YAML tree of a policy document into a `SandboxPolicy` and reports each schema violation
/// with the position of the node at fault.
///
/// Every section is decoded even after a problem, so one pass reports all problems (up to the
/// collector's limit). The decode functions return nil for a value they rejected, so the caller
/// uses the result only when the collector stayed empty.
struct PolicyDecoder {
    let issues: IssueCollector

    /// A mapping whose keys were checked against the fields a section allows.
    struct Fields {
        let node: YAMLNode
        let path: FieldPath
        /// The key of the mapping in its parent, or the mapping itself when it has none. Problems of the
        /// mapping as a whole, such as a missing field, are reported at this node.
        let owner: YAMLNode
        private let values: [String: YAMLNode]
        private let keys: [String: YAMLNode]

        init(node: YAMLNode, path: FieldPath, owner: YAMLNode?, entries: [YAMLNode.Entry]) {
            self.node = node
            self.path = path
            self.owner = owner ?? node
            var values: [String: YAMLNode] = [:]
            var keys: [String: YAMLNode] = [:]
            for entry in entries {
                let key = entry.key.scalar?.text ?? ""
                values[key] = entry.value
                keys[key] = entry.key
            }
            self.values = values
            self.keys = keys
        }

        /// The value of `key`, or nil when the key is missing or its value is null.
        subscript(key: String) -> YAMLNode? {
            guard let value = values[key], !value.isNull else { return nil }
            return value
        }

        func contains(_ key: String) -> Bool {
            self[key] != nil
        }

        func path(_ key: String) -> FieldPath {
            path.appending(key)
        }

        /// Returns the node where a problem of field `key` as a whole is reported: its key, or the owner.
        func position(_ key: String) -> YAMLNode {
            keys[key] ?? owner
        }
    }

    func report(_ message: String, at node: YAMLNode, path: FieldPath) {
        issues.report(message, at: node, path: path)
    }

    /// Reads a mapping and reports each key that is not in `allowed`. `owner` is the mapping's key in
    /// its parent, if it has one.
    func fields(_ node: YAMLNode, path: FieldPath, allowed: [String], owner: YAMLNode? = nil) -> Fields? {
        guard let entries = node.mapping else {
            report("expected a mapping, got \(node.summary)", at: node, path: path)
            return nil
        }
        var known: [YAMLNode.Entry] = []
        for entry in entries {
            let key = entry.key.scalar?.text ?? ""
            guard allowed.contains(key) else {
                report(
                    "unknown field; allowed fields here: \(allowed.joined(separator: ", "))",
                    at: entry.key, path: path.appending(key))
                continue
            }
            known.append(entry)
        }
        return Fields(node: node, path: path, owner: owner, entries: known)
    }

    /// Reads a nested section `key` of `parent` as a mapping owned by its key.
    func section(_ key: String, of parent: Fields, allowed: [String]) -> Fields? {
        guard let node = parent[key] else { return nil }
        return fields(node, path: parent.path(key), allowed: allowed, owner: parent.position(key))
    }

    /// Reads a mapping whose keys are names chosen by the author, such as `network_policies`.
    func namedEntries(_ node: YAMLNode, path: FieldPath) -> [(name: String, key: YAMLNode, value: YAMLNode)]? {
        guard let entries = node.mapping else {
            report("expected a mapping of names to entries, got \(node.summary)", at: node, path: path)
            return nil
        }
        var result: [(name: String, key: YAMLNode, value: YAMLNode)] = []
        for entry in entries {
            let name = entry.key.scalar?.text ?? ""
            guard !name.isEmpty, !name.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } == true })
            else {
                report(
                    "invalid name \(YAMLNode.quote(name)); a name is non-empty and has no spaces or control "
                        + "characters", at: entry.key, path: path.appending(name))
                continue
            }
            result.append((name, entry.key, entry.value))
        }
        return result
    }

    /// Reports a missing field at the mapping that should contain it.
    func reportMissing(_ key: String, in fields: Fields, hint: String) {
        report("missing required field; \(hint)", at: fields.owner, path: fields.path(key))
    }

    func string(_ node: YAMLNode, path: FieldPath) -> String? {
        guard case .string(let text)? = node.scalar?.value else {
            report("expected a string, got \(node.summary)", at: node, path: path)
            return nil
        }
        return text
    }

    func nonEmptyString(_ node: YAMLNode, path: FieldPath) -> String? {
        guard let text = string(node, path: path) else { return nil }
        guard !text.isEmpty else {
            report("the value is empty; remove the field or give a value", at: node, path: path)
            return nil
        }
        return text
    }

    func bool(_ node: YAMLNode, path: FieldPath) -> Bool? {
        guard case .bool(let flag)? = node.scalar?.value else {
            report("expected true or false, got \(node.summary)", at: node, path: path)
            return nil
        }
        return flag
    }

    /// Reads an integer, reporting values outside `range` with the field's own wording.
    func integer(_ node: YAMLNode, path: FieldPath, range: ClosedRange<Int>, label: String) -> Int? {
        switch node.scalar?.value {
        case .int(let number)? where range.contains(number):
            return number
        case .int?, .float?:
            report("invalid \(label) \(node.scalar?.text ?? ""); expected \(describe(range))", at: node, path: path)
        default:
            report(
                "invalid \(label) \(node.summary); expected an integer from \(describe(range))", at: node, path: path)
        }
        return nil
    }

    private func describe(_ range: ClosedRange<Int>) -> String {
        range.upperBound == Int.max ? "\(range.lowerBound) or more" : "\(range.lowerBound)-\(range.upperBound)"
    }

    func sequence(_ node: YAMLNode, path: FieldPath) -> [YAMLNode]? {
        guard let items = node.sequence else {
            report("expected a sequence, got \(node.summary)", at: node, path: path)
            return nil
        }
        return items
    }

    /// Reads a sequence of strings, skipping (and reporting) items that are not strings.
    func stringList(_ node: YAMLNode, path: FieldPath) -> [(text: String, node: YAMLNode, path: FieldPath)]? {
        guard let items = sequence(node, path: path) else { return nil }
        var result: [(text: String, node: YAMLNode, path: FieldPath)] = []
        for (index, item) in items.enumerated() {
            let itemPath = path.appending(index: index)
            if let text = string(item, path: itemPath) {
                result.append((text, item, itemPath))
            }
        }
        return result
    }

    /// Reads one of an enumeration's raw values, listing them all when the value is not one.
    func choice<Choice: RawRepresentable & CaseIterable>(
        _ node: YAMLNode, path: FieldPath, label: String, caseInsensitive: Bool = false
    ) -> Choice? where Choice.RawValue == String {
        guard let text = string(node, path: path) else { return nil }
        let normalized = caseInsensitive ? text.lowercased() : text
        if let value = Choice(rawValue: normalized) {
            return value
        }
        let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
        report("invalid \(label) \(YAMLNode.quote(text)); expected one of \(allowed)", at: node, path: path)
        return nil
    }
}
