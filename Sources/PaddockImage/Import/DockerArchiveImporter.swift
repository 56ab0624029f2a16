import Foundation
import PaddockCore
import PaddockStore

/// Imports an unpacked `docker save` archive: `manifest.json` lists, per image, its config file,
/// its layer tar files and its `RepoTags`.
///
/// A Docker archive carries no registry manifest, so one is written here: a Docker schema 2
/// manifest over the same config and layers, whose digest then identifies the image.
struct DockerArchiveImporter {
    struct Entry: Decodable {
        var Config: String
        var RepoTags: [String]?
        var Layers: [String]
    }

    let store: ImageStore
    let directory: String
    let source: String

    func importImages() throws -> [ImageRecord] {
        guard let data = FileManager.default.contents(atPath: directory + "/manifest.json") else {
            throw PaddockError(.invalidArgument, "\(source) is not a docker save archive: manifest.json is missing")
        }
        let entries: [Entry]
        do {
            entries = try JSONDecoder().decode([Entry].self, from: data)
        } catch {
            throw PaddockError(.invalidArgument, "manifest.json of \(source) is invalid: \(error)")
        }
        guard !entries.isEmpty else {
            throw PaddockError(.invalidArgument, "\(source) holds no images: manifest.json is empty")
        }
        return try entries.map { try importImage($0) }
    }

    private func importImage(_ entry: Entry) throws -> ImageRecord {
        let configPath = try memberPath(entry.Config)
        let configDigest = try store.importBlob(fromFile: configPath, expected: nil, source: source)
        let configSize = try Self.size(of: configPath)
        var layers: [Descriptor] = []
        for layer in entry.Layers {
            let path = try memberPath(layer)
            let digest = try store.importBlob(fromFile: path, expected: nil, source: source)
            layers.append(
                Descriptor(mediaType: try Self.layerMediaType(path), digest: digest, size: try Self.size(of: path)))
        }
        let manifest = ImageManifest(
            mediaType: MediaType.dockerManifest,
            config: Descriptor(mediaType: MediaType.dockerConfig, digest: configDigest, size: configSize),
            layers: layers)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let manifestDigest = try store.writeBlob(try encoder.encode(manifest), source: source)
        let names = (entry.RepoTags ?? []).map { tag in (try? ImageReference(parsing: tag))?.description ?? tag }
        return try store.addImage(manifestDigest: manifestDigest, names: names, source: source)
    }

    /// The path of an archive member named by manifest.json, which must stay inside the archive.
    private func memberPath(_ name: String) throws -> String {
        let components = try LayerEntryPath.components(of: name, layer: source, role: "manifest.json member")
        let path = directory + "/" + components.joined(separator: "/")
        guard FileManager.default.fileExists(atPath: path) else {
            throw PaddockError(.invalidArgument, "\(source) is incomplete: \(name) named by manifest.json is missing")
        }
        return path
    }

    /// Detects the compression from the first bytes: gzip, zstd, or a plain tar.
    static func layerMediaType(_ path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PaddockError(.notFound, "cannot read layer file \(path)")
        }
        defer { try? handle.close() }
        let magic = [UInt8]((try handle.read(upToCount: 4)) ?? Data())
        if magic.starts(with: [0x1f, 0x8b]) { return MediaType.dockerLayerGzip }
        if magic.starts(with: [0x28, 0xb5, 0x2f, 0xfd]) { return MediaType.ociLayerZstd }
        return MediaType.dockerLayer
    }

    static func size(of path: String) throws -> Int64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.size] as? NSNumber)?.int64Value ?? 0
    }
}
