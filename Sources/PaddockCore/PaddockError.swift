/// The error type shared by every Paddock module: a stable code, a message for a person, and an
/// optional underlying cause.
///
/// The HTTP layer maps `code` to a status in one place (`PaddockError.Code.httpStatus`), so a
/// handler only has to throw the right code.
public struct PaddockError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Code: String, Sendable, Codable, CaseIterable {
        case invalidArgument = "invalid_argument"
        case unauthenticated
        case permissionDenied = "permission_denied"
        case notFound = "not_found"
        case alreadyExists = "already_exists"
        case failedPrecondition = "failed_precondition"
        case tooLarge = "too_large"
        case timeout
        case unsupported
        case unavailable
        case `internal`

        /// The HTTP status that a REST API returns for this code.
        public var httpStatus: Int {
            switch self {
            case .invalidArgument: return 400
            case .unauthenticated: return 401
            case .permissionDenied: return 403
            case .notFound: return 404
            case .alreadyExists: return 409
            case .failedPrecondition: return 409
            case .tooLarge: return 413
            case .timeout: return 504
            case .unsupported: return 501
            case .unavailable: return 503
            case .internal: return 500
            }
        }
    }

    public var code: Code
    public var message: String
    public var cause: String?

    public init(_ code: Code, _ message: String, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause.map { String(describing: $0) }
    }

    public var description: String {
        guard let cause else { return "\(code.rawValue): \(message)" }
        return "\(code.rawValue): \(message) (cause: \(cause))"
    }
}
