import Foundation
import PaddockCore
import PaddockStore

/// Imports the images of an OCI image layout directory: `oci-layout`, `index.json` and
/// `blobs/sha256/...`.
///
/// Each manifest in index.json becomes one image. An index entry is resolved to the manifest for
/// `platform`. An entry's `org.opencontainers.image.ref.name` annotation names the image: a full
/// reference is kept as it is, and a bare tag becomes `<repository>:<tag>`.
struct OCILayoutImporter {
    let store: ImageStore
    let directory: String
    /// The repository part of names made from bare tags.
    let repository: String
    let platform: Platform
    let source: String

    func importImages() throws -> [ImageRecord] {
        try checkLayoutFile()
        let indexPath = directory + "/index.json"
        guard let indexData = FileManager.default.contents(atPath: indexPath) else {
            throw PaddockError(.invalidArgument, "\(source) is not an OCI image layout: index.json is missing")
        }
        let index = try ImageIndex.decode(indexData, source: "index.json of \(source)")
        guard !index.manifests.isEmpty else {
            throw PaddockError(.invalidArgument, "\(source) holds no images: index.json lists no manifests")
        }
        var images: [ImageRecord] = []
        for entry in index.manifests {
            let manifestDigest = try resolveManifest(entry)
            try copyImageBlobs(manifestDigest)
            let names = entry.referenceName.map { [name(forReference: $0)] } ?? []
            images.append(try store.addImage(manifestDigest: manifestDigest, names: names, source: source))
        }
        return images
    }

    private func checkLayoutFile() throws {
        let path = directory + "/oci-layout"
        struct Layout: Decodable { var imageLayoutVersion: String }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PaddockError(.invalidArgument, "\(source) is not an OCI image layout: the oci-layout file is missing")
        }
        guard let layout = try? JSONDecoder().decode(Layout.self, from: data), layout.imageLayoutVersion.hasPrefix("1.")
        else {
            throw PaddockError(
                .unsupported, "\(source) has an oci-layout file paddock cannot read; only layout version 1.x is supported")
        }
    }

    /// Returns the digest of the image manifest that `entry` leads to, copying index blobs on the way.
    private func resolveManifest(_ entry: Descriptor) throws -> Digest {
        var current = entry
        for _ in 0..<4 {
            guard MediaType.indexTypes.contains(current.mediaType) else { return current.digest }
            let data = try readLayoutBlob(current.digest)
            current = try ImageIndex.decode(data, source: "index \(current.digest) in \(source)").manifest(
                for: platform, source: "index \(current.digest) in \(source)")
        }
        throw PaddockError(.invalidArgument, "\(source) nests image indexes more than 4 deep")
    }

    private func copyImageBlobs(_ manifestDigest: Digest) throws {
        let manifestData = try readLayoutBlob(manifestDigest)
        try store.writeBlob(manifestData, expected: manifestDigest, source: source)
        let manifest = try ImageManifest.decode(manifestData, source: "manifest \(manifestDigest) in \(source)")
        for blob in [manifest.config] + manifest.layers {
            try store.importBlob(fromFile: blobPath(blob.digest), expected: blob.digest, source: source)
        }
    }

    private func readLayoutBlob(_ digest: Digest) throws -> Data {
        guard let data = FileManager.default.contents(atPath: blobPath(digest)) else {
            throw PaddockError(.invalidArgument, "\(source) is incomplete: blob \(digest) is missing")
        }
        let actual = SHA256Hasher.digest(data)
        guard actual == digest else {
            throw PaddockError(
                .invalidArgument, "\(source) is corrupt: blob \(digest) has digest \(actual); rebuild the layout")
        }
        return data
    }

    private func blobPath(_ digest: Digest) -> String { "\(directory)/blobs/sha256/\(digest.hex)" }

    private func name(forReference reference: String) -> String {
        if let parsed = try? ImageReference(parsing: reference) { return parsed.description }
        return "\(repository):\(reference)"
    }
}
