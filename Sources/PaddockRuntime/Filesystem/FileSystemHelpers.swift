import Foundation
import Glibc
import PaddockCore

/// Small file operations with errors that name the path, used while assembling a root filesystem.
enum FileSystemHelpers {
    static func makeDirectory(_ path: String, mode: mode_t = 0o755, owner: (UInt32, UInt32)? = nil) throws {
        if mkdir(path, mode) != 0 {
            guard errno == EEXIST else { throw SystemCallError("mkdir", errno: errno, subject: path) }
        } else {
            // mkdir applies the umask; chmod sets the mode exactly.
            chmod(path, mode)
        }
        if let owner {
            try systemCall("chown", subject: path) { chown(path, owner.0, owner.1) }
        }
    }

    static func makeDirectories(_ path: String, mode: mode_t = 0o755) throws {
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: Int(mode)])
        } catch {
            throw PaddockError(.internal, "cannot create directory \(path)", cause: error)
        }
    }

    /// Creates an empty file if nothing exists at `path`, to serve as a bind-mount target.
    static func touch(_ path: String, mode: mode_t = 0o644) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, mode)
        guard fd >= 0 else { throw SystemCallError("open", errno: errno, subject: path) }
        close(fd)
    }

    static func write(_ text: String, to path: String, mode: mode_t = 0o644) throws {
        try write(bytes: Array(text.utf8), to: path, mode: mode)
    }

    static func write(bytes: [UInt8], to path: String, mode: mode_t = 0o644) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw SystemCallError("open", errno: errno, subject: path) }
        defer { close(fd) }
        fchmod(fd, mode)
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemCallError("write", errno: errno, subject: path)
            }
            offset += count
        }
    }

    /// Replaces the file at `path` in one step: a reader sees the old or the new contents, never a
    /// mix. It does not call fsync, so a crash of the host may leave the old contents or an empty
    /// file.
    static func replace(bytes: [UInt8], at path: String, mode: mode_t = 0o644) throws {
        let temporary = path + ".tmp"
        try write(bytes: bytes, to: temporary, mode: mode)
        try systemCall("rename", subject: path) { rename(temporary, path) }
    }

    static func symlink(_ destination: String, at path: String) throws {
        if Glibc.symlink(destination, path) != 0, errno != EEXIST {
            throw SystemCallError("symlink", errno: errno, subject: path)
        }
    }

    enum Kind {
        case missing, directory, symlink(String), file
    }

    static func kind(of path: String) -> Kind {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .missing }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFLNK:
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(path, &buffer, buffer.count - 1)
            guard count >= 0 else { return .missing }
            buffer[count] = 0
            return .symlink(String(cString: buffer))
        default: return .file
        }
    }

    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }
}
