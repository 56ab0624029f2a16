import PaddockPolicy

/// One endpoint of a network policy, compiled for matching: host pattern, allowed networks and L7
/// rules with the `access` preset expanded.
public struct CompiledEndpoint: Sendable {
    /// The key and display name of the policy the endpoint belongs to.
    public let policyKey: String
    public let policyName: String
    public let endpoint: NetworkEndpoint
    /// The host pattern, nil for a hostless endpoint that matches any host by `allowed_ips`.
    public let host: HostPattern?
    public let allowedNetworks: [IPNetwork]
    /// The `path` selector among L7 endpoints on the same host and port.
    public let pathSelector: PathGlob?
    public let allowRules: [CompiledRule]
    public let denyRules: [CompiledRule]

    /// The methods of the `read-only` preset.
    static let readOnlyMethods = ["GET", "HEAD", "OPTIONS"]
    /// The methods of the `read-write` preset.
    static let readWriteMethods = readOnlyMethods + ["POST", "PUT", "PATCH"]

    init(policy: NetworkPolicy, endpoint: NetworkEndpoint, field: String) throws(ProxyRulesError) {
        policyKey = policy.key
        policyName = policy.name
        self.endpoint = endpoint
        guard !endpoint.ports.isEmpty else {
            throw ProxyRulesError("\(field): the endpoint has no port; add port or ports")
        }
        host = try Self.compileHost(endpoint, field: field)
        allowedNetworks = try Self.compileNetworks(endpoint.allowedIPs ?? [], field: field)
        if host == nil && allowedNetworks.isEmpty {
            throw ProxyRulesError("\(field): the endpoint has neither host nor allowed_ips; add a host")
        }
        pathSelector = try endpoint.path.map { pattern throws(ProxyRulesError) in
            do {
                return try PathGlob(pattern)
            } catch {
                throw ProxyRulesError("\(field).path: \(error)")
            }
        }
        allowRules = try Self.compileAllowRules(endpoint, field: field)
        var deny: [CompiledRule] = []
        for (index, rule) in (endpoint.denyRules ?? []).enumerated() {
            deny.append(try CompiledRule(rule, field: "\(field).deny_rules[\(index)]"))
        }
        denyRules = deny
    }

    /// Whether requests to this endpoint are parsed and checked against L7 rules. Only REST is
    /// inspected; other L7 protocols are tunnelled like L4 endpoints.
    public var inspects: Bool {
        endpoint.protocol == .rest && endpoint.inspectsRequests
    }

    /// Returns whether the endpoint covers `host` and `port`.
    public func matches(host candidate: String, port: Int) -> Bool {
        guard endpoint.ports.contains(port) else { return false }
        guard let host else { return true }
        return host.matches(candidate)
    }

    /// The endpoint as `host:ports` for messages.
    public var summary: String {
        let ports = endpoint.ports.map(String.init).joined(separator: ",")
        return "\(endpoint.host ?? "*"):\(ports)"
    }

    private static func compileHost(_ endpoint: NetworkEndpoint, field: String) throws(ProxyRulesError) -> HostPattern? {
        guard let text = endpoint.host else { return nil }
        do {
            return try HostPattern(text)
        } catch {
            throw ProxyRulesError("\(field).host: \(error)")
        }
    }

    private static func compileNetworks(_ texts: [String], field: String) throws(ProxyRulesError) -> [IPNetwork] {
        var networks: [IPNetwork] = []
        for (index, text) in texts.enumerated() {
            do {
                networks.append(try IPNetwork(text))
            } catch {
                throw ProxyRulesError("\(field).allowed_ips[\(index)]: \(error)")
            }
        }
        return networks
    }

    private static func compileAllowRules(_ endpoint: NetworkEndpoint, field: String) throws(ProxyRulesError) -> [CompiledRule] {
        switch endpoint.access {
        case .readOnly?: return readOnlyMethods.map { CompiledRule(method: $0) }
        case .readWrite?: return readWriteMethods.map { CompiledRule(method: $0) }
        case .full?: return [CompiledRule(method: nil)]
        case nil: break
        }
        var rules: [CompiledRule] = []
        for (index, rule) in (endpoint.rules ?? []).enumerated() {
            rules.append(try CompiledRule(rule, field: "\(field).rules[\(index)]"))
        }
        return rules
    }
}
