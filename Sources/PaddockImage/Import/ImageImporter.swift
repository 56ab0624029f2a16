import Foundation
import PaddockCore
import PaddockStore

/// Imports images from a path: an OCI image layout directory, or a tar of one (as `skopeo copy
/// oci-archive:` writes it), or a `docker save` archive.
///
/// A tar is first unpacked into the store's scratch directory with the same path checks as layers.
/// When a tar holds both an OCI layout and a Docker manifest.json (Docker 25 and later write both),
/// the OCI layout is read.
public struct ImageImporter {
    let store: ImageStore
    let platform: Platform

    public init(store: ImageStore, platform: Platform = .host) {
        self.store = store
        self.platform = platform
    }

    /// Imports every image at `path`.
    ///
    /// - Parameter repository: The repository for names made from bare OCI tags; defaults to the
    ///   file name of `path` without extensions, lowercased.
    public func importImages(from path: String, repository: String? = nil) throws -> [ImageRecord] {
        let lock = try ImageStoreLock(path: store.paths.lockFile, exclusive: false)
        defer { withExtendedLifetime(lock) {} }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PaddockError(.notFound, "cannot import \(path): no such file or directory")
        }
        let repository = repository ?? Self.defaultRepository(for: path)
        if isDirectory.boolValue {
            return try importDirectory(path, repository: repository, source: path)
        }
        let scratch = store.paths.temporary + "/import-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try LayerUnpacker(logger: store.logger).unpack(blob: path, into: scratch, name: path, kind: .imageArchive)
        return try importDirectory(scratch, repository: repository, source: path)
    }

    private func importDirectory(_ directory: String, repository: String, source: String) throws -> [ImageRecord] {
        let files = FileManager.default
        if files.fileExists(atPath: directory + "/oci-layout") {
            return try OCILayoutImporter(
                store: store, directory: directory, repository: repository, platform: platform, source: source
            ).importImages()
        }
        if files.fileExists(atPath: directory + "/manifest.json") {
            return try DockerArchiveImporter(store: store, directory: directory, source: source).importImages()
        }
        throw PaddockError(
            .invalidArgument,
            "\(source) is neither an OCI image layout (no oci-layout file) nor a docker save archive "
                + "(no manifest.json)")
    }

    static func defaultRepository(for path: String) -> String {
        var name = (path as NSString).lastPathComponent.lowercased()
        for suffix in [".tar.gz", ".tgz", ".tar", ".oci"] where name.hasSuffix(suffix) {
            name.removeLast(suffix.count)
        }
        let cleaned = String(name.map { $0.isLetter || $0.isNumber || "._-".contains($0) ? $0 : "-" })
        return cleaned.isEmpty ? "imported" : cleaned
    }
}
