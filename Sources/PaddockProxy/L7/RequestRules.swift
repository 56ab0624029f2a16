import PaddockHTTP
import PaddockPolicy

/// The outcome of checking one inspected request against its endpoint's L7 rules.
struct RequestVerdict: Sendable {
    enum Decision: String, Sendable {
        case allow, deny, audit
    }

    let decision: Decision
    /// The rule that matched (allow or deny), or the request as `METHOD path` when none did.
    let rule: String
    let detail: String
}

extension CompiledEndpoint {
    /// Checks a request: deny rules first, then the allow rules or `access` preset, with
    /// `enforcement: audit` turning a denial into a logged pass.
    func check(method: String, path: String, query: [(String, String)], encodedSlash: Bool) -> RequestVerdict {
        let verdict = strictCheck(method: method, path: path, query: query, encodedSlash: encodedSlash)
        guard verdict.decision == .deny, endpoint.enforcement == .audit else { return verdict }
        return RequestVerdict(decision: .audit, rule: verdict.rule, detail: verdict.detail)
    }

    private func strictCheck(method: String, path: String, query: [(String, String)], encodedSlash: Bool) -> RequestVerdict {
        let request = "\(method) \(path)"
        if encodedSlash && !endpoint.allowEncodedSlash {
            return RequestVerdict(
                decision: .deny, rule: request,
                detail: "\(request) contains %2F inside a path segment, which policy '\(policyName)' does not allow")
        }
        if let deny = denyRules.first(where: { $0.matches(method: method, path: path, query: query) }) {
            return RequestVerdict(
                decision: .deny, rule: deny.summary,
                detail: "\(request) matches deny rule '\(deny.summary)' of policy '\(policyName)'")
        }
        if let allow = allowRules.first(where: { $0.matches(method: method, path: path, query: query) }) {
            return RequestVerdict(decision: .allow, rule: allow.summary, detail: "\(request) allowed")
        }
        let allowed = allowRules.map(\.summary).joined(separator: ", ")
        return RequestVerdict(
            decision: .deny, rule: request,
            detail: "\(request) is not allowed by policy '\(policyName)', which allows only: \(allowed)")
    }
}

/// Request path canonicalisation for rule matching.
enum RequestPath {
    /// Returns the decoded path with dot segments resolved and repeated slashes merged, or nil
    /// when it climbs above the root.
    static func canonical(_ decoded: String) -> String? {
        var segments: [Substring] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(segment)
            }
        }
        var path = "/" + segments.joined(separator: "/")
        if decoded.hasSuffix("/") && path != "/" { path += "/" }
        return path
    }

    /// Returns whether the raw path has `%2F` (an encoded slash) inside a segment.
    static func hasEncodedSlash(_ rawPath: String) -> Bool {
        rawPath.range(of: "%2f", options: .caseInsensitive) != nil
    }
}
