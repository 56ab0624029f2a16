/// The reason the proxy rejected a connection or a request, sent as the `reason` field of every 403 body.
public enum DenialReason: String, Sendable, Codable, CaseIterable {
    /// No network policy has an endpoint for the host and port.
    case noMatchingEndpoint = "no_matching_endpoint"
    /// An endpoint matches, but neither the calling binary nor any of its ancestors is listed.
    case binaryNotAllowed = "binary_not_allowed"
    /// An L7 rule (method, path, query, deny rule or Host check) rejected the request.
    case l7Rule = "l7_rule"
    /// The host resolves to an address the proxy never dials, or to an internal one that the
    /// endpoint's `allowed_ips` does not cover.
    case blockedAddress = "blocked_address"
    /// The request carries a credential placeholder where it may not be replaced.
    case placeholderNotAllowed = "placeholder_not_allowed"
    /// The Host header of a request names another host than the tunnel or URL it came through.
    case hostMismatch = "host_mismatch"
    /// The calling binary's contents differ from what the proxy saw the first time it ran.
    case binaryChanged = "binary_changed"
}

/// A rejection by the proxy: the reason code, a sentence for the agent, and the policy involved.
public struct ProxyDenial: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: DenialReason
    /// A sentence naming what was rejected and what would allow it, without any credential.
    public var detail: String
    /// The name of the network policy whose rule rejected it, for L7 refusals.
    public var policy: String?
    /// The L7 rule that matched or was missing, as `METHOD path`.
    public var rule: String?
    /// The short error code of the body, `policy_denied` unless a more specific one applies.
    public var error: String

    public init(
        _ reason: DenialReason, _ detail: String, policy: String? = nil, rule: String? = nil,
        error: String = "policy_denied"
    ) {
        self.reason = reason
        self.detail = detail
        self.policy = policy
        self.rule = rule
        self.error = error
    }

    public var description: String { "\(reason.rawValue): \(detail)" }
}
