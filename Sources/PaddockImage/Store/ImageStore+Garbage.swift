import Foundation
import PaddockCore

/// What one garbage collection deleted.
public struct GarbageReport: Sendable, Equatable {
    public var blobs = 0
    public var layers = 0
    public var temporaryFiles = 0
    public var bytes: Int64 = 0
}

extension ImageStore {
    /// Deletes blobs and unpacked layers that no stored image uses and no pin (see `pinLayers`)
    /// keeps, and leftovers of interrupted imports. Partial downloads are kept, so an interrupted
    /// pull can resume them.
    @discardableResult
    public func collectGarbage() throws -> GarbageReport {
        let lock = try ImageStoreLock(path: paths.lockFile, exclusive: true)
        defer { withExtendedLifetime(lock) {} }
        let referenced = try database.referencedImageBlobs().union(currentlyPinnedLayers())
        var report = GarbageReport()
        let files = FileManager.default

        for name in (try? files.contentsOfDirectory(atPath: paths.blobs)) ?? [] where !referenced.contains("sha256:" + name) {
            let path = "\(paths.blobs)/\(name)"
            report.bytes += Self.size(of: path)
            try? files.removeItem(atPath: path)
            report.blobs += 1
        }
        for name in (try? files.contentsOfDirectory(atPath: paths.layers)) ?? [] {
            let isLeftover = name.hasPrefix(".tmp-")
            guard isLeftover || !referenced.contains("sha256:" + name) else { continue }
            try? files.removeItem(atPath: "\(paths.layers)/\(name)")
            if isLeftover { report.temporaryFiles += 1 } else { report.layers += 1 }
        }
        for name in (try? files.contentsOfDirectory(atPath: paths.temporary)) ?? [] {
            try? files.removeItem(atPath: "\(paths.temporary)/\(name)")
            report.temporaryFiles += 1
        }
        if report != GarbageReport() {
            logger.log(
                .info, "collected image garbage",
                [
                    "blobs": "\(report.blobs)", "layers": "\(report.layers)", "temporary": "\(report.temporaryFiles)",
                    "bytes": "\(report.bytes)",
                ])
        }
        return report
    }

    private static func size(of path: String) -> Int64 {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value ?? 0
    }
}
