import PaddockHTTP

/// One request as a handler receives it: the HTTP request, the values of the route's `{name}` segments,
/// and helpers that read the body and the query with FastAPI's validation rules.
public struct RouteRequest {
    public let http: HTTPRequest
    public let context: HTTPRequestContext
    public let parameters: [String: String]

    /// The largest JSON body accepted; file writes carry whole files.
    static let maxJSONBodyBytes = 512 * 1024 * 1024

    /// Reads the body as a JSON object.
    ///
    /// - Throws: `ValidationFailure` when the body is missing, not JSON, or not an object.
    public func fields() throws -> RequestFields {
        try RequestFields.parse(body: try http.body.readAll(limit: Self.maxJSONBodyBytes))
    }

    /// The query parameters as fields.
    public func query() -> RequestFields {
        RequestFields(query: http.queryItems.map { ($0.name, $0.value) })
    }

    /// Tests whether the client asked for Server-Sent Events.
    public var acceptsEventStream: Bool {
        http.headers.values(for: "Accept").contains { $0.lowercased().contains("text/event-stream") }
    }
}
