/// The body of every error response: `{"error": {"code": "not_found", "message": "..."}}`.
struct ErrorResponse: Codable, Sendable, Equatable {
    struct Detail: Codable, Sendable, Equatable {
        var code: String
        var message: String
    }

    var error: Detail
}
