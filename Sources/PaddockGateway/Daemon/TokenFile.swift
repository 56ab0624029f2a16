import COpenSSL
import Foundation
import Glibc
import PaddockCore

/// The gateway's bearer token: 32 random bytes as hex, generated on first start, stored with mode 0600.
enum TokenFile {
    static func loadOrCreate(at path: String) throws -> String {
        if let existing = try? String(contentsOfFile: path, encoding: .utf8) {
            let token = existing.trimmingCharacters(in: .whitespacesAndNewlines)
            if token.count >= 32 { return token }
        }
        var bytes = [UInt8](repeating: 0, count: 32)
        guard RAND_bytes(&bytes, Int32(bytes.count)) == 1 else {
            throw PaddockError(.internal, "cannot generate the gateway token: the OpenSSL random generator failed")
        }
        let token = bytes.map { String(format: "%02x", $0) }.joined()
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw PaddockError(.internal, "cannot write the gateway token to \(path)", cause: SystemCallError("open", errno: errno, subject: path))
        }
        defer { close(fd) }
        fchmod(fd, 0o600)
        let line = Array((token + "\n").utf8)
        guard line.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == line.count else {
            throw PaddockError(.internal, "cannot write the gateway token to \(path)", cause: SystemCallError("write", errno: errno, subject: path))
        }
        return token
    }

    /// Compares two tokens in time independent of where they differ.
    static func matches(_ candidate: String, _ token: String) -> Bool {
        let left = Array(candidate.utf8)
        let right = Array(token.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in 0..<left.count {
            difference |= left[index] ^ right[index]
        }
        return difference == 0
    }
}
