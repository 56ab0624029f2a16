import Foundation
import Glibc
import PaddockCore
import PaddockHTTP

/// `POST /v1/file/grep`: a ripgrep-like search of the files under a directory.
///
/// Like ripgrep it skips hidden files and directories and binary files (a NUL byte in the first
/// 8 KiB), but it does not read `.gitignore` files.
struct FileGrep {
    let context: WorkspaceContext

    /// File globs of ripgrep's most used `--type` names.
    static let types: [String: [String]] = [
        "py": ["*.py", "*.pyi"], "python": ["*.py", "*.pyi"], "js": ["*.js", "*.mjs", "*.cjs", "*.jsx"],
        "ts": ["*.ts", "*.tsx"], "swift": ["*.swift"], "go": ["*.go"], "rust": ["*.rs"], "c": ["*.c", "*.h"],
        "cpp": ["*.cpp", "*.cc", "*.cxx", "*.hpp", "*.hh", "*.h"], "java": ["*.java"], "md": ["*.md", "*.markdown"],
        "markdown": ["*.md", "*.markdown"], "json": ["*.json"], "yaml": ["*.yaml", "*.yml"], "toml": ["*.toml"],
        "sh": ["*.sh", "*.bash"], "html": ["*.html", "*.htm"], "css": ["*.css"], "txt": ["*.txt"],
    ]

    struct Options {
        var regex: NSRegularExpression
        var includes: [String]
        var excludes: [String]
        var contextBefore: Int
        var contextAfter: Int
        var maxResults: Int
        var maxFileSize: Int
        var multiline: Bool
        var offset: Int
    }

    func grep(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let root = FileRoutes.resolve(fields.requiredString("path"), context)
        let pattern = fields.requiredString("pattern")
        var includes = fields.strings("include") ?? []
        let excludes = fields.strings("exclude") ?? []
        let caseInsensitive = fields.bool("case_insensitive") ?? false
        let fixed = fields.bool("fixed_strings") ?? false
        let before = max(0, fields.int("context_before") ?? 0)
        let after = max(0, fields.int("context_after") ?? 0)
        let maxResults = fields.int("max_results") ?? 500
        let sizeText = fields.string("max_file_size") ?? "1M"
        let multiline = fields.bool("multiline") ?? false
        let offset = max(0, fields.int("offset") ?? 0)
        let type = fields.string("type")
        let recursive = fields.bool("recursive") ?? true
        try fields.validate()

        let maxFileSize: Int
        do {
            maxFileSize = Int(try ByteSize.parse(sizeText).bytes)
        } catch {
            throw FileFailure.make(
                root, operation: "grep", message: "invalid max_file_size '\(sizeText)'; use a size such as 1M or 500K",
                type: "invalid_argument", exception: "ValueError")
        }
        if let type {
            guard let globs = Self.types[type.lowercased()] else {
                throw FileFailure.make(
                    root, operation: "grep",
                    message: "unknown file type '\(type)'; known types: \(Self.types.keys.sorted().joined(separator: ", "))",
                    type: "invalid_argument", exception: "ValueError")
            }
            includes += globs
        }
        for glob in includes + excludes { _ = try FileListing.parse(glob, path: root, operation: "grep") }
        let regex = try FileRoutes.compile(
            pattern, path: root, operation: "grep", caseInsensitive: caseInsensitive, fixed: fixed, dotAll: multiline)
        let options = Options(
            regex: regex, includes: includes, excludes: excludes, contextBefore: before, contextAfter: after,
            maxResults: maxResults, maxFileSize: maxFileSize, multiline: multiline, offset: offset)

        var status = stat()
        guard stat(root, &status) == 0 else { throw FileFailure.system(root, operation: "grep", errno: errno) }
        var search = Search(options: options)
        if FileSystem.isDirectory(status) {
            try FileListing.checkDirectory(root, operation: "grep")
            FileListing.walk(
                root, maxDepth: recursive ? nil : 1, descend: { !$0.name.hasPrefix(".") }
            ) { entry in
                guard !entry.isDirectory, !entry.name.hasPrefix("."), search.wants(entry.name) else { return true }
                return search.scan(entry.path, size: Int(entry.status.st_size))
            }
        } else {
            _ = search.scan(root, size: Int(status.st_size))
        }
        return Envelope.success([
            "path": .string(root), "pattern": .string(pattern), "matches": .array(search.matches),
            "match_count": .int(search.matches.count), "files_searched": .int(search.filesSearched),
            "files_matched": .int(search.filesMatched), "truncated": .bool(search.truncated),
        ])
    }

    /// The state of one grep: matches kept, matches skipped for `offset`, and counters.
    struct Search {
        let options: Options
        var matches: [JSONValue] = []
        var skipped = 0
        var filesSearched = 0
        var filesMatched = 0
        var truncated = false

        init(options: Options) {
            self.options = options
        }

        func wants(_ name: String) -> Bool {
            if options.excludes.contains(where: { GlobPattern.matches(name: name, pattern: $0) }) { return false }
            return options.includes.isEmpty || options.includes.contains { GlobPattern.matches(name: name, pattern: $0) }
        }

        /// Searches one file; returns false once `max_results` matches are kept and one more was found.
        mutating func scan(_ path: String, size: Int) -> Bool {
            guard size <= options.maxFileSize, let bytes = try? FileSystem.read(path) else { return true }
            if bytes.prefix(8192).contains(0) { return true }
            filesSearched += 1
            let text = String(decoding: bytes, as: UTF8.self)
            let lines = TextLines.plain(text)
            let lineNumbers = options.multiline ? matchingLinesMultiline(text) : matchingLines(lines)
            if !lineNumbers.isEmpty { filesMatched += 1 }
            for index in lineNumbers {
                if skipped < options.offset {
                    skipped += 1
                    continue
                }
                if options.maxResults > 0 && matches.count >= options.maxResults {
                    truncated = true
                    return false
                }
                matches.append(match(path, lines, index))
            }
            return true
        }

        private func matchingLines(_ lines: [Substring]) -> [Int] {
            lines.indices.filter { options.regex.matches(lines[$0]) }
        }

        /// Line indexes where a match that may span lines starts.
        private func matchingLinesMultiline(_ text: String) -> [Int] {
            let range = NSRange(text.startIndex..., in: text)
            var result: [Int] = []
            for found in options.regex.matches(in: text, range: range) {
                guard let start = Range(found.range, in: text)?.lowerBound else { continue }
                let line = text[..<start].filter { $0 == "\n" || $0 == "\r\n" }.count
                if result.last != line { result.append(line) }
            }
            return result
        }

        private func match(_ path: String, _ lines: [Substring], _ index: Int) -> JSONValue {
            let beforeStart = max(0, index - options.contextBefore)
            let afterEnd = min(lines.count, index + 1 + options.contextAfter)
            return [
                "file": .string(path), "line_number": .int(index + 1), "line_content": .string(String(lines[index])),
                "context_before": options.contextBefore > 0 ? .array(lines[beforeStart..<index].map { .string(String($0)) }) : nil,
                "context_after": options.contextAfter > 0 ? .array(lines[(index + 1)..<afterEnd].map { .string(String($0)) }) : nil,
            ]
        }
    }
}
