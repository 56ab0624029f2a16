import Foundation
import PaddockCore

/// Turns the gateway's error responses into `PaddockError`s with the gateway's code and message.
enum GatewayErrorDecoder {
    /// Returns the error for a response with a non-2xx `status`.
    ///
    /// - Parameters:
    ///   - body: The response body, usually `{"error": {"code": ..., "message": ...}}`.
    ///   - request: The method and path, such as `GET /v1/sandboxes/x`, for a body that is not JSON.
    ///   - tokenSource: Where the token came from, added to authentication errors.
    static func error(status: Int, body: [UInt8], request: String, tokenSource: String) -> PaddockError {
        if let decoded = try? JSONDecoder().decode(ErrorResponse.self, from: Data(body)) {
            let code = PaddockError.Code(rawValue: decoded.error.code) ?? code(forStatus: status)
            var message = decoded.error.message
            if code == .unauthenticated {
                message += " (the token came from \(tokenSource))"
            }
            return PaddockError(code, message)
        }

        let text = String(decoding: body.prefix(300), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        var message = "the gateway returned HTTP \(status) for \(request)"
        if !text.isEmpty {
            message += ": \(text)"
        }
        return PaddockError(code(forStatus: status), message)
    }

    /// Returns the error code whose HTTP status is `status`, or a generic one for its class.
    static func code(forStatus status: Int) -> PaddockError.Code {
        if let code = PaddockError.Code.allCases.first(where: { $0.httpStatus == status }) {
            return code
        }
        return (400..<500).contains(status) ? .invalidArgument : .internal
    }
}
