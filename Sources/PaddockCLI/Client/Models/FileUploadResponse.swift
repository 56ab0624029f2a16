/// The body of `PUT /v1/sandboxes/NAME/files?path=ABS`.
struct FileUploadResponse: Codable, Sendable, Equatable {
    /// The absolute path written inside the sandbox.
    var path: String
    /// The number of bytes written.
    var size: Int64
}
