import Foundation

/// A response from the gateway's REST API, read to its end.
struct HTTPReply: Sendable {
    let status: Int
    let body: Data

    /// The `error.code` of a JSON error body, or nil when the body is not one.
    var errorCode: String? { errorBody?.error.code }
    /// The `error.message` of a JSON error body, or nil when the body is not one.
    var errorMessage: String? { errorBody?.error.message }

    /// Decodes the body as `T`.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(type, from: body)
    }

    private var errorBody: ErrorBody? { try? JSONDecoder().decode(ErrorBody.self, from: body) }

    private struct ErrorBody: Decodable {
        struct Detail: Decodable {
            var code: String
            var message: String
        }

        var error: Detail
    }
}
