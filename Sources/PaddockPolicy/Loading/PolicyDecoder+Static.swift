/// The top level and the static sections: version, filesystem_policy, landlock and process.
extension PolicyDecoder {
    static let topLevelFields = [
        "version", "filesystem_policy", "landlock", "process", "network_policies", "network_middlewares",
    ]

    /// Decodes a whole document. The result is complete only when no issue was reported.
    func decodePolicy(_ root: YAMLNode) -> SandboxPolicy? {
        guard root.mapping != nil else {
            report(
                "expected a mapping at the top of the document, got \(root.summary); a policy starts with "
                    + "version: 1", at: root, path: .root)
            return nil
        }
        guard let fields = fields(root, path: .root, allowed: PolicyDecoder.topLevelFields) else { return nil }

        let version = decodeVersion(fields)
        let filesystem = section("filesystem_policy", of: fields, allowed: PolicyDecoder.filesystemFields)
            .map(decodeFilesystem)
        let landlock = section("landlock", of: fields, allowed: ["compatibility"]).flatMap(decodeLandlock)
        let process = section("process", of: fields, allowed: ["run_as_user", "run_as_group"]).map(decodeProcess)
        let networkPolicies = fields["network_policies"].flatMap {
            decodeNetworkPolicies($0, path: fields.path("network_policies"))
        }
        let middlewares = fields["network_middlewares"].flatMap {
            decodeMiddlewares(
                $0, path: fields.path("network_middlewares"), owner: fields.position("network_middlewares"))
        }

        return SandboxPolicy(
            version: version ?? 1, filesystemPolicy: filesystem, landlock: landlock ?? LandlockPolicy(),
            process: process ?? ProcessPolicy(), networkPolicies: networkPolicies ?? [],
            networkMiddlewares: middlewares ?? [])
    }

    private func decodeVersion(_ fields: Fields) -> Int? {
        guard let node = fields["version"] else {
            reportMissing("version", in: fields, hint: "a policy starts with version: 1")
            return nil
        }
        guard case .int(1)? = node.scalar?.value else {
            report("unsupported version \(node.summary); expected 1", at: node, path: fields.path("version"))
            return nil
        }
        return 1
    }

    static let filesystemFields = ["include_workdir", "read_only", "read_write"]

    private func decodeFilesystem(_ fields: Fields) -> FilesystemPolicy {
        let includeWorkdir = fields["include_workdir"].flatMap { bool($0, path: fields.path("include_workdir")) }
        let readOnly = fields["read_only"].flatMap { decodePaths($0, path: fields.path("read_only"), readWrite: false) }
        let readWrite = fields["read_write"].flatMap {
            decodePaths($0, path: fields.path("read_write"), readWrite: true)
        }

        let total = (readOnly?.count ?? 0) + (readWrite?.count ?? 0)
        if total > FilesystemPolicy.maxPaths {
            report(
                "too many paths: \(total) in read_only and read_write together; at most "
                    + "\(FilesystemPolicy.maxPaths) are allowed", at: fields.owner, path: fields.path)
        }
        return FilesystemPolicy(
            includeWorkdir: includeWorkdir ?? false, readOnly: readOnly ?? [], readWrite: readWrite ?? [])
    }

    private func decodePaths(_ node: YAMLNode, path: FieldPath, readWrite: Bool) -> [String]? {
        guard let items = stringList(node, path: path) else { return nil }
        return items.compactMap { item in
            let problem = PolicyDecoder.filesystemPathProblem(item.text, readWrite: readWrite)
            if let problem {
                report(problem, at: item.node, path: item.path)
                return nil
            }
            return item.text
        }
    }

    /// Returns why `path` cannot be a Landlock path, or nil when it can.
    static func filesystemPathProblem(_ path: String, readWrite: Bool) -> String? {
        let quoted = YAMLNode.quote(path)
        if path.utf8.count > FilesystemPolicy.maxPathLength {
            return "path \(quoted) is \(path.utf8.count) bytes long; at most \(FilesystemPolicy.maxPathLength) "
                + "are allowed"
        }
        if path.contains("\0") {
            return "path \(quoted) contains a NUL character"
        }
        guard path.hasPrefix("/") else {
            return "path \(quoted) is not absolute; filesystem paths start with /"
        }
        if path.split(separator: "/").contains("..") {
            return "path \(quoted) contains a .. component; write the path without it"
        }
        if readWrite, path.allSatisfy({ $0 == "/" }) {
            return "/ cannot be read-write, because that would open the whole filesystem; list the directories "
                + "that need writing"
        }
        return nil
    }

    private func decodeLandlock(_ fields: Fields) -> LandlockPolicy? {
        guard let value = fields["compatibility"] else { return LandlockPolicy() }
        let compatibility: LandlockPolicy.Compatibility? = choice(
            value, path: fields.path("compatibility"), label: "compatibility")
        return compatibility.map { LandlockPolicy(compatibility: $0) }
    }

    private func decodeProcess(_ fields: Fields) -> ProcessPolicy {
        let user = fields["run_as_user"].flatMap { decodeIdentity($0, path: fields.path("run_as_user"), kind: "user") }
        let group = fields["run_as_group"].flatMap {
            decodeIdentity($0, path: fields.path("run_as_group"), kind: "group")
        }
        return ProcessPolicy(runAsUser: user, runAsGroup: group)
    }

    private func decodeIdentity(_ node: YAMLNode, path: FieldPath, kind: String) -> ProcessIdentity? {
        let text: String
        switch node.scalar?.value {
        case .int?, .float?:
            text = node.scalar?.text ?? ""
        case .string(let value)?:
            text = value
        default:
            report("expected a \(kind) name or numeric ID, got \(node.summary)", at: node, path: path)
            return nil
        }
        let result = PolicyDecoder.identity(text, kind: kind)
        if case .failure(let problem) = result {
            report(problem.message, at: node, path: path)
        }
        return try? result.get()
    }

    private struct IdentityProblem: Error {
        let message: String
    }

    private static func identity(_ text: String, kind: String) -> Result<ProcessIdentity, IdentityProblem> {
        let nonRoot = "use sandbox or another non-root \(kind)"
        if !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard let number = UInt64(text), number <= UInt64(UInt32.max) - 1 else {
                return .failure(IdentityProblem(message: "invalid \(kind) ID \(text); expected 1-4294967294"))
            }
            guard number != 0 else {
                return .failure(IdentityProblem(message: "\(kind) ID 0 is root; \(nonRoot)"))
            }
            return .success(.id(UInt32(number)))
        }
        if text.hasPrefix("-") || text.hasPrefix("+") {
            return .failure(IdentityProblem(message: "invalid \(kind) ID \(text); expected 1-4294967294"))
        }
        guard text != "root" else {
            return .failure(IdentityProblem(message: "\(kind) root is not allowed; \(nonRoot)"))
        }
        guard isAccountName(text) else {
            return .failure(
                IdentityProblem(
                    message: "invalid \(kind) name \(YAMLNode.quote(text)); a name has at most 32 letters, digits, "
                        + "_, - or . and does not start with a digit, -, or ."))
        }
        return .success(.name(text))
    }

    private static func isAccountName(_ text: String) -> Bool {
        guard let first = text.first, text.count <= 32, first.isASCII, first.isLetter || first == "_" else {
            return false
        }
        let body = text.hasSuffix("$") ? text.dropLast() : Substring(text)
        return body.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_-.".contains($0)) }
    }
}
