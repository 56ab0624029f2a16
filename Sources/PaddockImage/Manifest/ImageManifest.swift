import Foundation
import PaddockCore

/// An image manifest (OCI or Docker schema 2): one config blob and the layers, lowest first.
public struct ImageManifest: Codable, Sendable {
    public var schemaVersion: Int
    public var mediaType: String?
    public var config: Descriptor
    public var layers: [Descriptor]

    public init(mediaType: String, config: Descriptor, layers: [Descriptor]) {
        self.schemaVersion = 2
        self.mediaType = mediaType
        self.config = config
        self.layers = layers
    }

    /// Decodes and checks a manifest: schema version 2 and known layer media types.
    ///
    /// - Parameter source: Names where the bytes came from, for error messages.
    public static func decode(_ data: Data, source: String) throws -> ImageManifest {
        let manifest: ImageManifest
        do {
            manifest = try JSONDecoder().decode(ImageManifest.self, from: data)
        } catch {
            throw PaddockError(.invalidArgument, "\(source) is not a valid image manifest: \(error)")
        }
        guard manifest.schemaVersion == 2 else {
            throw PaddockError(
                .unsupported, "\(source) has manifest schema version \(manifest.schemaVersion); only 2 is supported")
        }
        for layer in manifest.layers where !MediaType.layerTypes.contains(layer.mediaType) {
            throw PaddockError(
                .unsupported,
                "\(source) lists layer \(layer.digest) with media type \(layer.mediaType), which paddock cannot "
                    + "unpack; supported: \(MediaType.layerTypes.sorted().joined(separator: ", "))")
        }
        return manifest
    }
}

/// An image index or Docker manifest list: manifests for several platforms.
public struct ImageIndex: Codable, Sendable {
    public var schemaVersion: Int
    public var mediaType: String?
    public var manifests: [Descriptor]

    public init(manifests: [Descriptor]) {
        self.schemaVersion = 2
        self.mediaType = MediaType.ociIndex
        self.manifests = manifests
    }

    public static func decode(_ data: Data, source: String) throws -> ImageIndex {
        do {
            return try JSONDecoder().decode(ImageIndex.self, from: data)
        } catch {
            throw PaddockError(.invalidArgument, "\(source) is not a valid image index: \(error)")
        }
    }

    /// Picks the manifest for `platform`: the exact os/architecture first (and variant when both
    /// name one), then an entry without a platform when that is the only manifest.
    public func manifest(for platform: Platform, source: String) throws -> Descriptor {
        let candidates = manifests.filter { MediaType.manifestTypes.contains($0.mediaType) }
        if let match = candidates.first(where: { entry in
            guard let entryPlatform = entry.platform else { return false }
            return entryPlatform.os == platform.os && entryPlatform.architecture == platform.architecture
                && (platform.variant == nil || entryPlatform.variant == nil || entryPlatform.variant == platform.variant)
        }) {
            return match
        }
        if candidates.count == 1, candidates[0].platform == nil { return candidates[0] }
        let offered = candidates.compactMap { $0.platform?.description }
        throw PaddockError(
            .notFound,
            "\(source) has no manifest for \(platform); it offers \(offered.isEmpty ? "none" : offered.joined(separator: ", "))")
    }
}

/// Reads a manifest or index of unknown kind by peeking at its `mediaType` field.
enum ManifestKind {
    case manifest(ImageManifest)
    case index(ImageIndex)

    static func decode(_ data: Data, mediaType declared: String?, source: String) throws -> ManifestKind {
        struct Peek: Decodable {
            var mediaType: String?
            var manifests: [Descriptor]?
        }
        let peek = try? JSONDecoder().decode(Peek.self, from: data)
        let mediaType = peek?.mediaType ?? declared
        if let mediaType, MediaType.indexTypes.contains(mediaType) {
            return .index(try ImageIndex.decode(data, source: source))
        }
        if mediaType == nil, peek?.manifests != nil {
            return .index(try ImageIndex.decode(data, source: source))
        }
        return .manifest(try ImageManifest.decode(data, source: source))
    }
}
