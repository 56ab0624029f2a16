import COpenSSL
import Foundation
import Glibc
import PaddockCore

/// The key that seals provider credentials: 32 random bytes in `<state-dir>/secrets.key`, mode 0600,
/// generated on the gateway's first start.
///
/// Losing the file makes every stored credential unreadable, so back it up with the database.
enum SecretsKeyFile {
    /// Returns the key at `path`, creating the file when it does not exist.
    ///
    /// - Throws: `.failedPrecondition` when the file has the wrong size or other users may read it,
    ///   `.internal` when it cannot be read or written.
    static func loadOrCreate(at path: String) throws -> [UInt8] {
        if let key = try load(at: path) { return key }
        return try create(at: path)
    }

    /// Returns the key at `path`, or nil when there is no file.
    static func load(at path: String) throws -> [UInt8]? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw PaddockError(
                .internal, "cannot read the secrets key \(path)",
                cause: SystemCallError("stat", errno: errno, subject: path))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw PaddockError(.failedPrecondition, "the secrets key \(path) is not a regular file; remove it")
        }
        guard info.st_mode & 0o077 == 0 else {
            throw PaddockError(
                .failedPrecondition,
                "the secrets key \(path) has mode \(String(info.st_mode & 0o777, radix: 8)), so other users may read "
                    + "it; run chmod 600 \(path)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PaddockError(.internal, "cannot read the secrets key \(path); check its owner")
        }
        guard data.count == AESGCMSealer.keyLength else {
            throw PaddockError(
                .failedPrecondition,
                "the secrets key \(path) is \(data.count) bytes, expected \(AESGCMSealer.keyLength); restore it from "
                    + "a backup, because stored credentials cannot be read without it")
        }
        return Array(data)
    }

    private static func create(at path: String) throws -> [UInt8] {
        var key = [UInt8](repeating: 0, count: AESGCMSealer.keyLength)
        guard RAND_bytes(&key, Int32(key.count)) == 1 else {
            throw PaddockError(.internal, "cannot generate the secrets key: the OpenSSL random generator failed")
        }
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            // Another gateway process may have created it between the stat and the open.
            if errno == EEXIST, let existing = try load(at: path) { return existing }
            throw PaddockError(
                .internal, "cannot create the secrets key \(path)",
                cause: SystemCallError("open", errno: errno, subject: path))
        }
        defer { Glibc.close(fd) }
        let written = key.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == key.count, fsync(fd) == 0 else {
            let error = SystemCallError("write", errno: errno, subject: path)
            unlink(path)
            throw PaddockError(.internal, "cannot write the secrets key \(path)", cause: error)
        }
        return key
    }
}
