import Foundation

/// A request for `HTTPClient`.
public struct HTTPClientRequest {
    /// The body of a client request.
    public enum Body {
        case empty
        /// Bytes sent with Content-Length.
        case bytes([UInt8])
        /// Bytes sent with Content-Length.
        case data(Data)
        /// Pieces from `next` until it returns nil: sent with Content-Length when `length` is given,
        /// chunked otherwise. A streamed body cannot be sent again, so a request with one is not retried.
        case stream(length: Int?, next: () throws -> [UInt8]?)
    }

    public var method: String
    /// The origin-form target, such as `/v1/sandboxes?limit=10`.
    public var target: String
    public var headers: HTTPHeaders
    public var body: Body

    public init(method: String = "GET", target: String, headers: HTTPHeaders = [:], body: Body = .empty) {
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
    }

    var isReplayable: Bool {
        if case .stream = body { return false }
        return true
    }

    /// Returns the request head, and the body when it is small enough to go in the same write.
    func encodeHead(host: String) -> [UInt8] {
        var text = "\(method) \(target) HTTP/1.1\r\n"
        if !headers.contains("Host") { text += "Host: \(host)\r\n" }
        for field in headers {
            if HTTPHeaders.namesEqual(field.name, "Content-Length")
                || HTTPHeaders.namesEqual(field.name, "Transfer-Encoding")
            {
                continue
            }
            text += "\(field.name): \(field.value)\r\n"
        }
        switch body {
        case .empty:
            if ["POST", "PUT", "PATCH"].contains(method) { text += "Content-Length: 0\r\n" }
        case .bytes(let bytes):
            text += "Content-Length: \(bytes.count)\r\n"
        case .data(let data):
            text += "Content-Length: \(data.count)\r\n"
        case .stream(let length, _):
            text += length.map { "Content-Length: \($0)\r\n" } ?? "Transfer-Encoding: chunked\r\n"
        }
        text += "\r\n"
        return Array(text.utf8)
    }
}
