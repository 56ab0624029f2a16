import PaddockPolicy

/// The outcome of checking one connection against the network policies.
public enum ConnectionDecision: Sendable {
    /// Allowed by `endpoint`; `binary` is the executable (the caller's or an ancestor's) that a
    /// binary rule matched, and `binaryPID` the process that runs it.
    case allow(endpoint: CompiledEndpoint, binary: String, binaryPID: Int32)
    case deny(ProxyDenial, policy: String?)
}

extension EgressRules {
    /// Checks a connection from `caller` to `host`:`port` against the endpoints and binaries.
    ///
    /// The first policy, in key order, that has a matching endpoint and a matching binary allows it.
    public func decide(host: String, port: Int, caller: CallerIdentity) -> ConnectionDecision {
        let destination = Self.destination(host: host, port: port)
        let candidates = endpoints.filter { $0.matches(host: host, port: port) }
        guard !candidates.isEmpty else {
            let detail = endpoints.isEmpty
                ? "\(destination) is not permitted: the sandbox's policy allows no network connections"
                : "\(destination) is not permitted: no network policy has an endpoint for this host and port"
            return .deny(ProxyDenial(.noMatchingEndpoint, detail + "; ask the operator to add one"), policy: nil)
        }
        for endpoint in candidates {
            guard let matchers = binaries[endpoint.policyKey] else { continue }
            if let (binary, pid) = Self.matchingBinary(matchers, caller: caller) {
                return .allow(endpoint: endpoint, binary: binary, binaryPID: pid)
            }
        }
        let policies = Array(Set(candidates.map(\.policyName))).sorted()
        let allowed = Array(Set(candidates.flatMap { binaries[$0.policyKey] ?? [] }.map(\.path))).sorted()
        var detail = "binary \(caller.executable)"
        if !caller.ancestors.isEmpty {
            detail += " (ancestors \(caller.ancestors.joined(separator: ", ")))"
        }
        detail += " may not connect to \(destination): policy \(policies.map { "'\($0)'" }.joined(separator: ", "))"
        detail += allowed.isEmpty ? " lists no binaries" : " allows only \(allowed.joined(separator: ", "))"
        return .deny(ProxyDenial(.binaryNotAllowed, detail), policy: policies.first)
    }

    /// `host:port`, with brackets around an IPv6 address.
    static func destination(host: String, port: Int) -> String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    private static func matchingBinary(_ matchers: [BinaryMatcher], caller: CallerIdentity) -> (String, Int32)? {
        guard caller.isKnown else { return nil }
        let chain = [(caller.executable, caller.pid)] + zip(caller.ancestors, caller.ancestorPIDs).map { ($0, $1) }
        for (path, pid) in chain where matchers.contains(where: { $0.matches(path) }) {
            return (path, pid)
        }
        return nil
    }
}
