@preconcurrency import Glibc
import PaddockCore

/// A file written under a temporary name in its destination's directory and renamed into place by
/// `commit()`, so that a failed transfer never leaves a partial file at the destination.
final class AtomicFileWriter {
    let destination: String
    let temporaryPath: String
    private var descriptor: Int32

    /// Creates the temporary file `.<name>.paddock-XXXXXX` beside `destination`.
    ///
    /// - Throws: `SystemCallError` when the directory is not writable.
    init(destination: String) throws {
        self.destination = destination
        let slash = destination.lastIndex(of: "/")
        let directory = slash.map { String(destination[...$0]) } ?? ""
        let name = slash.map { String(destination[destination.index(after: $0)...]) } ?? destination
        var template = Array("\(directory).\(name).paddock-XXXXXX".utf8CString)
        let fd = try systemCall("mkstemp", subject: destination) {
            template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        }
        descriptor = fd
        temporaryPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit {
        discard()
    }

    /// Appends `bytes` to the temporary file.
    func write(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = try systemCall("write", subject: temporaryPath) {
                bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            }
            offset += written
        }
    }

    /// Flushes the file, gives it mode 0644 and renames it to the destination.
    func commit() throws {
        try systemCall("fchmod", subject: temporaryPath) { fchmod(descriptor, 0o644) }
        try systemCall("fsync", subject: temporaryPath) { fsync(descriptor) }
        close(descriptor)
        descriptor = -1
        do {
            try systemCall("rename", subject: destination) { rename(temporaryPath, destination) }
        } catch {
            unlink(temporaryPath)
            throw error
        }
    }

    /// Closes and removes the temporary file unless it was committed.
    func discard() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
        unlink(temporaryPath)
    }
}
