import Foundation
import PaddockCore
import PaddockHTTP
import PaddockStore
import Synchronization

/// Pulls an image from a registry into the image store.
///
/// The manifest (resolved through an index to `options.platform`) and config are fetched and
/// verified first. Layers are then downloaded `options.parallelDownloads` at a time, each unpacked
/// as soon as its download is verified. A layer download goes to a partial file that survives an
/// interruption, and the next try (in this pull or a later one) resumes it with a Range request.
/// The image is recorded only once every layer is in place.
public struct ImagePuller: Sendable {
    let store: ImageStore
    let options: RegistryOptions
    let logger: Logger
    let observer: @Sendable (PullEvent) -> Void

    public init(
        store: ImageStore, options: RegistryOptions = RegistryOptions(), logger: Logger = Logger(label: "paddock.image"),
        observer: @escaping @Sendable (PullEvent) -> Void = { _ in }
    ) {
        self.store = store
        self.options = options
        self.logger = logger
        self.observer = observer
    }

    /// Pulls `reference` and returns the stored image, named by the reference.
    @discardableResult
    public func pull(_ reference: ImageReference) throws -> ImageRecord {
        let lock = try ImageStoreLock(path: store.paths.lockFile, exclusive: false)
        defer { withExtendedLifetime(lock) {} }
        let client = try RegistryClient(reference: reference, options: options, logger: logger)
        logger.log(.info, "pulling image", ["image": reference.description])

        let (manifestDigest, manifestData) = try resolveManifest(reference, client: client)
        let manifest = try ImageManifest.decode(manifestData, source: "manifest \(manifestDigest) of \(reference)")
        observer(.resolved(manifest: manifestDigest, layers: manifest.layers.map { ($0.digest, $0.size) }))
        try fetchSmallBlob(manifest.config, client: client, what: "config")
        try downloadLayers(manifest.layers, client: client)
        try store.writeBlob(manifestData, expected: manifestDigest, source: reference.description)
        let image = try store.addImage(
            manifestDigest: manifestDigest, names: [reference.description], source: reference.description)
        logger.log(.info, "pulled image", ["image": reference.description, "digest": image.digest])
        return image
    }

    // MARK: Manifests

    private func resolveManifest(_ reference: ImageReference, client: RegistryClient) throws -> (Digest, Data) {
        var (digest, mediaType, data) = try fetchManifest(reference.manifestReference, expected: reference.digest, client: client)
        for _ in 0..<4 {
            guard case .index(let index) = try ManifestKind.decode(data, mediaType: mediaType, source: "\(reference)")
            else {
                return (digest, data)
            }
            let entry = try index.manifest(for: options.platform, source: "image index of \(reference)")
            (digest, mediaType, data) = try fetchManifest(entry.digest.description, expected: entry.digest, client: client)
        }
        throw PaddockError(.invalidArgument, "\(reference) nests image indexes more than 4 deep")
    }

    private func fetchManifest(
        _ manifestReference: String, expected: Digest?, client: RegistryClient
    ) throws -> (Digest, String?, Data) {
        let target = "/v2/\(client.reference.repository)/manifests/\(manifestReference)"
        return try client.withRetries("fetch manifest \(manifestReference)") { attempt in
            if attempt > 1 { observer(.retrying("manifest \(manifestReference)", attempt: attempt)) }
            let response = try client.get(target, headers: ["Accept": MediaType.manifestAccept])
            guard response.status == 200 else {
                throw client.statusError(response, what: "manifest \(client.reference.repository):\(manifestReference)")
            }
            let data = try readLimited(response, limit: 4 << 20, what: "manifest \(manifestReference)")
            let digest = SHA256Hasher.digest(data)
            let announced = response.headers["Docker-Content-Digest"].flatMap { try? Digest(parsing: $0) }
            if let wanted = expected ?? announced, wanted != digest {
                throw PaddockError(
                    .invalidArgument,
                    "manifest \(manifestReference) from \(client.registry) has digest \(digest) but \(wanted) was "
                        + "expected; it was discarded")
            }
            return (digest, response.headers["Content-Type"], data)
        }
    }

    private func readLimited(_ response: HTTPClientResponse, limit: Int, what: String) throws -> Data {
        do {
            return try response.body.readAllData(limit: limit)
        } catch let error as PaddockError where error.code == .tooLarge {
            throw PaddockError(.tooLarge, "\(what) is larger than \(limit) bytes; paddock refuses it")
        } catch let error as PaddockError {
            throw error
        } catch {
            throw PaddockError(.unavailable, "reading \(what) failed: \(error)", cause: error)
        }
    }

    // MARK: Blobs

    private func fetchSmallBlob(_ descriptor: Descriptor, client: RegistryClient, what: String) throws {
        guard !store.hasBlob(descriptor.digest) else { return }
        try download(descriptor, client: client, what: what, report: false)
    }

    private func downloadLayers(_ layers: [Descriptor], client: RegistryClient) throws {
        let next = Atomic<Int>(0)
        let failures = Mutex<[PaddockError]>([])
        let group = DispatchGroup()
        let workers = max(1, min(options.parallelDownloads, layers.count))
        for _ in 0..<workers {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                while failures.withLock({ $0.isEmpty }) {
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < layers.count else { return }
                    do {
                        try fetchLayer(layers[index], client: client)
                    } catch {
                        let failure = (error as? PaddockError) ?? PaddockError(.internal, "\(error)")
                        failures.withLock { $0.append(failure) }
                    }
                }
            }
        }
        group.wait()
        if let failure = failures.withLock({ $0.first }) { throw failure }
    }

    private func fetchLayer(_ layer: Descriptor, client: RegistryClient) throws {
        if store.hasBlob(layer.digest) {
            observer(.layerCached(layer.digest))
        } else {
            try download(layer, client: client, what: "layer", report: true)
            observer(.layerDownloaded(layer.digest))
        }
        try store.unpackLayer(layer.digest)
        observer(.layerUnpacked(layer.digest))
    }

    /// Downloads one blob into the store, resuming a partial file from an earlier try.
    private func download(_ descriptor: Descriptor, client: RegistryClient, what: String, report: Bool) throws {
        let digest = descriptor.digest
        let partial = store.paths.partialDownload(digest)
        let target = "/v2/\(client.reference.repository)/blobs/\(digest)"
        try client.withRetries("download \(what) \(digest.shortHex)") { attempt in
            if attempt > 1 { observer(.retrying("\(what) \(digest.shortHex)", attempt: attempt)) }
            let existing = Self.fileSize(partial)
            var headers: HTTPHeaders = [:]
            if existing > 0 && existing < descriptor.size { headers.add("Range", "bytes=\(existing)-") }
            let response = try client.get(target, headers: headers)
            let resuming: Bool
            switch response.status {
            case 206 where existing > 0: resuming = true
            case 200: resuming = false
            default: throw client.statusError(response, what: "\(what) blob \(digest)")
            }
            if resuming {
                logger.log(.info, "resuming blob download", ["blob": digest.description, "offset": "\(existing)"])
            }
            let writer = try BlobWriter(path: partial, expected: digest, resuming: resuming)
            try copyBody(response, into: writer, descriptor: descriptor, report: report)
            try writer.commit(to: store.paths.blob, source: "\(client.registry)/\(client.reference.repository)")
        }
    }

    private func copyBody(
        _ response: HTTPClientResponse, into writer: BlobWriter, descriptor: Descriptor, report: Bool
    ) throws {
        var buffer = [UInt8](repeating: 0, count: 256 * 1024)
        var lastReport = writer.count
        while true {
            let count: Int
            do {
                count = try buffer.withUnsafeMutableBytes { try response.body.read(into: $0) }
            } catch {
                // The partial file is kept, so the next attempt resumes from here.
                throw PaddockError(
                    .unavailable,
                    "download of blob \(descriptor.digest) broke off after \(writer.count) of \(descriptor.size) bytes: "
                        + "\(error)")
            }
            if count == 0 { break }
            try buffer.withUnsafeBytes { try writer.write(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            if writer.count > descriptor.size {
                writer.discard()
                throw PaddockError(
                    .invalidArgument,
                    "blob \(descriptor.digest) is larger than the \(descriptor.size) bytes its manifest states; "
                        + "it was discarded")
            }
            if report && writer.count - lastReport >= 1 << 20 {
                lastReport = writer.count
                observer(.layerProgress(descriptor.digest, received: writer.count, total: descriptor.size))
            }
        }
        if report { observer(.layerProgress(descriptor.digest, received: writer.count, total: descriptor.size)) }
    }

    private static func fileSize(_ path: String) -> Int64 {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value ?? 0
    }
}
