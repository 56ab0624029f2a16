import Foundation
import Glibc
import PaddockCore

/// Writes `egress.json` atomically with mode 0600: a temporary file in the same directory, fsync,
/// then rename, so the supervisor never reads a half-written file.
enum EgressFileWriter {
    static func write(_ document: EgressDocument, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let bytes = Array(try encoder.encode(document))
        let temporary = path + ".tmp"
        unlink(temporary)
        let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw PaddockError(
                .internal, "cannot write the egress settings \(path)",
                cause: SystemCallError("open", errno: errno, subject: temporary))
        }
        var failure: SystemCallError?
        let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        if written != bytes.count {
            failure = SystemCallError("write", errno: errno, subject: temporary)
        } else if fsync(fd) != 0 {
            failure = SystemCallError("fsync", errno: errno, subject: temporary)
        }
        Glibc.close(fd)
        if failure == nil, rename(temporary, path) != 0 {
            failure = SystemCallError("rename", errno: errno, subject: path)
        }
        if let failure {
            unlink(temporary)
            throw PaddockError(.internal, "cannot write the egress settings \(path)", cause: failure)
        }
    }
}
