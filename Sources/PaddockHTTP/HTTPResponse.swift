import Foundation
import PaddockCore

/// A response returned by a handler: status, headers and one of several kinds of body.
///
/// The server sets the framing headers itself (Content-Length, Transfer-Encoding, Connection), so
/// values a handler puts in those fields are replaced. An upgrade response is the exception: its
/// headers go out as given, because `Connection: Upgrade` belongs to the handshake.
public struct HTTPResponse {
    /// The body of a response.
    public enum Body {
        /// Bytes known up front, sent with Content-Length.
        case bytes([UInt8])
        /// Bytes known up front, sent with Content-Length.
        case data(Data)
        /// Output produced while the response is sent: the closure writes pieces through the writer,
        /// and each write reaches the client at once. It is sent chunked to HTTP/1.1 clients and
        /// delimited by closing the connection for HTTP/1.0 clients. The closure is not called for HEAD.
        case stream((HTTPBodyWriter) throws -> Void)
        /// A protocol switch: after the head (normally 101, or 200 for CONNECT) the closure owns the
        /// connection, and the server closes it when the closure returns.
        case upgrade((RawConnection) throws -> Void)
    }

    public var status: Int
    public var reason: String
    public var headers: HTTPHeaders
    public var body: Body

    public init(status: Int = 200, reason: String? = nil, headers: HTTPHeaders = [:], body: Body = .bytes([])) {
        self.status = status
        self.reason = reason ?? HTTPStatus.reason(for: status)
        self.headers = headers
        self.body = body
    }

    /// Creates a `text/plain; charset=utf-8` response.
    public static func text(_ text: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(
            status: status, headers: ["Content-Type": "text/plain; charset=utf-8"], body: .bytes(Array(text.utf8)))
    }

    /// Creates an `application/json` response from an encodable value.
    public static func json(_ value: some Encodable, status: Int = 200) throws -> HTTPResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return HTTPResponse(
            status: status, headers: ["Content-Type": "application/json"], body: .data(try encoder.encode(value)))
    }

    /// Creates the JSON error response for `error`: `{"error":{"code":"not_found","message":"..."}}`
    /// with the status of its code. The cause is left out, because it may reveal internals.
    public static func error(_ error: PaddockError) -> HTTPResponse {
        let body = ErrorBody(error: .init(code: error.code.rawValue, message: error.message))
        let data = (try? JSONEncoder().encode(body)) ?? Data("{}".utf8)
        return HTTPResponse(
            status: error.code.httpStatus, headers: ["Content-Type": "application/json"], body: .data(data))
    }

    /// The shape of a JSON error body, shared with the client that decodes it.
    struct ErrorBody: Codable {
        struct Detail: Codable {
            var code: String
            var message: String
        }

        var error: Detail
    }
}
