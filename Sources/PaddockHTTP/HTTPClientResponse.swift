import Foundation
import PaddockCore

/// A response received by `HTTPClient`, with a streaming body.
///
/// The client reuses the connection for its next request once the body has been read to the end.
/// A response dropped with unread body bytes costs the connection instead.
public final class HTTPClientResponse: @unchecked Sendable {
    public let head: HTTPResponseHead
    public let body: HTTPBody

    init(head: HTTPResponseHead, body: HTTPBody) {
        self.head = head
        self.body = body
    }

    public var status: Int { head.status }
    public var headers: HTTPHeaders { head.headers }

    /// Returns the error a Paddock server described in a JSON error body, or nil for a success status.
    ///
    /// A non-JSON error body becomes the message of an error whose code follows from the status.
    public func error() throws -> PaddockError? {
        guard status >= 400 else { return nil }
        let bytes = try body.readAll(limit: 1024 * 1024)
        if let decoded = try? JSONDecoder().decode(HTTPResponse.ErrorBody.self, from: Data(bytes)),
            let code = PaddockError.Code(rawValue: decoded.error.code)
        {
            return PaddockError(code, decoded.error.message)
        }
        let text = String(decoding: bytes.prefix(512), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return PaddockError(Self.code(forStatus: status), "\(status) \(head.reason): \(text)")
    }

    static func code(forStatus status: Int) -> PaddockError.Code {
        switch status {
        case 400, 411, 414, 422, 431: return .invalidArgument
        case 401: return .unauthenticated
        case 403: return .permissionDenied
        case 404, 410: return .notFound
        case 409, 412: return .failedPrecondition
        case 413: return .tooLarge
        case 408, 504: return .timeout
        case 501, 505: return .unsupported
        case 502, 503: return .unavailable
        default: return status < 500 ? .invalidArgument : .internal
        }
    }
}
