import Foundation
import PaddockHTTP
import PaddockRuntime

/// One request and its response through the proxy: the checks (L4 again under the rules now in
/// force, Host, L7 rules, credential placeholders), then the forwarding both ways.
struct HTTPExchange {
    let session: ProxySession
    let host: String
    let port: Int
    /// Whether requests came through a CONNECT tunnel (origin form) rather than as absolute URLs.
    let tunnelled: Bool
    let requests: RequestReader
    let client: any ByteStream

    init(session: ProxySession, host: String, port: Int, tunnelled: Bool, requests: RequestReader? = nil, client: (any ByteStream)? = nil) {
        self.session = session
        self.host = host
        self.port = port
        self.tunnelled = tunnelled
        self.requests = requests ?? session.reader
        self.client = client ?? session.clientStream
    }

    var destination: String { Authority.join(host, port) }

    /// Checks and forwards the request that `head` starts, then relays the response.
    /// - Returns: whether the client connection may carry another request.
    func run(_ head: HTTPRequestHead, upstream: ResponseReader) throws -> Bool {
        let rules = session.proxy.rules
        guard case .allow(let allowed, _, _) = rules.decide(host: host, port: port, caller: session.caller) else {
            _ = try session.stillAllowed(host: host, port: port)
            return false
        }
        let rawTarget = head.target.rawPath + (head.target.rawQuery.map { "?" + $0 } ?? "")
        let path = RequestPath.canonical(head.target.path)
        let loggedPath = redact(path ?? head.target.rawPath, rules.credentials)

        if let problem = hostProblem(head) {
            try deny(ProxyDenial(.hostMismatch, problem, policy: allowed.policyName, error: "request_authority_mismatch"), head, loggedPath)
            return false
        }
        let endpoint = select(allowed, path: path ?? "/", rules: rules)
        var verdict: RequestVerdict?
        if endpoint.inspects {
            guard let path else {
                let detail = "the path of \(head.method) \(loggedPath) climbs above the root"
                try deny(ProxyDenial(.l7Rule, detail, policy: endpoint.policyName), head, loggedPath)
                return false
            }
            let query = head.target.queryItems.map { ($0.name, $0.value ?? "") }
            let checked = endpoint.check(
                method: head.method, path: path, query: query, encodedSlash: RequestPath.hasEncodedSlash(head.target.rawPath))
            // Messages quote the path, so placeholders in it are masked before they are logged.
            let checkedVerdict = RequestVerdict(
                decision: checked.decision, rule: redact(checked.rule, rules.credentials),
                detail: redact(checked.detail, rules.credentials))
            if checkedVerdict.decision == .deny {
                let denial = ProxyDenial(
                    .l7Rule, checkedVerdict.detail, policy: endpoint.policyName, rule: checkedVerdict.rule)
                try deny(denial, head, loggedPath)
                return false
            }
            verdict = checkedVerdict
        }

        let rewriter = CredentialRewriter(credentials: rules.credentials)
        let outcome = rewriter.rewrite(
            .init(target: rawTarget, headers: head.headers), inspected: endpoint.inspects, destination: destination
        ) { provider in
            rules.credentials.isBound(provider, host: host, port: port, endpoint: endpoint)
        }
        let request: CredentialRewriter.Request
        switch outcome {
        case .failure(var denial):
            denial.policy = endpoint.policyName
            try deny(denial, head, loggedPath)
            return false
        case .success(let rewritten):
            request = rewritten
        }
        // The verdict is recorded only now, so a request that the placeholder check rejects gets a
        // single deny record instead of an allow followed by a deny.
        if let verdict { recordPassed(verdict, endpoint: endpoint, head, loggedPath) }
        try forward(head, request, upstream: upstream)
        return try relayResponse(to: head, from: upstream)
    }

    private func forward(_ head: HTTPRequestHead, _ request: CredentialRewriter.Request, upstream: ResponseReader) throws {
        var headers = MessageWriter.endToEnd(request.headers)
        if head.expectsContinue {
            // The proxy streams the body at once, so it sends the 100 Continue itself.
            headers.remove("Expect")
            try client.write(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8))
        }
        try upstream.stream.write(MessageWriter.requestHead(method: head.method, target: request.target, headers: headers))
        try MessageWriter.copyBody(framing: head.framing, from: requests, to: upstream.stream)
    }

    private func relayResponse(to request: HTTPRequestHead, from upstream: ResponseReader) throws -> Bool {
        upstream.parser.requestMethod = request.method
        while true {
            guard case .head(let response)? = try upstream.next() else {
                throw ProxyProtocolError("the upstream closed before responding")
            }
            var headers = MessageWriter.endToEnd(response.headers)
            if response.status < 200 {
                try client.write(MessageWriter.responseHead(response, headers: headers))
                _ = try upstream.next()
                continue
            }
            let keepAlive = request.keepAlive && response.keepAlive
            if !keepAlive { headers.add("Connection", "close") }
            try client.write(MessageWriter.responseHead(response, headers: headers))
            try MessageWriter.copyBody(framing: response.framing, from: upstream, to: client)
            return keepAlive
        }
    }

    /// Returns why the Host header disagrees with the tunnel's or URL's authority, or nil.
    private func hostProblem(_ head: HTTPRequestHead) -> String? {
        guard let value = head.headers["Host"] else { return nil }
        let defaultPort = tunnelled ? port : 80
        guard let (headerHost, headerPort) = Authority.split(value, defaultPort: defaultPort),
            headerHost == host, headerPort == port
        else {
            let through = tunnelled ? "the tunnel to \(destination)" : "the URL's \(destination)"
            return "the Host header names another destination than \(through); send requests only for \(destination)"
        }
        return nil
    }

    /// Picks the endpoint of the matched policy whose `path` selector covers the request.
    private func select(_ allowed: CompiledEndpoint, path: String, rules: EgressRules) -> CompiledEndpoint {
        let siblings = rules.endpoints.filter { $0.policyKey == allowed.policyKey && $0.matches(host: host, port: port) }
        return siblings.first { $0.pathSelector?.matches(path) ?? false }
            ?? siblings.first { $0.pathSelector == nil } ?? allowed
    }

    private func recordPassed(
        _ verdict: RequestVerdict, endpoint: CompiledEndpoint, _ head: HTTPRequestHead, _ path: String
    ) {
        let audited = verdict.decision == .audit
        session.record(
            kind: "http", decision: verdict.decision.rawValue, destination: destination, policy: endpoint.policyName,
            rule: verdict.rule, reason: audited ? DenialReason.l7Rule.rawValue : nil,
            level: audited ? "warning" : "info", message: verdict.detail, method: head.method, path: path)
    }

    private func deny(_ denial: ProxyDenial, _ head: HTTPRequestHead, _ path: String) throws {
        session.record(kind: "http", decision: "deny", destination: destination, denial: denial, method: head.method, path: path)
        try client.write(ProxyResponse.forbidden(denial, includePolicyHeader: true))
    }

    private func redact(_ path: String, _ credentials: CredentialSet) -> String {
        guard path.contains(EgressCredential.placeholderPrefix) else { return path }
        var result = path
        for entry in credentials.entries { result = result.replacingOccurrences(of: entry.placeholder, with: "[credential]") }
        return result.contains(EgressCredential.placeholderPrefix) ? "[path with a placeholder]" : result
    }
}
