/// Where the image store keeps its files below the gateway's state directory.
///
/// ```
/// <state>/images/blobs/sha256/<hex>     content-addressed blobs: manifests, configs, layer archives
/// <state>/images/layers/<hex>/          each layer unpacked once, named by its blob digest
/// <state>/images/downloads/<hex>.partial  partial registry downloads, kept to resume them
/// <state>/images/tmp/                   scratch space for imports; emptied by garbage collection
/// <state>/images/lock                   flock(2): shared while adding images, exclusive while collecting
/// ```
public struct ImageStorePaths: Sendable {
    public let root: String

    public init(stateDirectory: String) {
        root = stateDirectory + "/images"
    }

    public var blobs: String { root + "/blobs/sha256" }
    public var layers: String { root + "/layers" }
    public var downloads: String { root + "/downloads" }
    public var temporary: String { root + "/tmp" }
    public var lockFile: String { root + "/lock" }

    public func blob(_ digest: Digest) -> String { "\(blobs)/\(digest.hex)" }
    public func layer(_ digest: Digest) -> String { "\(layers)/\(digest.hex)" }
    public func partialDownload(_ digest: Digest) -> String { "\(downloads)/\(digest.hex).partial" }
}
