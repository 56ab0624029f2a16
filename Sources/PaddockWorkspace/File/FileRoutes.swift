import Foundation
import Glibc
import PaddockHTTP

/// The `/v1/file/*` operations on single files: read, write, replace and search; plus the routes
/// of the listing, search, transfer and editor operations.
struct FileRoutes {
    let context: WorkspaceContext
    let editor: StrReplaceEditor

    init(context: WorkspaceContext) {
        self.context = context
        editor = StrReplaceEditor()
    }

    var routes: [Route] {
        let listing = FileListing(context: context)
        let transfer = FileTransfer(context: context)
        return [
            Route("POST", "/v1/file/read", read),
            Route("POST", "/v1/file/write", write),
            Route("POST", "/v1/file/replace", replace),
            Route("POST", "/v1/file/search", search),
            Route("POST", "/v1/file/find", listing.find),
            Route("POST", "/v1/file/list", listing.list),
            Route("POST", "/v1/file/glob", listing.glob),
            Route("POST", "/v1/file/grep", { try FileGrep(context: context).grep($0) }),
            Route("POST", "/v1/file/upload", transfer.upload),
            Route("GET", "/v1/file/download", transfer.download),
            Route("POST", "/v1/file/str_replace_editor", { try editor.handle($0, context: context) }),
        ]
    }

    /// Resolves a request path: absolute paths stay, relative ones are taken from the workspace.
    static func resolve(_ path: String, _ context: WorkspaceContext) -> String {
        path.hasPrefix("/") ? path : FileSystem.join(context.workspace, path)
    }

    /// Reads `path` as UTF-8 text for `operation`.
    static func readText(_ path: String, operation: String) throws -> String {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(path)
        } catch {
            throw FileFailure.system(path, operation: operation, errno: error.errno)
        }
        guard let text = StrictText.decode(bytes) else {
            throw FileFailure.make(
                path, operation: operation,
                message: "'\(path)' is not UTF-8 text; download it with /v1/file/download instead",
                type: "decode_error", exception: "UnicodeDecodeError")
        }
        return text
    }

    static func writeBytes(_ path: String, _ bytes: [UInt8], append: Bool = false, operation: String) throws {
        do {
            try FileSystem.write(path, bytes, append: append)
        } catch {
            throw FileFailure.system(path, operation: operation, errno: error.errno)
        }
    }

    private func read(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let file = fields.requiredString("file")
        let start = fields.int("start_line")
        let end = fields.int("end_line")
        try fields.validate()
        let path = Self.resolve(file, context)
        var content = try Self.readText(path, operation: "read")
        if start != nil || end != nil {
            let lines = TextLines.withTerminators(content)
            let lower = min(max(0, start ?? 0), lines.count)
            let upper = max(lower, min(end ?? lines.count, lines.count))
            content = lines[lower..<upper].joined()
        }
        return Envelope.success(["content": .string(content), "file": .string(path)], message: "File read successfully")
    }

    private func write(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let file = fields.requiredString("file")
        let content = fields.requiredString("content")
        let encoding = fields.string("encoding") ?? "utf-8"
        let append = fields.bool("append") ?? false
        let leading = fields.bool("leading_newline") ?? false
        let trailing = fields.bool("trailing_newline") ?? false
        try fields.validate()
        let path = Self.resolve(file, context)
        var bytes: [UInt8]
        switch encoding {
        case "utf-8":
            bytes = Array(((leading ? "\n" : "") + content + (trailing ? "\n" : "")).utf8)
        case "base64":
            guard let decoded = Data(base64Encoded: content, options: .ignoreUnknownCharacters),
                content.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+/=\n\r ".contains($0)) })
            else {
                throw FileFailure.make(
                    path, operation: "write", message: "content is not valid base64; encode the bytes with base64",
                    type: "decode_error", exception: "binascii.Error")
            }
            bytes = Array(decoded)
        case "raw":
            // Latin-1: each character is one byte.
            guard content.unicodeScalars.allSatisfy({ $0.value < 256 }) else {
                throw FileFailure.make(
                    path, operation: "write",
                    message: "raw content may only hold characters U+0000 to U+00FF, one per byte; use base64",
                    type: "decode_error", exception: "UnicodeEncodeError")
            }
            bytes = content.unicodeScalars.map { UInt8($0.value) }
        default:
            throw ValidationFailure([
                .init(
                    location: ["body", "encoding"], message: "Input should be 'utf-8', 'base64' or 'raw'",
                    type: "enum", input: .string(encoding))
            ])
        }
        try Self.writeBytes(path, bytes, append: append, operation: "write")
        return Envelope.success(
            ["file": .string(path), "bytes_written": .int(bytes.count)], message: "File written successfully")
    }

    private func replace(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let file = fields.requiredString("file")
        let old = fields.requiredString("old_str")
        let new = fields.requiredString("new_str")
        try fields.validate()
        let path = Self.resolve(file, context)
        guard !old.isEmpty else {
            throw FileFailure.make(
                path, operation: "replace", message: "old_str is empty; pass the text to replace", type: "invalid_argument",
                exception: "ValueError")
        }
        let content = try Self.readText(path, operation: "replace")
        let count = content.components(separatedBy: old).count - 1
        if count > 0 {
            try Self.writeBytes(path, Array(content.replacingOccurrences(of: old, with: new).utf8), operation: "replace")
        }
        return Envelope.success(
            ["file": .string(path), "replaced_count": .int(count)],
            message: count > 0 ? "Replaced \(count) occurrence(s)" : "No occurrences found")
    }

    private func search(_ request: RouteRequest) throws -> HTTPResponse {
        let fields = try request.fields()
        let file = fields.requiredString("file")
        let pattern = fields.requiredString("regex")
        try fields.validate()
        let path = Self.resolve(file, context)
        let regex = try Self.compile(pattern, path: path, operation: "search")
        let content = try Self.readText(path, operation: "search")
        var matches: [JSONValue] = []
        var numbers: [JSONValue] = []
        for (index, line) in TextLines.plain(content).enumerated() where regex.matches(line) {
            matches.append(.string(String(line)))
            numbers.append(.int(index + 1))
        }
        return Envelope.success(
            ["file": .string(path), "matches": .array(matches), "line_numbers": .array(numbers)],
            message: "Found \(matches.count) matching line(s)")
    }

    /// Compiles a regular expression, or fails the file operation naming the pattern.
    static func compile(
        _ pattern: String, path: String, operation: String, caseInsensitive: Bool = false, fixed: Bool = false,
        dotAll: Bool = false
    ) throws -> NSRegularExpression {
        do {
            return try RegexBuilder.compile(pattern, caseInsensitive: caseInsensitive, fixed: fixed, dotAll: dotAll)
        } catch {
            throw FileFailure.make(
                path, operation: operation, message: "invalid regular expression '\(pattern)': \(error.reason)",
                type: "invalid_pattern", exception: "re.error")
        }
    }
}
