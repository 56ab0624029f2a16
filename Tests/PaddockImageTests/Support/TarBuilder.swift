import CArchive
import Foundation
import Glibc

/// Writes small tar archives (optionally gzip- or zstd-compressed) entry by entry, for crafting
/// layers with exactly the entries a test needs, hostile ones included.
final class TarBuilder {
    enum Compression { case none, gzip, zstd }

    enum Entry {
        case file(String, String, mode: Int32 = 0o644)
        case directory(String)
        case symlink(String, target: String)
        case hardlink(String, target: String)
        case characterDevice(String)
    }

    static func write(_ entries: [Entry], to path: String, compression: Compression = .none) throws {
        let archive = archive_write_new()!
        defer { archive_write_free(archive) }
        archive_write_set_format_pax_restricted(archive)
        switch compression {
        case .none: break
        case .gzip: archive_write_add_filter_gzip(archive)
        case .zstd: archive_write_add_filter_zstd(archive)
        }
        guard archive_write_open_filename(archive, path) == ARCHIVE_OK else {
            throw TarBuilderError(message: String(cString: archive_error_string(archive)))
        }
        for item in entries {
            let entry = archive_entry_new()!
            defer { archive_entry_free(entry) }
            var body: [UInt8] = []
            switch item {
            case .file(let name, let content, let mode):
                body = Array(content.utf8)
                archive_entry_set_pathname(entry, name)
                archive_entry_set_filetype(entry, UInt32(Glibc.S_IFREG))
                archive_entry_set_perm(entry, mode_t(mode))
                archive_entry_set_size(entry, la_int64_t(body.count))
            case .directory(let name):
                archive_entry_set_pathname(entry, name)
                archive_entry_set_filetype(entry, UInt32(Glibc.S_IFDIR))
                archive_entry_set_perm(entry, 0o755)
            case .symlink(let name, let target):
                archive_entry_set_pathname(entry, name)
                archive_entry_set_filetype(entry, UInt32(Glibc.S_IFLNK))
                archive_entry_set_symlink(entry, target)
                archive_entry_set_perm(entry, 0o777)
            case .hardlink(let name, let target):
                archive_entry_set_pathname(entry, name)
                archive_entry_set_filetype(entry, UInt32(Glibc.S_IFREG))
                archive_entry_set_hardlink(entry, target)
                archive_entry_set_perm(entry, 0o644)
            case .characterDevice(let name):
                archive_entry_set_pathname(entry, name)
                archive_entry_set_filetype(entry, UInt32(Glibc.S_IFCHR))
                archive_entry_set_rdevmajor(entry, 1)
                archive_entry_set_rdevminor(entry, 3)
                archive_entry_set_perm(entry, 0o666)
            }
            archive_entry_set_uid(entry, 0)
            archive_entry_set_gid(entry, 0)
            guard archive_write_header(archive, entry) == ARCHIVE_OK else {
                throw TarBuilderError(message: String(cString: archive_error_string(archive)))
            }
            if !body.isEmpty {
                _ = body.withUnsafeBytes { archive_write_data(archive, $0.baseAddress, $0.count) }
            }
        }
        archive_write_close(archive)
    }
}

struct TarBuilderError: Error {
    var message: String
}
