@preconcurrency import Glibc
import Foundation

/// The hidden `paddock __file read|write PATH` role, which runs inside the sandbox as the sandbox
/// user, so that uploads and downloads obey the same permissions and Landlock rules as any command.
///
/// Exit codes: 0 on success, otherwise the errno of the failed call (ENOENT, EACCES, EISDIR, ...),
/// or EINVAL for a download of something other than a regular file, with a message on stderr. A read
/// writes nothing to stdout before the file is open.
public enum FileTransferCommand {
    public static let roleName = "__file"

    public static func run(arguments: [String]) -> Int32 {
        guard arguments.count == 2, ["read", "write"].contains(arguments[0]) else {
            fputs("usage: paddock __file read|write PATH\n", stderr)
            return 64
        }
        let path = arguments[1]
        return arguments[0] == "read" ? read(path) : write(path)
    }

    /// Copies the regular file at `path` to stdout. Anything else is rejected before a byte is read,
    /// because a FIFO would block the download forever and a device such as /dev/zero never ends.
    private static func read(_ path: String) -> Int32 {
        // O_NONBLOCK keeps the open itself from waiting for a FIFO's writer.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return fail("cannot open \(path)") }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { return fail("cannot download \(path)") }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            break
        case S_IFDIR:
            errno = EISDIR
            return fail("cannot download \(path)")
        default:
            let reason = "not a regular file but a device, FIFO or socket; download copies regular files only"
            fputs("cannot download \(path): \(reason)\n", stderr)
            return EINVAL
        }
        let flags = fcntl(fd, F_GETFL)
        guard flags >= 0, fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) == 0 else { return fail("cannot download \(path)") }
        return copy(from: fd, to: 1, path: path)
    }

    /// Writes to a temporary file beside `path` and renames it into place, so that a failed or
    /// interrupted upload never leaves a partial file under the final name.
    private static func write(_ path: String) -> Int32 {
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            errno = EISDIR
            return fail("cannot upload to \(path)")
        }
        let temporary = "\(path).paddock-upload-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return fail("cannot create \(path)") }
        let result = copy(from: 0, to: fd, path: path)
        if result != 0 || fsync(fd) != 0 || close(fd) != 0 {
            let code = errno
            unlink(temporary)
            return result != 0 ? result : fail("cannot write \(path)", code: code)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            return fail("cannot rename the upload to \(path)", code: code)
        }
        return 0
    }

    private static func copy(from source: Int32, to destination: Int32, path: String) -> Int32 {
        var buffer = [UInt8](repeating: 0, count: 256 * 1024)
        while true {
            let count = Glibc.read(source, &buffer, buffer.count)
            if count == 0 { return 0 }
            if count < 0 {
                if errno == EINTR { continue }
                return fail("cannot read \(source == 0 ? "the upload" : path)")
            }
            var offset = 0
            while offset < count {
                let written = buffer[offset..<count].withUnsafeBytes { Glibc.write(destination, $0.baseAddress, $0.count) }
                if written < 0 {
                    if errno == EINTR { continue }
                    return fail("cannot write \(destination == 1 ? "the download" : path)")
                }
                offset += written
            }
        }
    }

    private static func fail(_ message: String, code: Int32 = errno) -> Int32 {
        fputs("\(message): \(String(cString: strerror(code)))\n", stderr)
        return code == 0 ? 1 : code
    }
}
