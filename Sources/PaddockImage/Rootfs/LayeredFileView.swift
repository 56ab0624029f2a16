import CArchive
import Foundation
import Glibc

/// Reads files of an image's merged root filesystem straight from its unpacked layers, as the
/// overlay will show them, without mounting anything.
///
/// Lookups go from the top layer down. A whiteout (character device 0/0) hides the path and all
/// below it, and an opaque directory (`trusted.overlay.opaque=y`) stops the search at that layer.
/// Symbolic links are followed inside the image (an absolute target starts at the image's root),
/// never into the host.
public struct LayeredFileView: Sendable {
    /// Unpacked layer directories, lowest first.
    public let layers: [String]

    public init(layers: [String]) {
        self.layers = layers
    }

    /// The host path of the file that the image shows at `path`, after following symbolic links,
    /// or nil when the image has no such file.
    public func hostPath(of path: String) -> String? {
        guard let resolved = resolve(path) else { return nil }
        return locate(resolved)?.hostPath
    }

    /// The contents of the regular file at `path`, or nil.
    public func contents(of path: String) -> Data? {
        guard let host = hostPath(of: path) else { return nil }
        var info = stat()
        guard stat(host, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileManager.default.contents(atPath: host)
    }

    /// The lstat(2) result of `path` after following symbolic links, or nil.
    public func status(of path: String) -> stat? {
        guard let host = hostPath(of: path) else { return nil }
        var info = stat()
        guard lstat(host, &info) == 0 else { return nil }
        return info
    }

    /// Follows symbolic links in every component of `path` and returns the image path they lead to.
    func resolve(_ path: String) -> [String]? {
        var pending = path.split(separator: "/").map(String.init)
        var resolved: [String] = []
        var hops = 0
        while !pending.isEmpty {
            let component = pending.removeFirst()
            if component == "." || component.isEmpty { continue }
            if component == ".." {
                if !resolved.isEmpty { resolved.removeLast() }
                continue
            }
            let candidate = resolved + [component]
            guard let found = locate(candidate) else {
                // A missing last component still resolves, so callers can report what is missing.
                return pending.isEmpty ? candidate : nil
            }
            guard found.isSymlink else {
                resolved = candidate
                continue
            }
            hops += 1
            guard hops <= 40, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: found.hostPath)
            else { return nil }
            let targetComponents = target.split(separator: "/").map(String.init)
            if target.hasPrefix("/") { resolved = [] }
            pending = targetComponents + pending
        }
        return resolved
    }

    /// Finds the topmost layer that has `components` (not followed if it is a link).
    private func locate(_ components: [String]) -> (hostPath: String, isSymlink: Bool)? {
        if components.isEmpty { return layers.last.map { ($0, false) } }
        for layer in layers.reversed() {
            var hidden = false
            var opaque = false
            var prefix = layer
            for (index, component) in components.enumerated() {
                prefix += "/" + component
                var info = stat()
                guard lstat(prefix, &info) == 0 else { break }
                if info.st_mode & S_IFMT == S_IFCHR && info.st_rdev == 0 {
                    hidden = true
                    break
                }
                if index == components.count - 1 {
                    return (prefix, info.st_mode & S_IFMT == S_IFLNK)
                }
                // A non-directory hides everything below it in lower layers, as overlayfs does. Stopping
                // here also keeps lstat from following a link on the host.
                guard info.st_mode & S_IFMT == S_IFDIR else {
                    hidden = true
                    break
                }
                if Self.isOpaque(prefix) { opaque = true }
            }
            if hidden || opaque { return nil }
        }
        return nil
    }

    private static func isOpaque(_ directory: String) -> Bool {
        var value: UInt8 = 0
        return getxattr(directory, "trusted.overlay.opaque", &value, 1) == 1 && value == UInt8(ascii: "y")
    }
}
