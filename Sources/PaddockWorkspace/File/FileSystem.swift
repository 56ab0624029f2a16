import Foundation
import Glibc

/// Blocking file access for the file operations, with errors as the errno that caused them.
enum FileSystem {
    /// An errno from a failed call.
    struct Failure: Error {
        let errno: Int32
    }

    static let chunkBytes = 1024 * 1024

    /// Reads a whole regular file.
    static func read(_ path: String) throws(Failure) -> [UInt8] {
        let descriptor = try openFile(path, O_RDONLY)
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: chunkBytes)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(errno: errno)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: buffer[0..<count])
        }
    }

    /// Opens `path`, failing with EISDIR for directories so that reads report them clearly.
    static func openFile(_ path: String, _ flags: Int32, mode: mode_t = 0o644) throws(Failure) -> Int32 {
        let descriptor = open(path, flags | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw Failure(errno: errno) }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            close(descriptor)
            throw Failure(errno: EISDIR)
        }
        return descriptor
    }

    /// Writes `bytes` to `path`, replacing or appending, and creates missing parent directories.
    static func write(_ path: String, _ bytes: [UInt8], append: Bool) throws(Failure) {
        try makeParents(of: path)
        let flags = O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC)
        let descriptor = try openFile(path, flags)
        defer { close(descriptor) }
        try writeAll(descriptor, bytes[...])
    }

    static func writeAll(_ descriptor: Int32, _ bytes: ArraySlice<UInt8>) throws(Failure) {
        var offset = bytes.startIndex
        while offset < bytes.endIndex {
            let count = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(errno: errno)
            }
            offset += count
        }
    }

    /// Creates the missing directories above `path`.
    static func makeParents(of path: String) throws(Failure) {
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty, parent != "/" else { return }
        var status = stat()
        if stat(parent, &status) == 0 { return }
        try makeParents(of: parent)
        if mkdir(parent, 0o755) != 0, errno != EEXIST { throw Failure(errno: errno) }
    }

    /// The status of `path`, following links.
    static func status(_ path: String) throws(Failure) -> stat {
        var result = stat()
        guard stat(path, &result) == 0 else { throw Failure(errno: errno) }
        return result
    }

    static func isDirectory(_ status: stat) -> Bool { status.st_mode & S_IFMT == S_IFDIR }

    /// Checks that `path` is a readable directory.
    static func requireDirectory(_ path: String) throws(Failure) {
        let result = try status(path)
        guard isDirectory(result) else { throw Failure(errno: ENOTDIR) }
        guard access(path, R_OK | X_OK) == 0 else { throw Failure(errno: errno) }
    }

    /// The names in directory `path`, without `.` and `..`.
    static func entries(_ path: String) throws(Failure) -> [String] {
        guard let directory = opendir(path) else { throw Failure(errno: errno) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Joins a directory and a name.
    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The modification time in ISO 8601.
    static func modifiedTime(_ status: stat) -> String {
        let seconds = Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9
        return Timestamp.iso(Date(timeIntervalSince1970: seconds))
    }

    /// The permission bits as `ls -l` shows them, such as `rw-r--r--`.
    static func permissions(_ status: stat) -> String {
        let letters = Array("rwxrwxrwx")
        return String((0..<9).map { index in status.st_mode & (0o400 >> mode_t(index)) != 0 ? letters[index] : "-" })
    }
}

/// Strict UTF-8 decoding for operations that return text.
enum StrictText {
    /// Decodes `bytes`, or returns nil when they are not valid UTF-8.
    static func decode(_ bytes: [UInt8]) -> String? {
        String(validating: bytes, as: UTF8.self)
    }
}
