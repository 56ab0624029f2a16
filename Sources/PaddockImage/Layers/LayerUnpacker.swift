import CArchive
import Foundation
import Glibc
import PaddockCore

/// Unpacks one layer blob (tar, gzip or zstd, detected from its bytes) into a directory.
///
/// The layer is written into a fresh temporary directory beside the destination and renamed into
/// place only when every entry succeeded, so a crash, a full disk or a rejected entry never leaves
/// a partly unpacked layer under the final name.
///
/// Safety rules, checked for every entry:
/// - absolute paths and `..` components are rejected (the same for hard link targets);
/// - libarchive's `SECURE_SYMLINKS` and `SECURE_NODOTDOT` refuse to write through a symbolic link,
///   so a link planted by an earlier entry cannot redirect a later one;
/// - whiteouts are written with `openat` resolution that never follows a link;
/// - block and character devices are skipped: a sandbox has no use for them and they would give
///   its processes raw access to host hardware.
public struct LayerUnpacker: Sendable {
    public struct Result: Sendable, Equatable {
        public var entries: Int
        public var whiteouts: Int
        public var opaqueDirectories: Int
        public var skippedDevices: Int
    }

    let logger: Logger

    public init(logger: Logger = Logger(label: "paddock.image")) {
        self.logger = logger
    }

    /// Unpacks `blob` into `destination`, which must not exist yet; its parent must.
    ///
    /// - Parameters:
    ///   - name: Names the tar in errors: a layer's digest, or an image archive's path.
    ///   - kind: What the tar is, so that errors call it a layer or an image archive.
    @discardableResult
    public func unpack(blob: String, into destination: String, name: String, kind: ArchiveKind = .layer) throws -> Result {
        let parent = (destination as NSString).deletingLastPathComponent
        let temporary = try Self.makeTemporaryDirectory(in: parent, for: (destination as NSString).lastPathComponent)
        do {
            let result = try extract(blob: blob, into: temporary, subject: "\(kind.noun) \(name)", kind: kind)
            try Self.rename(temporary, to: destination)
            return result
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    private func extract(blob: String, into root: String, subject name: String, kind: ArchiveKind) throws -> Result {
        guard let reader = archive_read_new() else { throw PaddockError(.internal, "archive_read_new failed") }
        defer { archive_read_free(reader) }
        archive_read_support_filter_all(reader)
        archive_read_support_format_tar(reader)
        guard archive_read_open_filename(reader, blob, 1 << 20) == ARCHIVE_OK else {
            guard kind == .layer else {
                let error = Self.archiveError(reader, "cannot read \(name) as a tar")
                throw PaddockError(
                    error.code,
                    error.message + "; pass an OCI image layout directory, a tar of one, or a docker save archive")
            }
            throw Self.archiveError(reader, "cannot open \(name) at \(blob)")
        }
        guard let writer = archive_write_disk_new() else { throw PaddockError(.internal, "archive_write_disk_new failed") }
        defer { archive_write_free(writer) }
        let flags =
            ARCHIVE_EXTRACT_OWNER | ARCHIVE_EXTRACT_PERM | ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_XATTR
            | ARCHIVE_EXTRACT_SECURE_SYMLINKS | ARCHIVE_EXTRACT_SECURE_NODOTDOT
        archive_write_disk_set_options(writer, flags)

        let rootFD = try systemCall("open", subject: root) { open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        defer { close(rootFD) }
        let whiteouts = WhiteoutWriter(rootFD: rootFD, layer: name)
        var result = Result(entries: 0, whiteouts: 0, opaqueDirectories: 0, skippedDevices: 0)
        var pendingWhiteouts: [[Substring]] = []
        var pendingOpaque: [[Substring]] = []

        var entry: OpaquePointer?
        while true {
            let status = archive_read_next_header(reader, &entry)
            if status == ARCHIVE_EOF { break }
            guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else {
                throw Self.archiveError(reader, "\(name) is damaged or truncated")
            }
            guard let rawPath = archive_entry_pathname(entry) else {
                throw PaddockError(.invalidArgument, "\(name) has an entry without a path; the image is damaged")
            }
            let path = String(cString: rawPath)
            let components = try LayerEntryPath.components(of: path, layer: name)
            guard let last = components.last else { continue }
            if last == ".wh..wh..opq" {
                pendingOpaque.append(Array(components.dropLast()))
                continue
            }
            if last.hasPrefix(".wh.") {
                let hidden = last.dropFirst(".wh.".count)
                guard !hidden.isEmpty else { continue }
                pendingWhiteouts.append(Array(components.dropLast()) + [hidden])
                continue
            }
            let fileType = archive_entry_filetype(entry)
            if fileType == UInt32(Glibc.S_IFCHR) || fileType == UInt32(Glibc.S_IFBLK) {
                result.skippedDevices += 1
                continue
            }
            if let rawTarget = archive_entry_hardlink(entry) {
                let target = String(cString: rawTarget)
                let targetComponents = try LayerEntryPath.components(of: target, layer: name, role: "hard link target")
                archive_entry_set_hardlink(entry, root + "/" + targetComponents.joined(separator: "/"))
            }
            archive_entry_set_pathname(entry, root + "/" + components.joined(separator: "/"))
            try writeEntry(entry, reader: reader, writer: writer, layer: name, path: path)
            result.entries += 1
        }
        for components in pendingWhiteouts {
            try whiteouts.writeWhiteout(components)
        }
        for components in pendingOpaque {
            try whiteouts.markOpaque(components)
        }
        result.whiteouts = pendingWhiteouts.count
        result.opaqueDirectories = pendingOpaque.count
        // Closing applies the directory permissions and times that libarchive defers to the end.
        guard archive_write_close(writer) == ARCHIVE_OK else {
            throw Self.archiveError(writer, "failed to finish unpacking \(name)")
        }
        return result
    }

    private func writeEntry(
        _ entry: OpaquePointer, reader: OpaquePointer, writer: OpaquePointer, layer: String, path: String
    ) throws {
        let header = archive_write_header(writer, entry)
        if header == ARCHIVE_WARN {
            logger.log(.debug, "layer entry warning", ["layer": layer, "path": path, "warning": Self.message(writer)])
        } else if header != ARCHIVE_OK {
            throw Self.entryError(writer, layer: layer, path: path)
        }
        if archive_entry_size_is_set(entry) != 0 && archive_entry_size(entry) > 0 {
            try copyData(reader: reader, writer: writer, layer: layer, path: path)
        }
        let finish = archive_write_finish_entry(writer)
        if finish != ARCHIVE_OK && finish != ARCHIVE_WARN {
            throw Self.entryError(writer, layer: layer, path: path)
        }
    }

    private func copyData(reader: OpaquePointer, writer: OpaquePointer, layer: String, path: String) throws {
        var buffer: UnsafeRawPointer?
        var size = 0
        var offset: la_int64_t = 0
        while true {
            let status = archive_read_data_block(reader, &buffer, &size, &offset)
            if status == ARCHIVE_EOF { return }
            guard status == ARCHIVE_OK || status == ARCHIVE_WARN else {
                throw Self.archiveError(reader, "\(layer) is damaged or truncated inside '\(path)'")
            }
            guard archive_write_data_block(writer, buffer, size, offset) == ARCHIVE_OK else {
                throw Self.entryError(writer, layer: layer, path: path)
            }
        }
    }

    private static func entryError(_ writer: OpaquePointer, layer: String, path: String) -> PaddockError {
        let code = archive_errno(writer)
        let message = message(writer)
        if code == ENOSPC || code == EDQUOT {
            return PaddockError(
                .unavailable, "no space left while unpacking '\(path)' of \(layer); free disk space and retry")
        }
        if message.contains("symlink") || message.contains("..") || message.contains("Path contains") {
            return LayerEntryPath.escapeError(layer: layer, role: "entry", path: path, reason: message)
        }
        return PaddockError(.unavailable, "failed to unpack '\(path)' of \(layer): \(message)")
    }

    static func archiveError(_ archive: OpaquePointer, _ context: String) -> PaddockError {
        let code = archive_errno(archive)
        if code == ENOSPC || code == EDQUOT {
            return PaddockError(.unavailable, "\(context): no space left on the device; free disk space and retry")
        }
        return PaddockError(.invalidArgument, "\(context): \(message(archive))")
    }

    static func message(_ archive: OpaquePointer) -> String {
        archive_error_string(archive).map { String(cString: $0) } ?? "unknown libarchive error"
    }

    static func makeTemporaryDirectory(in parent: String, for name: String) throws -> String {
        var template = Array("\(parent)/.tmp-\(name)-XXXXXX".utf8CString)
        let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard created != nil else {
            throw PaddockError(
                .unavailable, "cannot create a temporary directory in \(parent)",
                cause: SystemCallError("mkdtemp", errno: errno, subject: parent))
        }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        // Resolve links in the parent, so that SECURE_SYMLINKS sees only real directories above the layer.
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func rename(_ source: String, to destination: String) throws {
        if Glibc.rename(source, destination) == 0 { return }
        let code = errno
        if (code == EEXIST || code == ENOTEMPTY), FileManager.default.fileExists(atPath: destination) {
            // Another unpack of the same digest finished first; its copy is identical.
            try? FileManager.default.removeItem(atPath: source)
            return
        }
        throw PaddockError(
            .unavailable, "cannot move the unpacked layer into \(destination)",
            cause: SystemCallError("rename", errno: code, subject: source))
    }
}

/// What a tar given to `LayerUnpacker` is, for error messages.
public enum ArchiveKind: Sendable {
    /// A layer blob of an image.
    case layer
    /// A whole image as a file: an OCI layout tar or a docker save archive.
    case imageArchive

    var noun: String {
        switch self {
        case .layer: return "layer"
        case .imageArchive: return "image archive"
        }
    }
}
