import PaddockPolicy

/// One REST allow or deny rule, with its path glob compiled.
public struct CompiledRule: Sendable {
    /// The HTTP method in upper case, or nil for any (`*` or omitted).
    public let method: String?
    public let path: PathGlob?
    public let query: [String: QueryMatcher]

    /// Compiles `rule`; `field` names it in errors.
    init(_ rule: L7Rule, field: String) throws(ProxyRulesError) {
        let method = rule.method?.uppercased()
        self.method = method == "*" ? nil : method
        if let pattern = rule.path {
            do {
                path = try PathGlob(pattern)
            } catch {
                throw ProxyRulesError("\(field).path: \(error)")
            }
        } else {
            path = nil
        }
        query = rule.query ?? [:]
    }

    /// Creates a rule for a method on every path, as the `access` presets expand to.
    init(method: String?) {
        self.method = method
        path = nil
        query = [:]
    }

    /// Returns whether the request matches: its method, canonical path and every named query parameter.
    /// A named parameter must be present, and each of its values must match.
    public func matches(method requestMethod: String, path requestPath: String, query items: [(String, String)]) -> Bool {
        if let method, method != requestMethod.uppercased() { return false }
        if let path, !path.matches(requestPath) { return false }
        for (name, matcher) in query {
            let values = items.filter { $0.0 == name }.map(\.1)
            guard !values.isEmpty, values.allSatisfy(matcher.matches) else { return false }
        }
        return true
    }

    /// The rule as `METHOD path` for messages and audit records.
    public var summary: String {
        "\(method ?? "*") \(path?.pattern ?? "**")"
    }
}

/// A network settings document that cannot be enforced, with the field and the fix.
public struct ProxyRulesError: Error, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
