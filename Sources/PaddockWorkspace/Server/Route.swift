import PaddockHTTP

/// One operation of the API: a method, a path pattern whose `{name}` segments match any one
/// segment, and the handler.
public struct Route: Sendable {
    public typealias Handler = @Sendable (RouteRequest) throws -> HTTPResponse

    public let method: String
    public let pattern: String
    let segments: [Substring]
    let handler: Handler

    public init(_ method: String, _ pattern: String, _ handler: @escaping Handler) {
        self.method = method
        self.pattern = pattern
        self.segments = pattern.split(separator: "/")
        self.handler = handler
    }

    /// Returns the values of the pattern's parameters when `path` matches it, nil otherwise.
    public func match(_ path: [Substring]) -> [String: String]? {
        Route.match(segments, path)
    }

    /// Matches split path segments against a split pattern.
    static func match(_ pattern: [Substring], _ path: [Substring]) -> [String: String]? {
        guard pattern.count == path.count else { return nil }
        var parameters: [String: String] = [:]
        for (expected, actual) in zip(pattern, path) {
            if expected.hasPrefix("{") && expected.hasSuffix("}") {
                parameters[String(expected.dropFirst().dropLast())] = String(actual)
            } else if expected != actual {
                return nil
            }
        }
        return parameters
    }
}
