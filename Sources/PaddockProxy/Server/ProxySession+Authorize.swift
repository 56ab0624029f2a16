import Foundation
import PaddockCore
import PaddockHTTP
import PaddockRuntime

extension ProxySession {
    /// An allowed connection: the endpoint that allowed it and the connected upstream socket.
    struct Grant {
        let host: String
        let port: Int
        let endpoint: CompiledEndpoint
        let upstream: Socket
    }

    /// Decides a connection to `host`:`port`, resolves and checks its addresses and dials it.
    ///
    /// Every outcome is audited. On a denial or failure the client has been sent the response and
    /// nil is returned.
    func authorize(host: String, port: Int, kind: String, tunnel: Bool) throws -> Grant? {
        let rules = proxy.rules
        let destination = Authority.join(host, port)
        let endpoint: CompiledEndpoint
        switch rules.decide(host: host, port: port, caller: caller) {
        case .deny(var denial, let policy):
            denial.policy = policy
            try reject(denial, kind: kind, destination: destination)
            return nil
        case .allow(let allowed, let binary, let pid):
            if let problem = proxy.pinning.check(path: binary, pid: pid) {
                try reject(ProxyDenial(.binaryChanged, problem, policy: allowed.policyName), kind: kind, destination: destination)
                return nil
            }
            endpoint = allowed
        }

        if tunnel && !endpoint.inspects && !endpoint.endpoint.allowUninspectedCredentials,
            let provider = rules.credentials.providersBound(host: host, port: port, endpoint: endpoint).first
        {
            let detail = "\(destination) receives credentials of provider '\(provider)', but its endpoint in policy "
                + "'\(endpoint.policyName)' is not inspected, so the proxy could not replace them; "
                + "use protocol: rest for it, or set allow_uninspected_credentials: true"
            try reject(ProxyDenial(.placeholderNotAllowed, detail, policy: endpoint.policyName), kind: kind, destination: destination)
            return nil
        }

        let addresses: [String]
        do {
            addresses = try proxy.resolver.resolve(host, overrides: rules.hostOverrides)
        } catch {
            record(kind: kind, decision: "deny", destination: destination, policy: endpoint.policyName,
                reason: UpstreamFailure.dnsFailed.rawValue, level: "warning", message: "\(error)")
            try send(ProxyResponse.failure(
                status: 502, reason: "Bad Gateway", error: UpstreamFailure.dnsFailed.rawValue, detail: "\(error)"))
            return nil
        }
        let addressPolicy = AddressPolicy(allowLoopback: rules.allowLoopbackUpstreams)
        if let rejection = addresses.lazy.compactMap({ addressPolicy.rejection(of: $0, for: endpoint) }).first {
            let detail = "\(destination) resolves to \(rejection)"
            try reject(ProxyDenial(.blockedAddress, detail, policy: endpoint.policyName), kind: kind, destination: destination)
            return nil
        }

        var failure: (any Error)?
        for address in addresses {
            do {
                let socket = try Socket.connect(to: .tcp(host: address, port: port), timeout: proxy.configuration.connectTimeout)
                record(kind: kind, decision: "allow", destination: destination, policy: endpoint.policyName,
                    message: "connection to \(destination) allowed")
                return Grant(host: host, port: port, endpoint: endpoint, upstream: socket)
            } catch {
                failure = error
            }
        }
        let detail = "cannot connect to \(destination): \(failure.map { "\($0)" } ?? "no address")"
        record(kind: kind, decision: "allow", destination: destination, policy: endpoint.policyName,
            reason: UpstreamFailure.upstreamUnreachable.rawValue, level: "warning", message: detail)
        try send(ProxyResponse.failure(
            status: 502, reason: "Bad Gateway", error: UpstreamFailure.upstreamUnreachable.rawValue, detail: detail))
        return nil
    }

    /// Audits a denial and sends its 403.
    func reject(_ denial: ProxyDenial, kind: String, destination: String, method: String? = nil, path: String? = nil) throws {
        record(kind: kind, decision: "deny", destination: destination, denial: denial, method: method, path: path)
        try send(ProxyResponse.forbidden(denial, includePolicyHeader: kind == "http"))
    }

    func record(kind: String, decision: String, destination: String, denial: ProxyDenial, method: String? = nil, path: String? = nil) {
        record(
            kind: kind, decision: decision, destination: destination, policy: denial.policy, rule: denial.rule,
            reason: denial.reason.rawValue, level: "warning", message: denial.detail, method: method, path: path)
    }

    /// Writes one audit record about this session's caller, and the matching operator log line.
    func record(
        kind: String, decision: String, destination: String, policy: String?, rule: String? = nil,
        reason: String? = nil, level: String = "info", message: String, method: String? = nil, path: String? = nil
    ) {
        proxy.audit.write(AuditRecord(
            time: "", kind: kind, level: level, message: message, sandbox: "", pid: caller.pid,
            binary: caller.executable, ancestors: caller.ancestors, destination: destination, policy: policy,
            rule: rule, decision: decision, reason: reason, method: method, path: path, revision: proxy.rules.revision))
        var fields = ["pid": String(caller.pid), "binary": caller.executable, "destination": destination, "decision": decision]
        if let policy { fields["policy"] = policy }
        if let reason { fields["reason"] = reason }
        if let method { fields["method"] = method }
        if let path { fields["path"] = path }
        let text = kind == "http" ? "egress request" : "egress connection"
        if level == "info" { proxy.logger.info(text, fields) } else { proxy.logger.warning(text, fields) }
    }
}
