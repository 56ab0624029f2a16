@preconcurrency import Glibc
import PaddockCore

/// A regular file opened for reading in chunks, so that large files are never held in memory.
final class FileReader {
    let path: String
    /// The file's size when it was opened.
    let size: Int64
    private let descriptor: Int32

    /// Opens the regular file at `path`.
    ///
    /// - Throws: `SystemCallError` when it cannot be opened, or `PaddockError` when it is not a
    ///   regular file.
    init(path: String) throws {
        self.path = path
        let fd = try systemCall("open", subject: path) { open(path, O_RDONLY | O_CLOEXEC) }
        var status = stat()
        do {
            try systemCall("fstat", subject: path) { fstat(fd, &status) }
        } catch {
            close(fd)
            throw error
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw PaddockError(.invalidArgument, "'\(path)' is not a regular file")
        }
        descriptor = fd
        size = Int64(status.st_size)
    }

    deinit {
        close(descriptor)
    }

    /// Returns up to `maxBytes` more bytes, or nil at the end of the file.
    func read(maxBytes: Int = 256 * 1024) throws -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: maxBytes)
        let count = try systemCall("read", subject: path) {
            buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, maxBytes) }
        }
        guard count > 0 else { return nil }
        buffer.removeLast(maxBytes - count)
        return buffer
    }

    /// Returns the whole content of the text file at `path`, for small files such as policies.
    ///
    /// - Throws: `PaddockError` naming the path and the reason, such as `ENOENT`.
    static func readText(_ path: String, what: String) throws -> String {
        do {
            let reader = try FileReader(path: path)
            var bytes: [UInt8] = []
            while let chunk = try reader.read() {
                bytes += chunk
            }
            return String(decoding: bytes, as: UTF8.self)
        } catch let error as SystemCallError {
            let reason = String(cString: strerror(error.errno))
            throw PaddockError(
                .invalidArgument, "failed to read \(what) '\(path)': \(reason) (\(error.errnoName))")
        } catch {
            throw PaddockError(.invalidArgument, "failed to read \(what) '\(path)': \(ErrorText.describe(error))")
        }
    }
}
