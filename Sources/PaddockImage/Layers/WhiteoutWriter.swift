import CArchive
import Glibc
import PaddockCore

/// Writes OCI whiteouts in overlayfs's own format, so that an unpacked layer can be used as an
/// overlay lower directory as it is: a `.wh.NAME` entry becomes a character device 0/0 named NAME,
/// and a `.wh..wh..opq` entry sets `trusted.overlay.opaque=y` on its directory.
///
/// Paths are resolved with `openat` one component at a time, never following a symbolic link, so a
/// layer that plants a link cannot aim a whiteout at a file outside it.
struct WhiteoutWriter {
    let rootFD: Int32
    let layer: String

    /// Replaces whatever is at `components` with a whiteout device.
    func writeWhiteout(_ components: [Substring]) throws {
        let directory = try openDirectory(Array(components.dropLast()))
        defer { close(directory) }
        let name = String(components.last!)
        _ = unlinkat(directory, name, 0)
        _ = unlinkat(directory, name, AT_REMOVEDIR)
        _ = try systemCall("mknodat", subject: name) { mknodat(directory, name, Glibc.S_IFCHR | 0o000, 0) }
    }

    /// Marks the directory at `components` opaque, so that lower layers' entries under it are hidden.
    func markOpaque(_ components: [Substring]) throws {
        let directory = try openDirectory(components)
        defer { close(directory) }
        let value: [UInt8] = [UInt8(ascii: "y")]
        _ = try systemCall("fsetxattr", subject: "trusted.overlay.opaque on \(components.joined(separator: "/"))") {
            fsetxattr(directory, "trusted.overlay.opaque", value, value.count, 0)
        }
    }

    /// Opens the directory at `components` below the root, creating missing ones with mode 0755.
    private func openDirectory(_ components: [Substring]) throws -> Int32 {
        var current = dup(rootFD)
        for component in components {
            let name = String(component)
            var next = openat(current, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if next < 0 && errno == ENOENT {
                _ = mkdirat(current, name, 0o755)
                next = openat(current, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            }
            let code = errno
            close(current)
            guard next >= 0 else {
                throw PaddockError(
                    .invalidArgument,
                    "\(layer) is rejected: a whiteout below '\(components.joined(separator: "/"))' passes "
                        + "through '\(name)', which is not a directory (\(ErrnoName.of(code))); "
                        + "the image is unsafe or damaged")
            }
            current = next
        }
        return current
    }
}
