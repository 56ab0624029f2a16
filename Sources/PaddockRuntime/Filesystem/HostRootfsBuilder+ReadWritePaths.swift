import Foundation
import Glibc
import PaddockCore

extension HostRootfsBuilder {
    /// Makes each read-write policy path usable by the sandbox user, before the root is remounted
    /// read-only.
    ///
    /// A directory inside an overlaid system directory is handed to the sandbox user, which
    /// copies it up into the sandbox's upper layer and leaves the host's copy alone. Its contents
    /// keep their owners. A missing path is created as a directory owned by the sandbox user when
    /// its nearest existing parent is on a writable file system other than the root tmpfs, which
    /// holds only mount points. Any other missing path fails the start with an error naming it.
    func prepareReadWritePaths(root: String) throws {
        for path in configuration.filesystem.readWrite where path.hasPrefix("/") {
            let target = root + path
            switch FileSystemHelpers.kind(of: target) {
            case .directory:
                if isOverlaid(path) { try handToSandboxUser(target, path: path) }
            case .file, .symlink:
                continue
            case .missing:
                try createReadWritePath(path, root: root)
            }
        }
    }

    private func isOverlaid(_ path: String) -> Bool {
        guard let top = path.split(separator: "/").first else { return false }
        return Self.systemEntries.contains(String(top)) && needsOverlay("/" + top)
    }

    private func createReadWritePath(_ path: String, root: String) throws {
        var missing: [String] = []
        var ancestor = path
        while case .missing = FileSystemHelpers.kind(of: root + ancestor), ancestor != "/" {
            missing.append(ancestor)
            ancestor = (ancestor as NSString).deletingLastPathComponent
        }
        var ancestorStatus = stat()
        var rootStatus = stat()
        let onRoot =
            stat(root + ancestor, &ancestorStatus) == 0 && stat(root, &rootStatus) == 0
            && ancestorStatus.st_dev == rootStatus.st_dev
        guard !onRoot else {
            throw PaddockError(
                .invalidArgument,
                "read_write path \(path) does not exist in the sandbox image and \(ancestor) cannot hold new "
                    + "directories; use a path inside /sandbox, /tmp, /var or a system directory such as /usr/local")
        }
        for directory in missing.reversed() {
            guard mkdir(root + directory, 0o755) == 0 else {
                throw PaddockError(
                    .invalidArgument, "cannot create read_write path \(path) in the sandbox image",
                    cause: SystemCallError("mkdir", errno: errno, subject: directory))
            }
            try handToSandboxUser(root + directory, path: directory)
        }
    }

    private func handToSandboxUser(_ target: String, path: String) throws {
        let user = configuration.user
        guard chown(target, user.uid, user.gid) == 0 else {
            throw PaddockError(
                .internal, "cannot give read_write path \(path) to the sandbox user",
                cause: SystemCallError("chown", errno: errno, subject: path))
        }
    }
}
