/// The `json_rpc` options of an endpoint with `protocol: json-rpc`.
public struct JSONRPCOptions: Codable, Sendable, Equatable {
    /// The largest JSON-RPC request body that the proxy inspects, in bytes.
    public var maxBodyBytes: Int?

    public init(maxBodyBytes: Int? = nil) {
        self.maxBodyBytes = maxBodyBytes
    }

    private enum CodingKeys: String, CodingKey {
        case maxBodyBytes = "max_body_bytes"
    }
}
