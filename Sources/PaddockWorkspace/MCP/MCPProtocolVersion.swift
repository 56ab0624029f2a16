/// The MCP protocol revisions this server speaks, and the rules that differ between them.
enum MCPProtocolVersion {
    /// Every revision reachable through the `initialize` handshake, oldest first. The 2026-07-28
    /// revision replaces the handshake with stateless requests and is not supported.
    static let supported = ["2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"]
    static let latest = supported.last!
    /// The revision a server assumes when a request carries no `MCP-Protocol-Version` header, as the
    /// Streamable HTTP transport of 2025-06-18 and later specifies.
    static let assumedWithoutHeader = "2025-03-26"

    /// Returns the revision for the `initialize` result: the client's own when supported, else the
    /// newest this server supports (the client then decides whether to continue).
    static func negotiate(_ requested: String) -> String {
        supported.contains(requested) ? requested : latest
    }

    /// Tests whether a POST body may be a JSON-RPC batch: revision 2025-06-18 removed batching.
    static func allowsBatches(_ version: String) -> Bool {
        guard let index = supported.firstIndex(of: version) else { return false }
        return index < supported.firstIndex(of: "2025-06-18")!
    }
}
