/// The `network_middlewares` section.
extension PolicyDecoder {
    static let middlewareFields = ["name", "middleware", "order", "config", "on_error", "endpoints"]

    func decodeMiddlewares(_ node: YAMLNode, path: FieldPath, owner: YAMLNode) -> [NetworkMiddleware]? {
        guard let entries = namedEntries(node, path: path) else { return nil }
        if entries.count > NetworkMiddleware.maxCount {
            report(
                "too many middlewares: \(entries.count); at most \(NetworkMiddleware.maxCount) are allowed",
                at: owner, path: path)
        }
        var middlewares: [NetworkMiddleware] = []
        var orderOwners: [Int: String] = [:]
        for entry in entries {
            let entryPath = path.appending(entry.name)
            let decoded = decodeMiddleware(key: entry.name, node: entry.value, path: entryPath, owner: entry.key)
            guard let middleware = decoded else {
                continue
            }
            if let owner = orderOwners[middleware.order] {
                let orderNode = entry.value["order"] ?? entry.value
                report(
                    "order \(middleware.order) is already used by middleware \(YAMLNode.quote(owner)); each "
                        + "middleware needs its own order", at: orderNode, path: entryPath.appending("order"))
            } else {
                orderOwners[middleware.order] = entry.name
            }
            middlewares.append(middleware)
        }
        return middlewares
    }

    private func decodeMiddleware(key: String, node: YAMLNode, path: FieldPath, owner: YAMLNode) -> NetworkMiddleware? {
        let allowed = PolicyDecoder.middlewareFields
        guard let fields = fields(node, path: path, allowed: allowed, owner: owner) else { return nil }

        let name = fields["name"].flatMap { nonEmptyString($0, path: fields.path("name")) }
        // NOTE: the implementation name and its `config` are only checked for shape. Checking them against
        // the registered middlewares is left to the code that runs them.
        let implementation = fields["middleware"].flatMap { nonEmptyString($0, path: fields.path("middleware")) }
        if !fields.contains("middleware") {
            reportMissing("middleware", in: fields, hint: "name the implementation, as in middleware: openshell/regex")
        }
        let order = fields["order"].flatMap {
            integer($0, path: fields.path("order"), range: Int(Int32.min)...Int(Int32.max), label: "order")
        }
        let onError: NetworkMiddleware.FailureMode? = fields["on_error"].flatMap {
            choice($0, path: fields.path("on_error"), label: "on_error")
        }
        var config: [String: JSONValue] = [:]
        if let node = fields["config"] {
            if case .object(let object)? = json(node, path: fields.path("config"), requireObject: true) {
                config = object
            }
        }
        let selector = decodeSelector(fields)

        guard let implementation, let selector else { return nil }
        return NetworkMiddleware(
            key: key, name: name, middleware: implementation, order: order ?? 0, config: config, onError: onError,
            endpoints: selector)
    }

    private func decodeSelector(_ fields: Fields) -> NetworkMiddleware.EndpointSelector? {
        guard fields.contains("endpoints") else {
            reportMissing("endpoints", in: fields, hint: "select hosts, as in endpoints: {include: [api.example.com]}")
            return nil
        }
        guard let selector = section("endpoints", of: fields, allowed: ["include", "exclude"]) else { return nil }
        let include = selector["include"].flatMap { hostPatterns($0, path: selector.path("include")) } ?? []
        let exclude = selector["exclude"].flatMap { hostPatterns($0, path: selector.path("exclude")) } ?? []
        if include.isEmpty {
            report(
                "include lists no host patterns; a middleware applies only to the hosts it includes",
                at: selector.position("include"), path: selector.path("include"))
            return nil
        }
        return NetworkMiddleware.EndpointSelector(include: include, exclude: exclude)
    }

    private func hostPatterns(_ node: YAMLNode, path: FieldPath) -> [String]? {
        stringList(node, path: path)?.compactMap { hostPattern($0.text, node: $0.node, path: $0.path) }
    }

    private func hostPattern(_ text: String, node: YAMLNode, path: FieldPath) -> String? {
        do {
            return try HostPattern(text).pattern
        } catch {
            report("invalid host pattern \(YAMLNode.quote(text)): \(error.reason)", at: node, path: path)
            return nil
        }
    }

    /// Converts a YAML node into JSON, with keys as strings, and rejects infinite and NaN numbers.
    private func json(_ node: YAMLNode, path: FieldPath, requireObject: Bool = false) -> JSONValue? {
        switch node.content {
        case .mapping(let entries):
            var object: [String: JSONValue] = [:]
            for entry in entries {
                let key = entry.key.scalar?.text ?? ""
                if let value = json(entry.value, path: path.appending(key)) {
                    object[key] = value
                }
            }
            return .object(object)
        case .sequence(let items) where !requireObject:
            return .array(items.enumerated().compactMap { json($1, path: path.appending(index: $0)) })
        case .scalar(let scalar) where !requireObject:
            switch scalar.value {
            case .null: return .null
            case .bool(let flag): return .bool(flag)
            case .int(let number): return .int(number)
            case .string(let text): return .string(text)
            case .float(let number) where number.isFinite: return .double(number)
            case .float:
                report("JSON has no infinite or NaN numbers; quote the value", at: node, path: path)
                return nil
            }
        default:
            report("expected a mapping, got \(node.summary)", at: node, path: path)
            return nil
        }
    }
}
