@preconcurrency import Glibc
import COpenSSL
import Foundation
import Synchronization

/// Trust on first use for executables: the SHA-256 of each binary path the first time it is
/// allowed, checked again whenever the file's identity (device, inode, size, times) changes.
public final class BinaryPinning: Sendable {
    private struct Pin: Sendable {
        let fingerprint: [Int]
        let digest: [UInt8]
    }

    private let pins = Mutex<[String: Pin]>([:])
    private let procRoot: String

    public init(procRoot: String = "/proc") {
        self.procRoot = procRoot
    }

    /// Checks the executable of process `pid`, known as `path`.
    ///
    /// The file is read through `/proc/PID/exe`, so a binary replaced on disk after the process
    /// started is still the one hashed.
    /// - Returns: nil when it matches its pin (or is now pinned), otherwise a sentence for the denial.
    public func check(path: String, pid: Int32) -> String? {
        let exe = "\(procRoot)/\(pid)/exe"
        guard let fingerprint = Self.fingerprint(exe) else {
            return "cannot read the executable of process \(pid) (\(path)) to verify it"
        }
        if let pin = pins.withLock({ $0[path] }), pin.fingerprint == fingerprint { return nil }
        guard let digest = Self.sha256(file: exe) else {
            return "cannot read the executable of process \(pid) (\(path)) to verify it"
        }
        return pins.withLock { pins in
            if let pin = pins[path], pin.digest != digest {
                return "binary \(path) differs from the one first seen in this sandbox (its SHA-256 changed); "
                    + "restore the original or restart the sandbox"
            }
            pins[path] = Pin(fingerprint: fingerprint, digest: digest)
            return nil
        }
    }

    private static func fingerprint(_ path: String) -> [Int]? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return [
            Int(status.st_dev), Int(status.st_ino), Int(status.st_size), status.st_mtim.tv_sec,
            status.st_mtim.tv_nsec, status.st_ctim.tv_sec, status.st_ctim.tv_nsec,
        ]
    }

    static func sha256(file path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard let context = EVP_MD_CTX_new() else { return nil }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else { return nil }
        var chunk = [UInt8](repeating: 0, count: 256 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            guard chunk.withUnsafeBytes({ EVP_DigestUpdate(context, $0.baseAddress, count) }) == 1 else { return nil }
        }
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context, &digest, &length) == 1 else { return nil }
        return Array(digest.prefix(Int(length)))
    }
}
