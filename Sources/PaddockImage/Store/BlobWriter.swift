import Foundation
import Glibc
import PaddockCore

/// Writes one blob to a file while hashing it, and moves it into the blob store only when its
/// digest matches the expected one.
///
/// With `resuming: true` the writer appends to an existing partial file, hashing the bytes already
/// there first, so an interrupted download can continue from where it stopped.
final class BlobWriter {
    let path: String
    let expected: Digest?
    private let hasher = SHA256Hasher()
    private let fd: Int32
    private(set) var count: Int64 = 0
    private var closed = false

    init(path: String, expected: Digest?, resuming: Bool) throws {
        self.path = path
        self.expected = expected
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (resuming ? O_APPEND : O_TRUNC)
        fd = try systemCall("open", subject: path) { open(path, flags, 0o600) }
        if resuming {
            try hashExistingContent()
        }
    }

    deinit {
        if !closed { Glibc.close(fd) }
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        hasher.update(bytes)
        var offset = 0
        while offset < bytes.count {
            let written = try systemCall("write", subject: path) {
                Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            }
            offset += written
        }
        count += Int64(bytes.count)
    }

    func write(_ data: Data) throws {
        try data.withUnsafeBytes { try write($0) }
    }

    /// Flushes the file, checks the digest and renames it to `destination`.
    ///
    /// - Throws: `.invalidArgument` on a digest mismatch, after deleting the file, because a blob with
    ///   the wrong content must never be resumed or stored.
    @discardableResult
    func commit(to destination: (Digest) -> String, source: String) throws -> Digest {
        defer { closeFile() }
        _ = try systemCall("fsync", subject: path) { fsync(fd) }
        let actual = hasher.finish()
        if let expected, actual != expected {
            unlink(path)
            throw PaddockError(
                .invalidArgument,
                "blob from \(source) has digest \(actual) but \(expected) was expected; it was discarded, "
                    + "so retry, and if it happens again the source is corrupt")
        }
        let target = destination(actual)
        _ = try systemCall("rename", subject: "\(path) to \(target)") { rename(path, target) }
        return actual
    }

    /// Closes the file and deletes it.
    func discard() {
        closeFile()
        unlink(path)
    }

    private func closeFile() {
        guard !closed else { return }
        closed = true
        Glibc.close(fd)
    }

    private func hashExistingContent() throws {
        let reader = try systemCall("open", subject: path) { open(path, O_RDONLY | O_CLOEXEC) }
        defer { Glibc.close(reader) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = try buffer.withUnsafeMutableBytes { raw in
                try systemCall("read", subject: path) { read(reader, raw.baseAddress, raw.count) }
            }
            if count == 0 { break }
            buffer.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            self.count += Int64(count)
        }
    }
}
