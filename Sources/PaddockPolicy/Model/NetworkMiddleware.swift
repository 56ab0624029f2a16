/// One entry of `network_middlewares`: a request middleware that the proxy runs on inspected traffic
/// to the selected endpoints.
public struct NetworkMiddleware: Codable, Sendable, Equatable {
    /// The handling of a request when the middleware fails.
    public enum FailureMode: String, Codable, Sendable, Equatable, CaseIterable {
        /// Reject the request.
        case failClosed = "fail_closed"
        /// Forward the request unchanged.
        case failOpen = "fail_open"
    }

    /// The hosts a middleware applies to: host patterns to include, and ones to exclude from those.
    public struct EndpointSelector: Codable, Sendable, Equatable {
        public var include: [String]
        public var exclude: [String]

        public init(include: [String], exclude: [String] = []) {
            self.include = include
            self.exclude = exclude
        }
    }

    /// The maximum number of middlewares in one policy.
    public static let maxCount = 10

    /// The map key in `network_middlewares`.
    public var key: String
    /// The display name, or the key when the document gives none.
    public var name: String
    /// The implementation, such as `openshell/regex` for a built-in one.
    public var middleware: String
    /// The position in the chain, unique within a policy. Lower values run first, and 0 is the default.
    public var order: Int
    /// Implementation-specific settings, passed through as JSON.
    public var config: [String: JSONValue]
    /// The failure mode. Nil means the default, which fails closed as in OpenShell.
    public var onError: FailureMode?
    public var endpoints: EndpointSelector

    public init(
        key: String, name: String? = nil, middleware: String, order: Int, config: [String: JSONValue] = [:],
        onError: FailureMode? = nil, endpoints: EndpointSelector
    ) {
        self.key = key
        self.name = name ?? key
        self.middleware = middleware
        self.order = order
        self.config = config
        self.onError = onError
        self.endpoints = endpoints
    }

    private enum CodingKeys: String, CodingKey {
        case key, name, middleware, order, config
        case onError = "on_error"
        case endpoints
    }
}
