import Foundation

/// An image as `GET /v1/images` returns it.
struct Image: Codable, Sendable, Equatable {
    struct Layer: Codable, Sendable, Equatable {
        var digest: String
        var mediaType: String
        var size: Int64

        enum CodingKeys: String, CodingKey {
            case digest, size
            case mediaType = "media_type"
        }
    }

    var digest: String
    var names: [String]
    var platform: String
    var size: Int64
    var source: String
    /// ISO 8601.
    var createdAt: String
    var layers: [Layer]

    enum CodingKeys: String, CodingKey {
        case digest, names, platform, size, source, layers
        case createdAt = "created_at"
    }
}

struct ImageList: Codable, Sendable {
    var images: [Image]
}

struct ImportImageRequest: Codable, Sendable {
    var path: String
    var repository: String?
}

struct RemoveImageResponse: Codable, Sendable {
    var removed: [String]
}

struct GarbageResponse: Codable, Sendable {
    var blobs: Int
    var layers: Int
    var temporaryFiles: Int
    var bytes: Int64

    enum CodingKeys: String, CodingKey {
        case blobs, layers, bytes
        case temporaryFiles = "temporary_files"
    }
}

/// The first WebSocket message of `GET /v1/images/pull`.
struct PullImageRequest: Codable, Sendable {
    var reference: String
    var username: String?
    var password: String?
    /// PEM text of the registry's CA certificates, read by the CLI from `--ca-file`.
    var caPEM: String?
    var plainHTTP: Bool?

    enum CodingKeys: String, CodingKey {
        case reference, username, password
        case caPEM = "ca_pem"
        case plainHTTP = "plain_http"
    }
}

/// One progress message of a pull.
struct PullEventMessage: Codable, Sendable {
    struct ErrorBody: Codable, Sendable {
        var code: String
        var message: String
    }

    struct LayerSize: Codable, Sendable {
        var digest: String
        var size: Int64
    }

    var event: String
    var digest: String?
    var received: Int64?
    var total: Int64?
    var layers: [LayerSize]?
    var message: String?
    var image: Image?
    var error: ErrorBody?
}
