import Foundation

/// One stored image: its manifest, config and layers, and the names that point at it.
///
/// Digests are kept as `sha256:<hex>` text. The store does not parse the config; the image module
/// reads `Env`, `User` and `WorkingDir` from it.
public struct ImageRecord: Codable, Sendable, Equatable {
    public struct Layer: Codable, Sendable, Equatable {
        public var digest: String
        public var mediaType: String
        public var size: Int64

        public init(digest: String, mediaType: String, size: Int64) {
            self.digest = digest
            self.mediaType = mediaType
            self.size = size
        }
    }

    /// The manifest digest, which identifies the image.
    public var digest: String
    public var mediaType: String
    public var configDigest: String
    /// The config blob's JSON text.
    public var config: String
    /// `os/architecture`, as the config states it.
    public var platform: String
    /// The sum of the compressed layer sizes in bytes.
    public var size: Int64
    /// Where the image came from: a registry reference or an imported path.
    public var source: String
    public var createdAt: Date
    /// The layers, lowest first.
    public var layers: [Layer]
    /// The names (`registry/repository:tag`) that point at this image, sorted.
    public var names: [String]

    public init(
        digest: String, mediaType: String, configDigest: String, config: String, platform: String, size: Int64,
        source: String, createdAt: Date = Date(), layers: [Layer], names: [String] = []
    ) {
        self.digest = digest
        self.mediaType = mediaType
        self.configDigest = configDigest
        self.config = config
        self.platform = platform
        self.size = size
        self.source = source
        self.createdAt = createdAt
        self.layers = layers
        self.names = names
    }
}
