import Foundation
import PaddockStore

@testable import PaddockImage

/// A fresh state directory with an open database and image store.
func withImageStore<T>(_ body: (ImageStore, String) throws -> T) throws -> T {
    try withTemporaryDirectory { directory in
        let database = try Store.open(path: directory + "/paddock.db")
        defer { database.close() }
        let store = try ImageStore(stateDirectory: directory, database: database)
        return try body(store, directory)
    }
}

/// Writes a one-layer OCI layout with the given layer entries and returns the manifest digest.
@discardableResult
func writeLayout(
    at directory: String, tag: String = "latest", layers: [[TarBuilder.Entry]],
    config: ImageConfiguration = ImageConfiguration(architecture: "amd64", os: "linux")
) throws -> Digest {
    let blobs = directory + "/blobs/sha256"
    try FileManager.default.createDirectory(atPath: blobs, withIntermediateDirectories: true)
    func store(_ data: Data) throws -> Digest {
        let digest = SHA256Hasher.digest(data)
        try data.write(to: URL(fileURLWithPath: "\(blobs)/\(digest.hex)"))
        return digest
    }
    var descriptors: [Descriptor] = []
    for entries in layers {
        let path = directory + "/layer-\(UUID().uuidString).tar.gz"
        try TarBuilder.write(entries, to: path, compression: .gzip)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        try FileManager.default.removeItem(atPath: path)
        descriptors.append(Descriptor(mediaType: MediaType.ociLayerGzip, digest: try store(data), size: Int64(data.count)))
    }
    let configData = try JSONEncoder().encode(config)
    let manifest = ImageManifest(
        mediaType: MediaType.ociManifest,
        config: Descriptor(mediaType: MediaType.ociConfig, digest: try store(configData), size: Int64(configData.count)),
        layers: descriptors)
    let manifestData = try JSONEncoder().encode(manifest)
    let manifestDigest = try store(manifestData)
    let index = ImageIndex(manifests: [
        Descriptor(
            mediaType: MediaType.ociManifest, digest: manifestDigest, size: Int64(manifestData.count),
            annotations: ["org.opencontainers.image.ref.name": tag])
    ])
    try JSONEncoder().encode(index).write(to: URL(fileURLWithPath: directory + "/index.json"))
    try Data(#"{"imageLayoutVersion":"1.0.0"}"#.utf8).write(to: URL(fileURLWithPath: directory + "/oci-layout"))
    return manifestDigest
}
