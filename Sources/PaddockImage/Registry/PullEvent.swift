/// Progress of one pull, reported to an observer as it happens.
public enum PullEvent: Sendable {
    /// The manifest was resolved; `layers` lists each layer's digest and size, lowest first.
    case resolved(manifest: Digest, layers: [(digest: Digest, size: Int64)])
    /// A layer was already in the store.
    case layerCached(Digest)
    /// `received` of `total` bytes of a layer are on disk, counting bytes kept from an earlier try.
    case layerProgress(Digest, received: Int64, total: Int64)
    case layerDownloaded(Digest)
    case layerUnpacked(Digest)
    /// A request failed and is being tried again.
    case retrying(String, attempt: Int)
}
