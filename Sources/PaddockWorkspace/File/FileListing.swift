import Foundation
import Glibc
import PaddockHTTP

/// The directory operations: find (names), list (a directory's entries) and glob (paths).
struct FileListing {
    let context: WorkspaceContext

    /// Entries visited per request at most, so that a walk of `/` cannot run unbounded.
    static let maxVisited = 200_000

    /// One entry found by a walk.
    struct Entry {
        let path: String
        let relative: String
        let name: String
        let status: stat
        let depth: Int
        var isDirectory: Bool { FileSystem.isDirectory(status) }
    }

    /// Walks `root` depth first without following links to directories; `descend` decides whether
    /// a directory's entries are visited.
    static func walk(
        _ root: String, maxDepth: Int? = nil, descend: (Entry) -> Bool = { _ in true }, visit: (Entry) -> Bool
    ) {
        var visited = 0
        func recurse(_ directory: String, _ relative: String, _ depth: Int) -> Bool {
            guard let names = try? FileSystem.entries(directory) else { return true }
            for name in names {
                visited += 1
                if visited > maxVisited { return false }
                let path = FileSystem.join(directory, name)
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFLNK { _ = stat(path, &status) }
                let entry = Entry(
                    path: path, relative: relative.isEmpty ? name : relative + "/" + name, name: name, status: status,
                    depth: depth)
                if !visit(entry) { return false }
                var linkStatus = stat()
                lstat(path, &linkStatus)
                let isRealDirectory = linkStatus.st_mode & S_IFMT == S_IFDIR
                if isRealDirectory, maxDepth.map({ depth < $0 }) ?? true, descend(entry) {
                    if !recurse(path, entry.relative, depth + 1) { return false }
                }
            }
            return true
        }
        _ = recurse(root, "", 1)
    }

    /// Checks that `path` is a directory whose entries can be read, which Landlock may forbid even
    /// where the permission bits allow it.
    static func checkDirectory(_ path: String, operation: String) throws {
        do {
            try FileSystem.requireDirectory(path)
            _ = try FileSystem.entries(path)
        } catch {
            throw FileFailure.system(path, operation: operation, errno: error.errno)
        }
    }

    func find(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let directory = FileRoutes.resolve(fields.requiredString("path"), context)
        let glob = fields.requiredString("glob")
        try fields.validate()
        try Self.checkDirectory(directory, operation: "find")
        let pattern = try Self.parse(glob, path: directory, operation: "find")
        var files: [JSONValue] = []
        Self.walk(directory) { entry in
            let matched =
                pattern.segments.count > 1
                ? pattern.matches(relativePath: entry.relative) : GlobPattern.matches(name: entry.name, pattern: glob)
            if matched { files.append(.string(entry.path)) }
            return true
        }
        return Envelope.success(
            ["path": .string(directory), "files": .array(files)], message: "Found \(files.count) file(s)")
    }

    static func parse(_ glob: String, path: String, operation: String) throws -> GlobPattern {
        do {
            return try GlobPattern(glob)
        } catch {
            throw FileFailure.make(
                path, operation: operation, message: "invalid glob pattern '\(glob)': \(error.reason)",
                type: "invalid_pattern", exception: "ValueError")
        }
    }

    func list(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let directory = FileRoutes.resolve(fields.requiredString("path"), context)
        let recursive = fields.bool("recursive") ?? false
        let showHidden = fields.bool("show_hidden") ?? true
        let fileTypes = fields.strings("file_types")
        let maxDepth = fields.int("max_depth")
        let includeSize = fields.bool("include_size") ?? true
        let includePermissions = fields.bool("include_permissions") ?? false
        let sortBy = fields.string("sort_by") ?? "name"
        let sortDescending = fields.bool("sort_desc") ?? false
        try fields.validate()
        try Self.checkDirectory(directory, operation: "list")

        let extensions = fileTypes.map { Set($0.map { $0.hasPrefix(".") ? $0.lowercased() : "." + $0.lowercased() }) }
        var entries: [Entry] = []
        Self.walk(
            directory, maxDepth: recursive ? maxDepth : 1, descend: { showHidden || !$0.name.hasPrefix(".") }
        ) { entry in
            if !showHidden && entry.name.hasPrefix(".") { return true }
            if let extensions, !entry.isDirectory, !extensions.contains(Self.fileExtension(entry.name) ?? "") {
                return true
            }
            entries.append(entry)
            return true
        }
        Self.sort(&entries, by: sortBy, descending: sortDescending)
        let files: [JSONValue] = entries.map { entry in
            [
                "name": .string(entry.name), "path": .string(entry.path), "is_directory": .bool(entry.isDirectory),
                "size": includeSize && !entry.isDirectory ? .int(Int(entry.status.st_size)) : nil,
                "modified_time": .string(FileSystem.modifiedTime(entry.status)),
                "permissions": includePermissions ? .string(FileSystem.permissions(entry.status)) : nil,
                "extension": .from(entry.isDirectory ? nil : Self.fileExtension(entry.name)),
            ]
        }
        let directories = entries.filter(\.isDirectory).count
        return Envelope.success([
            "path": .string(directory), "files": .array(files), "total_count": .int(entries.count),
            "directory_count": .int(directories), "file_count": .int(entries.count - directories),
        ])
    }

    func glob(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let directory = FileRoutes.resolve(fields.requiredString("path"), context)
        let patternText = fields.requiredString("pattern")
        let excludes = fields.strings("exclude") ?? []
        let includeHidden = fields.bool("include_hidden") ?? false
        let filesOnly = fields.bool("files_only") ?? true
        let includeMetadata = fields.bool("include_metadata") ?? true
        let maxResults = fields.int("max_results") ?? 5000
        let sortBy = fields.string("sort_by") ?? "path"
        let sortDescending = fields.bool("sort_desc") ?? false
        try fields.validate()
        try Self.checkDirectory(directory, operation: "glob")
        let pattern = try Self.parse(patternText, path: directory, operation: "glob")
        let excluded = try excludes.map { try Self.parse($0, path: directory, operation: "glob") }

        var entries: [Entry] = []
        Self.walk(
            directory, descend: { entry in includeHidden || !entry.name.hasPrefix(".") }
        ) { entry in
            if !includeHidden && entry.name.hasPrefix(".") { return true }
            if filesOnly && entry.isDirectory { return true }
            guard pattern.matches(relativePath: entry.relative) else { return true }
            if excluded.contains(where: {
                $0.matches(relativePath: entry.relative) || GlobPattern.matches(name: entry.name, pattern: $0.text)
            }) {
                return true
            }
            entries.append(entry)
            return true
        }
        Self.sort(&entries, by: sortBy, descending: sortDescending)
        let truncated = maxResults > 0 && entries.count > maxResults
        let kept = truncated ? Array(entries.prefix(maxResults)) : entries
        let files: [JSONValue] = kept.map { entry in
            [
                "path": .string(entry.path), "name": .string(entry.name), "is_directory": .bool(entry.isDirectory),
                "size": includeMetadata && !entry.isDirectory ? .int(Int(entry.status.st_size)) : nil,
                "modified_time": includeMetadata ? .string(FileSystem.modifiedTime(entry.status)) : nil,
            ]
        }
        return Envelope.success([
            "path": .string(directory), "pattern": .string(patternText), "files": .array(files),
            "total_count": .int(entries.count), "truncated": .bool(truncated),
        ])
    }

    /// The extension with its dot, lowercased, such as `.py`; nil when the name has none.
    static func fileExtension(_ name: String) -> String? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return String(name[dot...]).lowercased()
    }

    static func sort(_ entries: inout [Entry], by key: String, descending: Bool) {
        func modified(_ entry: Entry) -> Double {
            Double(entry.status.st_mtim.tv_sec) + Double(entry.status.st_mtim.tv_nsec) / 1e9
        }
        func less(_ left: Entry, _ right: Entry) -> Bool {
            switch key {
            case "size" where left.status.st_size != right.status.st_size:
                return left.status.st_size < right.status.st_size
            case "modified" where modified(left) != modified(right):
                return modified(left) < modified(right)
            case "type" where left.isDirectory != right.isDirectory:
                return left.isDirectory
            case "name", "type":
                return left.name != right.name ? left.name < right.name : left.path < right.path
            default:
                return left.path < right.path
            }
        }
        entries.sort { descending ? less($1, $0) : less($0, $1) }
    }
}
