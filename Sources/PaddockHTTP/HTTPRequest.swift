/// A request as passed to a handler: the parsed head and a streaming body.
public struct HTTPRequest: Sendable {
    public let head: HTTPRequestHead
    /// The body, read on demand. The server discards or closes on whatever the handler leaves unread.
    public let body: HTTPBody

    public init(head: HTTPRequestHead, body: HTTPBody = .empty) {
        self.head = head
        self.body = body
    }

    public var method: String { head.method }
    public var version: HTTPVersion { head.version }
    public var headers: HTTPHeaders { head.headers }
    /// The request target exactly as sent.
    public var target: String { head.target.raw }
    /// The percent-decoded path.
    public var path: String { head.target.path }
    /// The path as sent, still percent-encoded.
    public var rawPath: String { head.target.rawPath }
    public var queryItems: [HTTPQueryItem] { head.target.queryItems }

    /// Returns the decoded value of the first query item named `name`, or nil when there is none.
    /// A bare `name` without `=` has the value "".
    public func query(_ name: String) -> String? {
        guard let item = queryItems.first(where: { $0.name == name }) else { return nil }
        return item.value ?? ""
    }
}
