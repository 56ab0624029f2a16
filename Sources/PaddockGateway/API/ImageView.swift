import Foundation
import PaddockStore

/// An image as the REST API shows it.
struct ImageView: Codable, Sendable {
    struct Layer: Codable, Sendable {
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
    /// ISO 8601, as sandboxes show it.
    var createdAt: String
    var layers: [Layer]

    enum CodingKeys: String, CodingKey {
        case digest, names, platform, size, source, layers
        case createdAt = "created_at"
    }

    init(_ record: ImageRecord) {
        digest = record.digest
        names = record.names
        platform = record.platform
        size = record.size
        source = record.source
        createdAt = ISO8601DateFormatter().string(from: record.createdAt)
        layers = record.layers.map { Layer(digest: $0.digest, mediaType: $0.mediaType, size: $0.size) }
    }
}

struct ImageList: Codable, Sendable {
    var images: [ImageView]
}

/// The body of `POST /v1/images/import`.
struct ImportImageRequest: Codable, Sendable {
    var path: String
    var repository: String?
}

/// The first WebSocket message of `GET /v1/images/pull`.
struct PullImageRequest: Codable, Sendable {
    var reference: String
    var username: String?
    var password: String?
    /// PEM text of the registry's CA certificates.
    var caPEM: String?
    /// A path, no longer accepted: the gateway runs as root and would open any file a token holder
    /// names. It is decoded only to reject it with a message that tells the client to send `ca_pem`.
    var caFile: String?
    var plainHTTP: Bool?

    enum CodingKeys: String, CodingKey {
        case reference, username, password
        case caPEM = "ca_pem"
        case caFile = "ca_file"
        case plainHTTP = "plain_http"
    }
}

/// One WebSocket message of a pull's progress; `event` names the fields that are set.
struct PullEventMessage: Codable, Sendable {
    struct ErrorBody: Codable, Sendable {
        var code: String
        var message: String
    }

    struct LayerSize: Codable, Sendable {
        var digest: String
        var size: Int64
    }

    /// resolved, cached, progress, downloaded, unpacked, retrying, done or error.
    var event: String
    var digest: String?
    var received: Int64?
    var total: Int64?
    var layers: [LayerSize]?
    var message: String?
    var image: ImageView?
    var error: ErrorBody?
}

struct GarbageView: Codable, Sendable {
    var blobs: Int
    var layers: Int
    var temporaryFiles: Int
    var bytes: Int64

    enum CodingKeys: String, CodingKey {
        case blobs, layers, bytes
        case temporaryFiles = "temporary_files"
    }
}
