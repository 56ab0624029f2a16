import Foundation
import Glibc
import PaddockCore
import PaddockStore
import Synchronization

/// The content-addressed image store: blobs and unpacked layers on disk, images and names in SQLite.
///
/// An image becomes visible only once every blob it needs is stored and every layer unpacked, and
/// the database row is written last. A crash or error part-way leaves only unreferenced files, which
/// `collectGarbage()` deletes, and never touches an image already stored.
public final class ImageStore: Sendable {
    public let paths: ImageStorePaths
    public let database: Store
    let logger: Logger
    private let pinnedLayers = Mutex<@Sendable () -> Set<String>>({ [] })

    public init(stateDirectory: String, database: Store, logger: Logger = Logger(label: "paddock.image")) throws {
        paths = ImageStorePaths(stateDirectory: stateDirectory)
        self.database = database
        self.logger = logger
        for directory in [paths.blobs, paths.layers, paths.downloads, paths.temporary] {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw PaddockError(
                    .unavailable, "cannot create the image store directory \(directory); check permissions and space",
                    cause: error)
            }
        }
    }

    /// Sets the source of layer digests (`sha256:<hex>`) that garbage collection must keep even
    /// when no stored image lists them, such as the layers that existing sandboxes mount.
    public func pinLayers(_ provider: @escaping @Sendable () -> Set<String>) {
        pinnedLayers.withLock { $0 = provider }
    }

    /// The layer digests that the pin source returns now.
    func currentlyPinnedLayers() -> Set<String> {
        pinnedLayers.withLock { $0 }()
    }

    // MARK: Blobs

    public func hasBlob(_ digest: Digest) -> Bool {
        FileManager.default.fileExists(atPath: paths.blob(digest))
    }

    /// Reads a stored blob.
    public func readBlob(_ digest: Digest) throws -> Data {
        guard let data = FileManager.default.contents(atPath: paths.blob(digest)) else {
            throw PaddockError(.notFound, "blob \(digest) is not in the image store at \(paths.blobs)")
        }
        return data
    }

    /// Stores `data` as a blob and returns its digest, checking it against `expected` when given.
    @discardableResult
    public func writeBlob(_ data: Data, expected: Digest? = nil, source: String) throws -> Digest {
        if let expected, hasBlob(expected) { return expected }
        let writer = try makeWriter(expected: expected)
        do {
            try writer.write(data)
            return try writer.commit(to: paths.blob, source: source)
        } catch {
            writer.discard()
            throw error
        }
    }

    /// Copies the file at `path` into the store as a blob, checking it against `expected` when given.
    @discardableResult
    public func importBlob(fromFile path: String, expected: Digest?, source: String) throws -> Digest {
        if let expected, hasBlob(expected) { return expected }
        guard let input = FileHandle(forReadingAtPath: path) else {
            throw PaddockError(.notFound, "blob file \(path) from \(source) is missing or unreadable")
        }
        defer { try? input.close() }
        let writer = try makeWriter(expected: expected)
        do {
            while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
                try writer.write(chunk)
            }
            return try writer.commit(to: paths.blob, source: source)
        } catch {
            writer.discard()
            throw error
        }
    }

    func makeWriter(expected: Digest?) throws -> BlobWriter {
        let name = "\(paths.temporary)/blob-\(UUID().uuidString)"
        return try BlobWriter(path: name, expected: expected, resuming: false)
    }

    // MARK: Layers

    /// Unpacks the layer blob `digest` once; later calls return at once.
    public func unpackLayer(_ digest: Digest) throws {
        let destination = paths.layer(digest)
        if FileManager.default.fileExists(atPath: destination) { return }
        let result = try LayerUnpacker(logger: logger).unpack(
            blob: paths.blob(digest), into: destination, name: digest.description)
        logger.log(
            .info, "unpacked layer",
            [
                "layer": digest.description, "entries": "\(result.entries)", "whiteouts": "\(result.whiteouts)",
                "opaque": "\(result.opaqueDirectories)", "devices.skipped": "\(result.skippedDevices)",
            ])
    }

    /// The unpacked layer directories of `image`, lowest first.
    public func layerDirectories(of image: ImageRecord) throws -> [String] {
        try image.layers.map { layer in
            let directory = paths.layer(try Digest(parsing: layer.digest))
            guard FileManager.default.fileExists(atPath: directory) else {
                throw PaddockError(
                    .failedPrecondition,
                    "layer \(layer.digest) of image \(image.digest) is not unpacked; pull or import the image again")
            }
            return directory
        }
    }

    // MARK: Images

    /// Stores an image whose manifest, config and layer blobs are already in the blob store:
    /// unpacks its layers, then records it under `names`.
    @discardableResult
    public func addImage(manifestDigest: Digest, names: [String], source: String) throws -> ImageRecord {
        let lock = try ImageStoreLock(path: paths.lockFile, exclusive: false)
        defer { withExtendedLifetime(lock) {} }
        let manifest = try ImageManifest.decode(readBlob(manifestDigest), source: "manifest \(manifestDigest)")
        let configData = try readBlob(manifest.config.digest)
        let config = try ImageConfiguration.decode(configData, source: "config \(manifest.config.digest)")
        for layer in manifest.layers {
            guard hasBlob(layer.digest) else {
                throw PaddockError(.notFound, "layer blob \(layer.digest) of manifest \(manifestDigest) is missing")
            }
            try unpackLayer(layer.digest)
        }
        let record = ImageRecord(
            digest: manifestDigest.description, mediaType: manifest.mediaType ?? MediaType.ociManifest,
            configDigest: manifest.config.digest.description, config: String(decoding: configData, as: UTF8.self),
            platform: "\(config.os ?? "linux")/\(config.architecture ?? "unknown")",
            size: manifest.layers.reduce(0) { $0 + $1.size }, source: source,
            layers: manifest.layers.map {
                ImageRecord.Layer(digest: $0.digest.description, mediaType: $0.mediaType, size: $0.size)
            })
        let stored = try database.putImage(record, names: names.isEmpty ? [manifestDigest.description] : names)
        logger.log(.info, "stored image", ["image": stored.digest, "names": stored.names.joined(separator: ",")])
        return stored
    }

    public func listImages() throws -> [ImageRecord] {
        try database.listImages()
    }

    /// Finds an image by name, by `name:latest` when the name has no tag, by full digest, or by a
    /// unique digest prefix of at least 4 hex digits.
    ///
    /// - Throws: `.notFound` naming the reference, `.invalidArgument` when a prefix is ambiguous or the
    ///   reference is malformed.
    public func resolve(_ reference: String) throws -> ImageRecord {
        if let image = try database.image(named: reference) { return image }
        if !Self.hasTag(reference), let image = try database.image(named: reference + ":latest") { return image }
        let hex = reference.hasPrefix("sha256:") ? String(reference.dropFirst(7)) : reference
        if hex.count >= 4, hex.allSatisfy(\.isHexDigit) {
            let matches = try database.listImages().filter { $0.digest.dropFirst(7).hasPrefix(hex.lowercased()) }
            if matches.count == 1 { return matches[0] }
            if matches.count > 1 {
                throw PaddockError(
                    .invalidArgument, "image digest prefix '\(reference)' matches \(matches.count) images; give more digits")
            }
        }
        guard ImageReference.isWellFormedName(reference) else {
            throw PaddockError(
                .invalidArgument,
                "image reference '\(reference)' is invalid; write REPOSITORY[:TAG] for an imported image, "
                    + "HOST[:PORT]/REPOSITORY[:TAG] for a pulled one, or a digest, for example debian:12 or "
                    + "127.0.0.1:5000/team/app:1.0")
        }
        throw PaddockError(
            .notFound, "no image '\(reference)' in the store; run 'paddock image list', or pull or import it first")
    }

    /// Removes an image name, or a whole image when `reference` is its digest, then collects garbage.
    /// Returns the digests of images that were removed.
    @discardableResult
    public func remove(_ reference: String) throws -> [String] {
        let image = try resolve(reference)
        var removed: [String] = []
        if image.names.contains(reference) || image.names.contains(reference + ":latest") {
            let name = image.names.contains(reference) ? reference : reference + ":latest"
            if let digest = try database.removeImageName(name) { removed.append(digest) }
        } else {
            try database.removeImage(digest: image.digest)
            removed.append(image.digest)
        }
        try collectGarbage()
        return removed
    }

    private static func hasTag(_ reference: String) -> Bool {
        guard let slash = reference.lastIndex(of: "/") else { return reference.contains(":") }
        return reference[slash...].contains(":") || reference.contains("@")
    }
}
