import PaddockHTTP

/// The AIO response envelope `{success, message, data, hint}` and the JSON responses built on it.
public enum Envelope {
    /// The message FastAPI's `Response` model carries by default.
    public static let defaultMessage = "Operation successful"

    /// Builds the envelope body.
    public static func body(
        success: Bool, message: String?, data: JSONValue, hint: String? = nil, extra: [String: JSONValue] = [:]
    ) -> JSONValue {
        var members: [String: JSONValue] = [
            "success": .bool(success), "message": .from(message), "data": data, "hint": .from(hint),
        ]
        members.merge(extra) { _, new in new }
        return .object(members)
    }

    /// Returns the response to a successful operation: HTTP 200.
    public static func success(_ data: JSONValue, message: String = defaultMessage, hint: String? = nil) -> HTTPResponse {
        json(body(success: true, message: message, data: data, hint: hint))
    }

    /// Returns the response to a handled failure: HTTP 200 with `success: false`.
    public static func failure(_ message: String, data: JSONValue = .null) -> HTTPResponse {
        json(body(success: false, message: message, data: data))
    }

    /// Returns a response whose body is any JSON value.
    public static func json(_ value: JSONValue, status: Int = 200) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: .bytes(value.serialized()))
    }

    /// Answers an HTTP error in FastAPI's shape, `{"detail": "..."}`.
    public static func error(_ message: String, status: Int) -> HTTPResponse {
        json(["detail": .string(message)], status: status)
    }
}

/// A failure that the operation handled: the client gets HTTP 200 with `success: false`, this
/// message, and `data` (a `FileOperationError` for file operations, otherwise usually null).
public struct OperationFailure: Error, Sendable {
    public var message: String
    public var data: JSONValue

    public init(_ message: String, data: JSONValue = .null) {
        self.message = message
        self.data = data
    }
}
