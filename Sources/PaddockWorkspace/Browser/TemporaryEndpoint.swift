// Temporary until the browser branch is merged.
struct BrowserEndpoint: Sendable, Equatable {
    let port: Int
    let browserWebSocketPath: String
    let userAgent: String
    let generation: Int
}
