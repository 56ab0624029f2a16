/// The code of a failure to reach an allowed upstream, sent as the `error` field of the 502 body
/// and recorded as the `reason` of the audit record, so both use the same word.
enum UpstreamFailure: String, Sendable, CaseIterable {
    /// The host name did not resolve.
    case dnsFailed = "dns_failed"
    /// No address of the host accepted the connection.
    case upstreamUnreachable = "upstream_unreachable"
}
