import PaddockCore

/// Checks and normalises the path of one layer archive entry.
///
/// Entries are relative to the layer root. Leading `./` and redundant `/` are dropped. An absolute
/// path or a `..` component is rejected, because either could name a file outside the layer.
enum LayerEntryPath {
    /// Returns the path's components, or an empty array for the layer root itself (`.` or `./`).
    static func components(of path: String, layer: String, role: String = "entry") throws -> [Substring] {
        guard !path.hasPrefix("/") else {
            throw escapeError(layer: layer, role: role, path: path, reason: "it is an absolute path")
        }
        let components = path.split(separator: "/").filter { $0 != "." }
        if components.contains("..") {
            throw escapeError(layer: layer, role: role, path: path, reason: "it contains a '..' component")
        }
        if components.contains(where: { $0.utf8.contains(0) }) {
            throw escapeError(layer: layer, role: role, path: path, reason: "it contains a NUL byte")
        }
        return components
    }

    static func escapeError(layer: String, role: String, path: String, reason: String) -> PaddockError {
        PaddockError(
            .invalidArgument,
            "\(layer) is rejected: \(role) '\(path)' would write outside the layer because \(reason); "
                + "the image is unsafe, rebuild it without such entries")
    }
}
